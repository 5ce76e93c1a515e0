package dev.accord.rules;

import static dev.accord.TestPacks.SIMPLE_MANIFEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.FactSet;
import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.SpecialFiles;
import dev.accord.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pack cache does with files it did not write: a FIFO, a link to a device, another
 * user's file, an entry bound to other DRL or other code. Each is ignored and the pack compiled
 * and cached afresh. Devices are made inside the test's temporary folder, never under /dev.
 */
class PackCacheFilesTest {

    @TempDir
    Path dir;

    private static final String DRL = """
            package test;
            import dev.accord.vocabulary.*;
            declare Item
                id : String
                size : int
            end
            rule "Decide when big"
                @explain("{$item.id} is big")
            when
                $item : Item( size > 10 )
            then
                insertLogical( new Recommendation("GO", "") );
            end
            """;

    private Path pack() {
        return TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("rules.drl", DRL));
    }

    private static String decide(Path pack, PackCache cache) {
        return RulePack.load(pack, LoadOptions.defaults().withCache(cache.directory().orElseThrow())).evaluate(FactSet.parse("facts:\n  - { type: Item, id: c, size: 12 }\n", "f.yaml"))
                .action().orElse("none");
    }

    private PackCache.Key key(PackCache cache) {
        return cache.keyOf(List.of(DrlSource.of("rules.drl", DRL)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoOrALinkToADeviceInPlaceOfAnEntryIsIgnoredAndReplaced() throws IOException {
        Path pack = pack();
        Path cacheDir = Files.createDirectories(dir.resolve("cache"));
        PackCache cache = PackCache.in(cacheDir);
        Path entry = cache.entry(key(cache));
        Path zero = SpecialFiles.characterDevice(dir.resolve("zero"), 1, 5);

        SpecialFiles.fifo(entry);
        assertThat(decide(pack, cache)).isEqualTo("GO");
        assertThat(Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)).as("replaced by an entry").isTrue();

        Files.delete(entry);
        Files.createSymbolicLink(entry, zero);
        assertThat(decide(pack, cache)).isEqualTo("GO");
        assertThat(Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)).as("replaced by an entry").isTrue();
        assertThat(SpecialFiles.type(zero)).as("the device is untouched").isEqualTo(SpecialFiles.CHARACTER_DEVICE);
        assertThat(cache.read(key(cache))).isPresent();
    }

    @Test
    void anEntryOwnedByAnotherUserIsIgnoredAndReplaced() throws IOException {
        Path pack = pack();
        PackCache cache = PackCache.in(dir.resolve("cache"));
        decide(pack, cache);
        Path entry = cache.entry(key(cache));
        int own = (Integer) Files.getAttribute(entry, "unix:uid");
        org.junit.jupiter.api.Assumptions.assumeTrue(own == 0, "only root can give a file to another user");

        Files.setAttribute(entry, "unix:uid", 4242);
        assertThat(cache.read(key(cache))).as("another user's entry").isEmpty();

        assertThat(decide(pack, cache)).isEqualTo("GO");
        assertThat(Files.getAttribute(entry, "unix:uid")).isEqualTo(own);
        assertThat(cache.read(key(cache))).isPresent();
    }

    @Test
    void anEntryBoundToOtherDrlOrOtherCodeIsNotUsedEvenUnderTheRightName() throws Exception {
        Path pack = pack();
        PackCache cache = PackCache.in(dir.resolve("cache"));
        decide(pack, cache);
        PackCache.Key key = key(cache);
        BuiltRules rules = cache.read(key).orElseThrow();

        for (PackCache.Key other : new PackCache.Key[] {
                new PackCache.Key(key.hex(), "0".repeat(64), key.versions()),
                new PackCache.Key(key.hex(), key.drlDigest(), "accord 0.0.1; drools 7.0.0"),
                new PackCache.Key("f".repeat(64), key.drlDigest(), key.versions())}) {
            byte[] forged = PackCacheEntry.write(other, rules);
            assertThatThrownBy(() -> PackCacheEntry.read(forged, key)).as("written for %s", other).isInstanceOf(IOException.class);
        }
    }

    @Test
    void theChecksumCoversTheHeader() throws Exception {
        Path pack = pack();
        PackCache cache = PackCache.in(dir.resolve("cache"));
        decide(pack, cache);
        PackCache.Key key = key(cache);
        byte[] bytes = Files.readAllBytes(cache.entry(key));

        byte[] lengthChanged = bytes.clone();
        int lengthAt = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(key.versions()) + key.versions().length();
        lengthChanged[lengthAt + 3] ^= 1; // the payload's length, as if truncated and patched
        assertThatThrownBy(() -> PackCacheEntry.read(lengthChanged, key)).isInstanceOf(IOException.class);
        byte[] bodyChanged = bytes.clone();
        bodyChanged[bytes.length - 5] ^= 1;
        assertThatThrownBy(() -> PackCacheEntry.read(bodyChanged, key)).isInstanceOf(IOException.class);
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
