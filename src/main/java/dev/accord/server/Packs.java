package dev.accord.server;

import dev.accord.AccordException;
import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The compiled packs: the server's only state between requests, and only a cache of the files.
 * A pack is compiled again when any of its files changed (size or modification time), so an edit
 * on disk or through the page is seen by the next request. Every pack is compiled under the
 * strict rule policy: a file the server serves may have been written over HTTP, so
 * {@code --trust-rules} never applies here. A pack is compiled by one request at a time; the
 * others that need it wait for that compile (up to the request time limit) rather than start
 * their own.
 */
final class Packs {

    /** How a pack folder becomes a pack; {@link RulePack#load} but in tests. */
    interface Loader {
        RulePack load(Path dir, LoadOptions options);
    }

    /** A compiled pack, or why it does not compile: a broken pack is not compiled again on every request either. */
    private record Entry(List<String> stamp, RulePack pack, AccordException failure, long checkedNanos) {
        RulePack get() {
            if (failure != null) {
                throw failure;
            }
            return pack;
        }

        Entry checkedAt(long now) {
            return new Entry(stamp, pack, failure, now);
        }
    }

    /**
     * How long a pack's files are taken as unchanged without looking: walking and reading the
     * attributes of a pack's files on every request was a large part of a decision's cost under
     * load. Saves through the server invalidate at once; an edit by other means is seen within this.
     */
    private static final long RECHECK_NANOS = 500_000_000L;

    private final Workspace workspace;
    private final LoadOptions loading;
    private final Loader loader;
    private final long compileWaitNanos;
    private final ConcurrentHashMap<String, Entry> compiled = new ConcurrentHashMap<>();
    /** One lock per pack name, held while that pack compiles. */
    private final ConcurrentHashMap<String, ReentrantLock> compiling = new ConcurrentHashMap<>();

    /**
     * @param compileWait how long a request waits for another request's compile of the same pack
     *                    before it is answered 503 (the request time limit)
     */
    Packs(Workspace workspace, LoadOptions loading, Duration compileWait, Loader loader) {
        this.workspace = workspace;
        this.loading = loading.withPolicy(RulePolicy.strict());
        this.loader = loader;
        this.compileWaitNanos = compileWait.toNanos();
    }

    /** The pack as its files are now; compiles it only when they changed since the last time. */
    RulePack get(String name) {
        Entry known = compiled.get(name);
        if (known != null && System.nanoTime() - known.checkedNanos < RECHECK_NANOS) {
            return known.get();
        }
        Path dir = workspace.pack(name);
        List<String> stamp = stamp(dir);
        if (known != null && known.stamp.equals(stamp)) {
            compiled.replace(name, known, known.checkedAt(System.nanoTime()));
            return known.get();
        }
        ReentrantLock lock = compiling.computeIfAbsent(name, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(compileWaitNanos, TimeUnit.NANOSECONDS)) {
                throw Problem.compiling(name, (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(compileWaitNanos)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.compiling(name, 1);
        }
        try {
            Entry done = compiled.get(name); // compiled while this request waited for the lock
            if (done == null || !done.stamp.equals(stamp)) {
                done = compile(dir, stamp, System.nanoTime());
                compiled.put(name, done);
            }
            return done.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Compiles the pack if it must be, or waits for the request compiling it, without reporting
     * what a handler reports in its turn (an unknown or broken pack): run before a request takes
     * an evaluation slot, so that a first compile holds no slot and the requests waiting for it
     * are not turned away for want of one. Only running out of time waiting is reported (503).
     */
    void ready(String name) {
        try {
            get(name);
        } catch (AccordException e) {
            // the handler's own get answers it, in the order of its other checks
        } catch (Problem e) {
            if (e.status == 503) {
                throw e;
            }
        }
    }

    private Entry compile(Path dir, List<String> stamp, long now) {
        try {
            return new Entry(stamp, loader.load(dir, loading), null, now);
        } catch (AccordException e) {
            return new Entry(stamp, null, e, now);
        }
    }

    /** Forgets a pack whose files the server just wrote, so the next request compiles them. */
    void changed(String name) {
        compiled.remove(name);
    }

    /** Compiles a pack folder that is not served (a draft), with no cache: it exists for one check. */
    RulePack loadDraft(Path dir) {
        return RulePack.load(dir, loading.withoutCache());
    }

    private static List<String> stamp(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, 3)) {
            return walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().map(f -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    return f + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
                } catch (IOException e) {
                    return f + ":gone";
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
