package dev.accord.rules;

import dev.accord.RulePolicy;
import dev.accord.facts.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packs on disk, so that running an unchanged pack again skips Drools' compiler,
 * the slowest step of starting Accord.
 *
 * <p>An entry is keyed by the SHA-256 of every DRL file's path and bytes (exactly what the
 * compiler reads) and of the {@linkplain CodeFingerprint code} that compiled it. Any edit gives
 * another key, so an entry can never be served for files other than the ones it was compiled
 * from. {@code pack.yaml} is not part of the key because it is not compiled: it is read afresh on
 * every load.
 *
 * <p>Beside an entry, a mark records each {@linkplain RulePolicy policy} its files passed: the
 * check reads only the DRL text, with the code the key covers, so it would pass again, and a
 * load under that policy that finds the entry and its mark parses the DRL without checking it.
 * A load under another policy, or one that finds no sound entry, checks as ever. (A mark is
 * trusted as the entry is: whoever can write one can also write compiled code into the cache,
 * so the cache folder must be as private as the packs it holds; see {@code docs/SECURITY.md}.)
 *
 * <p>Safe for processes that share the folder: an entry is written to a temporary file and
 * moved into place atomically, so a reader sees a whole entry or none; two writers of one key
 * write the same rules and the last move wins. An entry that cannot be read (damaged, from
 * another format) is ignored and replaced. Only packs that compiled without errors are written.
 */
public final class PackCache {

    private static final Logger LOG = LoggerFactory.getLogger(PackCache.class);
    private static final String SUFFIX = ".pack";
    private static final String PASS_MARK = ".passed";
    /** Old entries beyond this many are deleted, so an edit loop does not fill the disk. */
    static final int KEPT_ENTRIES = 32;
    private static final PackCache NONE = new PackCache(null);

    private final Path directory;

    private PackCache(Path directory) {
        this.directory = directory;
    }

    /** No cache: every load compiles. */
    public static PackCache none() {
        return NONE;
    }

    /** A cache in {@code directory}, created when first written. */
    public static PackCache in(Path directory) {
        return new PackCache(directory.toAbsolutePath().normalize());
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /**
     * What identifies a compiled pack: {@code hex}, the SHA-256 of the two others, names the
     * entry; {@code drlDigest} is the SHA-256 of the DRL files' paths and bytes, {@code versions}
     * the code that compiled them ({@link CodeFingerprint}). An entry stores all three under its
     * checksum, and is used only when they are this key's.
     */
    record Key(String hex, String drlDigest, String versions) {
    }

    /** The largest entry read; a bigger file is not an entry Accord wrote. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    Key keyOf(List<DrlSource> files) {
        if (directory == null) {
            return null;
        }
        MessageDigest drl = newSha256();
        for (DrlSource file : files) {
            byte[] text = file.text().getBytes(StandardCharsets.UTF_8);
            update(drl, file.path());
            update(drl, Integer.toString(text.length));
            drl.update(text);
        }
        String drlDigest = HexFormat.of().formatHex(drl.digest());
        String versions = CodeFingerprint.current();
        MessageDigest digest = newSha256();
        update(digest, "format " + PackCacheEntry.FORMAT + "; " + versions);
        update(digest, drlDigest);
        return new Key(HexFormat.of().formatHex(digest.digest()), drlDigest, versions);
    }

    /** The rules compiled earlier for {@code key}, if a sound entry exists. */
    Optional<BuiltRules> read(Key key) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = entry(key);
        byte[] bytes;
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !CacheFiles.isOwnRegularFile(file)) {
                return Optional.empty();
            }
            bytes = CacheFiles.read(file, MAX_ENTRY_BYTES);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("cannot read cached pack {}: {}", file, e.toString());
            return Optional.empty();
        }
        try {
            BuiltRules rules = PackCacheEntry.read(bytes, key);
            touch(file);
            return Optional.of(rules);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.info("ignoring damaged cached pack {} ({}); compiling the pack again", file, e.toString());
            return Optional.empty();
        }
    }

    /** Whether the files of {@code key} passed {@code policy} before (a checking policy only). */
    boolean passed(Key key, RulePolicy policy) {
        return directory != null && policy.checks() && CacheFiles.isOwnRegularFile(passMark(key, policy));
    }

    /**
     * Records that the files of {@code key}, whose entry is stored, passed {@code policy}. A
     * failure to write only costs a check next time.
     */
    void markPassed(Key key, RulePolicy policy) {
        if (directory == null || !policy.checks() || !CacheFiles.isOwnRegularFile(entry(key))) {
            return;
        }
        try {
            CacheFiles.removeIfNotOwnRegular(passMark(key, policy));
            WholeFile.write(passMark(key, policy), new byte[0]);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot mark cached pack {} as passing its policy: {}", entry(key), e.toString());
        }
    }

    /** The mark of {@code key} passing {@code policy}: named by the entry and a digest of what the policy allows. */
    Path passMark(Key key, RulePolicy policy) {
        MessageDigest digest = newSha256();
        update(digest, "classes " + String.join(",", policy.classes()));
        update(digest, "packages " + String.join(",", policy.packages()));
        update(digest, "actions " + String.join(",", policy.actions()));
        String allowed = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return directory.resolve(key.hex() + "." + allowed + PASS_MARK);
    }

    /** Stores {@code rules} under {@code key}; a failure to write only costs a compile next time. */
    void write(Key key, BuiltRules rules) {
        if (directory == null || !rules.isCacheable()) {
            return;
        }
        try {
            byte[] bytes = PackCacheEntry.write(key, rules);
            Files.createDirectories(directory);
            CacheFiles.removeIfNotOwnRegular(entry(key)); // a FIFO, a link or another user's file: replaced
            WholeFile.write(entry(key), bytes);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot cache compiled pack in {}: {}", directory, e.toString());
        }
    }

    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            files.forEach(entries::add);
        }
        if (entries.size() <= KEPT_ENTRIES) {
            return;
        }
        entries.sort(Comparator.comparing(PackCache::modified).reversed());
        for (Path old : entries.subList(KEPT_ENTRIES, entries.size())) {
            Files.deleteIfExists(old);
        }
        try (DirectoryStream<Path> marks = Files.newDirectoryStream(directory, "*" + PASS_MARK)) {
            for (Path mark : marks) {
                String name = mark.getFileName().toString();
                if (!Files.exists(directory.resolve(name.substring(0, name.indexOf('.')) + SUFFIX))) {
                    Files.deleteIfExists(mark);
                }
            }
        }
    }

    /** Marks an entry as used, so pruning deletes the entries unused longest. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only affects which entries pruning keeps
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    Path entry(Key key) {
        return directory.resolve(key.hex() + SUFFIX);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return directory == null ? "PackCache[none]" : "PackCache[" + directory + "]";
    }
}
