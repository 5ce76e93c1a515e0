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
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The compiled packs: the server's only state between requests, and only a cache of the files.
 * A pack is compiled again when any of its files changed (size or modification time), so an edit
 * on disk or through the page is seen by the next request. Every pack is compiled under the
 * strict rule policy: a file the server serves may have been written over HTTP, so
 * {@code --trust-rules} never applies here.
 */
final class Packs {

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
    private final ConcurrentHashMap<String, Entry> compiled = new ConcurrentHashMap<>();

    Packs(Workspace workspace, LoadOptions loading) {
        this.workspace = workspace;
        this.loading = loading.withPolicy(RulePolicy.strict());
    }

    /** The pack as its files are now; compiles it only when they changed since the last time. */
    RulePack get(String name) {
        Entry known = compiled.get(name);
        if (known != null && System.nanoTime() - known.checkedNanos < RECHECK_NANOS) {
            return known.get();
        }
        Path dir = workspace.pack(name);
        List<String> stamp = stamp(dir);
        long now = System.nanoTime();
        return compiled.compute(name, (k, old) -> old != null && old.stamp.equals(stamp) ? old.checkedAt(now)
                : compile(dir, stamp, now)).get();
    }

    private Entry compile(Path dir, List<String> stamp, long now) {
        try {
            return new Entry(stamp, RulePack.load(dir, loading), null, now);
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
