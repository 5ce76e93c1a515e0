package dev.accord.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads evaluations run on: as many as run at once, each kept while it has work, and for a
 * minute after. Like a cached thread pool, with one difference: a thread that has just finished
 * an evaluation keeps watching for the next one for a short while before it sleeps. A small
 * evaluation takes less time than waking a sleeping thread does on a busy machine, so
 * handing each one to a thread that sleeps costs a wake-up per evaluation on top of the one
 * that wakes the caller (see {@link SessionRunner#run}, which waits for the result the same way).
 * A thread that stays stuck in a rule's action is simply never idle again; the next evaluation
 * gets another thread.
 */
final class EvaluationThreads implements java.util.concurrent.Executor {

    /** How long a thread or a caller watches for what it waits for before it sleeps. */
    static final long WATCH_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

    private static final long KEEP_IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    /** Raised by {@link #shutdown()}: a worker of an earlier generation retires as soon as it is idle. */
    private final AtomicInteger generation = new AtomicInteger();

    /**
     * Ends the threads: the idle ones now, the busy ones as soon as their evaluation ends. Later
     * evaluations start new threads.
     */
    void shutdown() {
        generation.incrementAndGet();
        for (Worker w = idle.pollFirst(); w != null; w = idle.pollFirst()) {
            w.retire();
        }
    }

    /** Whether {@code t} is one of these threads, whose loop survives a {@link Thread#stop} of its task. */
    static boolean isOwn(Thread t) {
        return t instanceof Worker;
    }

    /** Runs {@code task} on an idle thread, or on a new one when none is idle. */
    @Override
    public void execute(Runnable task) {
        for (Worker w = idle.pollFirst(); w != null; w = idle.pollFirst()) {
            if (w.take(task)) {
                return;
            }
        }
        new Worker(task).start();
    }

    /**
     * Waits, watching and yielding, until {@code done} says so or {@link #WATCH_NANOS} have
     * passed: yielding lets the thread being waited for run if it shares this core.
     */
    static void watch(java.util.function.BooleanSupplier done) {
        long until = System.nanoTime() + WATCH_NANOS;
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.yield();
        }
    }

    private final class Worker extends Thread {

        private static final int BUSY = 0;
        private static final int IDLE = 1;
        private static final int RETIRED = 2;

        /** Set by {@link #take} once the state went from IDLE to BUSY; read by the worker. */
        private volatile Runnable task;
        private final AtomicInteger state = new AtomicInteger(BUSY);
        private final int born = generation.get();

        Worker(Runnable first) {
            super("accord-evaluation-" + NUMBER.incrementAndGet());
            setDaemon(true); // a runaway action must not keep the process alive
            this.task = first;
        }

        /** Gives the idle worker its next task; false when it is no longer idle (it retired). */
        boolean take(Runnable next) {
            if (!state.compareAndSet(IDLE, BUSY)) {
                return false;
            }
            task = next;
            LockSupport.unpark(this);
            return true;
        }

        @Override
        public void run() {
            Runnable next = task;
            while (next != null) {
                task = null;
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    // The task reports its own failures; nothing must end the thread's loop.
                }
                // Dropped before the thread idles: the finished task holds its session, and a
                // discarded session still holds every partial match it built (a stopped join's heap).
                next = null;
                next = awaitNext();
            }
        }

        /** Retires the worker if it is idle; it ends its loop on waking. */
        void retire() {
            if (state.compareAndSet(IDLE, RETIRED)) {
                LockSupport.unpark(this);
            }
        }

        /** The next task, or null when none came for a minute (or the threads were shut down) and the worker retires. */
        private Runnable awaitNext() {
            if (born != generation.get()) {
                return null;
            }
            state.set(IDLE);
            idle.offerFirst(this); // the most recent first: its caches are the warmest
            watch(() -> task != null);
            long deadline = System.nanoTime() + KEEP_IDLE_NANOS;
            while (true) {
                Runnable next = task;
                if (next != null) {
                    return next;
                }
                if (state.get() == RETIRED) {
                    return null;
                }
                long left = deadline - System.nanoTime();
                if ((left <= 0 || born != generation.get()) && state.compareAndSet(IDLE, RETIRED)) {
                    idle.remove(this);
                    return null;
                }
                // Taken but the task not yet set, or not yet time: wait (a take unparks).
                LockSupport.parkNanos(this, Math.max(left, TimeUnit.MICROSECONDS.toNanos(10)));
                Thread.interrupted(); // a late stop of the previous evaluation must not cut short the wait
            }
        }
    }
}
