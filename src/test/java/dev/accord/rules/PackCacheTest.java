package dev.accord.rules;

import dev.accord.LoadOptions;
import dev.accord.RulePolicy;
import static dev.accord.TestPacks.SIMPLE_MANIFEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.explain.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached pack is the pack its files say now: never older rules, never a broken pack. */
class PackCacheTest {

    private static final String TYPES = """
            package test;
            declare Item
                id : String
                size : int
            end
            """;

    private static String rule(String action) {
        return """
                package test;
                import dev.accord.vocabulary.*;

                rule "Decide when big"
                    @explain("{$item.id} is big")
                when
                    $item : Item( size > 10 )
                then
                    insertLogical( new Recommendation("%s", "") );
                end
                """.formatted(action);
    }

    private static final String FACTS = """
            facts:
              - { type: Item, id: crate, size: 12 }
            """;

    private static String decide(Path packDir, PackCache cache) {
        Decision decision = RulePack.load(packDir, LoadOptions.defaults().withCache(cache.directory().orElseThrow())).evaluate(FactSet.parse(FACTS, "facts.yaml"));
        return decision.action().orElse("none");
    }

    private static List<Path> entries(Path cacheDir) throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".pack")).toList();
        }
    }

    @Test
    void anEditedRuleIsUsedOnTheNextLoadEvenWithTheFileTimeUnchanged(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "go.drl", rule("GO")));
        PackCache cache = PackCache.in(dir.resolve("cache"));
        assertThat(decide(pack, cache)).isEqualTo("GO");
        assertThat(decide(pack, cache)).as("served from the cache").isEqualTo("GO");
        assertThat(entries(dir.resolve("cache"))).hasSize(1);

        // Same length and same modification time: only the content tells the two versions apart.
        Path drl = pack.resolve("go.drl");
        FileTime written = Files.getLastModifiedTime(drl);
        String edited = rule("WAIT").replace("is big", "is b");
        assertThat(edited).hasSameSizeAs(rule("GO"));
        Files.writeString(drl, edited);
        Files.setLastModifiedTime(drl, written);

        assertThat(decide(pack, cache)).isEqualTo("WAIT");
    }

    @Test
    void aCachedPackHasTheSameRulesShapesTypesAndImportsAsAFreshOne(@TempDir Path dir) {
        PackCache cache = PackCache.in(dir);
        CompiledRules fresh = PackLoader.load(TestPacks.NATO_DIR, RulePolicy.strict(), LoadOptions.DEFAULT_COMPILE_TIMEOUT).rules();
        PackLoader.load(TestPacks.NATO_DIR, RulePolicy.strict(), LoadOptions.DEFAULT_COMPILE_TIMEOUT, cache);
        assertThat(cache.read(cache.keyOf(drlOf(TestPacks.NATO_DIR)))).as("an entry was written").isPresent();

        CompiledRules cached = PackLoader.load(TestPacks.NATO_DIR, RulePolicy.strict(), LoadOptions.DEFAULT_COMPILE_TIMEOUT, cache).rules();

        assertThat(cached.rules()).isEqualTo(fresh.rules());
        assertThat(cached.shapes()).isEqualTo(fresh.shapes());
        assertThat(cached.warnings()).isEqualTo(fresh.warnings());
        assertThat(cached.types().names()).isEqualTo(fresh.types().names());
        assertThat(cached.imports().classes().keySet()).isEqualTo(fresh.imports().classes().keySet());
        assertThat(cached.imports().packages()).isEqualTo(fresh.imports().packages());
    }

    @Test
    void aCachedPackDecidesAndExplainsEveryShippedScenarioAsAFreshOne(@TempDir Path dir) throws IOException {
        PackCache cache = PackCache.in(dir);
        RulePack.load(TestPacks.NATO_DIR, LoadOptions.defaults().withCache(cache.directory().orElseThrow()));
        RulePack cached = RulePack.load(TestPacks.NATO_DIR, LoadOptions.defaults().withCache(cache.directory().orElseThrow()));
        RulePack fresh = TestPacks.nato();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                FactSet facts = FactSet.load(file);
                for (Format format : Format.values()) {
                    assertThat(cached.evaluate(facts).render(format)).as(file + " as " + format)
                            .isEqualTo(fresh.evaluate(facts).render(format));
                }
            }
        }
    }

    @Test
    void aDamagedEntryIsIgnoredAndRebuilt(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "go.drl", rule("GO")));
        Path cacheDir = dir.resolve("cache");
        PackCache cache = PackCache.in(cacheDir);
        decide(pack, cache);
        Path entry = entries(cacheDir).get(0);
        byte[] whole = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2)); // as if a disk filled up
        assertThat(decide(pack, cache)).isEqualTo("GO");
        assertThat(cache.read(cache.keyOf(drlOf(pack)))).as("rewritten whole").isPresent();

        whole[whole.length - 10] ^= 0x55; // one flipped byte in the compiled rules
        Files.write(entry, whole);
        assertThat(decide(pack, cache)).isEqualTo("GO");
    }

    private static RulePack load(Path pack, RulePolicy policy, PackCache cache) {
        return RulePack.load(pack, LoadOptions.defaults().withPolicy(policy).withCache(cache.directory().orElseThrow()));
    }

    @Test
    void aPackCachedWhileTrustedIsStillCheckedUnderTheStrictPolicy(@TempDir Path dir) {
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("log.drl", TestPacks.LOGGING));
        PackCache cache = PackCache.in(dir.resolve("cache"));
        load(pack, RulePolicy.trusted(), cache);
        assertThat(cache.read(cache.keyOf(drlOf(pack)))).as("compiled and cached").isPresent();

        assertThatThrownBy(() -> load(pack, RulePolicy.strict(), cache)).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("java.util.logging.Logger is not allowed by the rule policy");
    }

    @Test
    void passingOnePolicyVouchesForThatPolicyOnly(@TempDir Path dir) {
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("log.drl", TestPacks.LOGGING));
        PackCache cache = PackCache.in(dir.resolve("cache"));
        RulePolicy allowingLogs = RulePolicy.strict().allowClass("java.util.logging.Logger");
        load(pack, allowingLogs, cache);
        PackCache.Key key = cache.keyOf(drlOf(pack));
        assertThat(cache.passed(key, allowingLogs)).isTrue();
        assertThat(load(pack, allowingLogs, cache).evaluate(FactSet.parse("facts: []\n", "f.yaml")).conditions().get(0)
                .statusLabel()).as("loaded again, without checking").isEqualTo("MET");

        assertThat(cache.passed(key, RulePolicy.strict())).isFalse();
        assertThatThrownBy(() -> load(pack, RulePolicy.strict(), cache)).isInstanceOf(InvalidRulesException.class);
    }

    @Test
    void aMarkWithoutASoundEntryVouchesForNothing(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("log.drl", TestPacks.LOGGING));
        PackCache cache = PackCache.in(dir.resolve("cache"));
        load(pack, RulePolicy.trusted(), cache);
        PackCache.Key key = cache.keyOf(drlOf(pack));
        // A strict pass mark beside an entry that is then damaged: the pack must be checked before it is compiled.
        Files.write(cache.passMark(key, RulePolicy.strict()), new byte[0]);
        Files.write(cache.entry(key), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> load(pack, RulePolicy.strict(), cache)).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("java.util.logging.Logger is not allowed by the rule policy");
    }

    @Test
    void aPackWithErrorsIsNeverCachedAndItsFixIsUsed(@TempDir Path dir) throws IOException {
        Path cacheDir = dir.resolve("cache");
        PackCache cache = PackCache.in(cacheDir);
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST,
                Map.of("types.drl", TYPES, "go.drl", rule("GO").replace("size > 10", "sise > 10")));

        assertThatThrownBy(() -> decide(pack, cache)).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("sise");
        assertThatThrownBy(() -> decide(pack, cache)).as("still refused on the second load")
                .isInstanceOf(InvalidRulesException.class);
        assertThat(entries(cacheDir)).isEmpty();

        Files.writeString(pack.resolve("go.drl"), rule("GO"));
        assertThat(decide(pack, cache)).isEqualTo("GO");
    }

    @Test
    void twoLoadsAtOnceShareTheCacheSafely(@TempDir Path dir) throws Exception {
        Path pack = TestPacks.write(dir.resolve("pack"), SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "go.drl", rule("GO")));
        Path cacheDir = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> decisions = pool.invokeAll(List.of(
                    () -> decide(pack, PackCache.in(cacheDir)), () -> decide(pack, PackCache.in(cacheDir))));
            for (Future<String> d : decisions) {
                assertThat(d.get()).isEqualTo("GO");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries(cacheDir)).hasSize(1);
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertThat(files).as("no temporary file left behind")
                    .allMatch(p -> p.toString().endsWith(".pack") || p.toString().endsWith(".passed"));
        }
        assertThat(decide(pack, PackCache.in(cacheDir))).isEqualTo("GO");
    }

    private static List<DrlSource> drlOf(Path packDir) {
        try (Stream<Path> files = Files.list(packDir)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted()
                    .map(p -> DrlSource.of(p.getFileName().toString(), read(p))).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
