package dev.accord.engine;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Keeps the memory budget of running evaluations. Drools builds every partial match of a
 * rule's patterns before the rule fires, so a join without constraints between its patterns
 * fills the heap while no rule fires and no other limit looks; the collector then thrashes until
 * the time limit or an {@link OutOfMemoryError}, which may strike any thread, the caller's too.
 *
 * <p>The JVM reports the heap in use after each garbage collection; that, not the heap in use at
 * any moment (mostly garbage), is what is measured. After a young collection the old generation
 * still holds garbage a full collection would free, so a young collection over the budget only
 * asks for a full one (at most one a second), and only the heap left after a full collection is
 * held against the budget. The heap is shared: when it is over budget, the evaluation whose worker
 * allocated most since it started is stopped (one per collection; the next collection looks
 * again).
 */
final class MemoryWatch {

    /** An evaluation under watch. */
    interface Watched {
        /** The heap in bytes it may leave in use after a full collection. */
        long budget();

        /** Bytes its worker allocated since the evaluation started; 0 when unknown. */
        long allocated();

        /** Stops it: the heap held {@code used} bytes after a full collection. */
        void overBudget(long used);
    }

    /** Share of the maximum heap an evaluation may keep by default: room is left for the rest of the process. */
    static final double DEFAULT_SHARE = 0.75;

    private static final long FULL_GC_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Set<Watched> ACTIVE = ConcurrentHashMap.newKeySet();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());
    /** Looked up once: every evaluation asks it at its start, and again when the heap is over budget. */
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static boolean listening;
    private static volatile long lastFullGcRequest;

    private MemoryWatch() {
    }

    /** The default budget: {@link #DEFAULT_SHARE} of the maximum heap, or none (0) when the heap has no maximum. */
    static long defaultBudget() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 0 : (long) (max * DEFAULT_SHARE);
    }

    /** Watches {@code w} until {@link #unwatch}; a budget of 0 or less is no budget. */
    static void watch(Watched w) {
        if (w.budget() > 0) {
            listen();
            ACTIVE.add(w);
        }
    }

    static void unwatch(Watched w) {
        ACTIVE.remove(w);
    }

    private static synchronized void listen() {
        if (listening) {
            return;
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(MemoryWatch::collected,
                        n -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()), null);
            }
        }
        listening = true;
    }

    private static void collected(Notification n, Object handback) {
        if (ACTIVE.isEmpty()) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        boolean full = info.getGcAction().contains("major");
        Watched over = choose(used, ACTIVE);
        if (over == null) {
            return;
        }
        if (full) {
            ACTIVE.remove(over);
            over.overBudget(used);
        } else {
            requestFullCollection();
        }
    }

    /** A full collection, unless one was asked for less than a second ago: it tells garbage from what is kept. */
    private static void requestFullCollection() {
        long now = System.nanoTime();
        long last = lastFullGcRequest;
        if (last != 0 && now - last < FULL_GC_INTERVAL_NANOS) {
            return;
        }
        lastFullGcRequest = now;
        // Not on the thread that delivers notifications: it would wait for the collection it reports.
        Thread t = new Thread(System::gc, "accord-memory-check");
        t.setDaemon(true);
        t.start();
    }

    /** The heap (all heap pools) in use in {@code usage}, by pool name. */
    static long heapUsed(Map<String, MemoryUsage> usage) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
            if (HEAP_POOLS.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }

    /**
     * Of the evaluations whose budget {@code used} passes, the one whose worker allocated most
     * (most likely the one holding the memory); null when none is over budget.
     */
    static Watched choose(long used, Collection<Watched> active) {
        Watched chosen = null;
        for (Watched w : active) {
            if (w.budget() > 0 && used > w.budget() && (chosen == null || w.allocated() > chosen.allocated())) {
                chosen = w;
            }
        }
        return chosen;
    }

    /** Bytes {@code thread} allocated so far, where the JVM counts them; 0 otherwise. */
    static long allocatedBy(Thread thread) {
        if (THREADS instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(thread.getId());
        }
        return 0;
    }

    /** "203 MiB". */
    static String size(long bytes) {
        return bytes >= 10L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
