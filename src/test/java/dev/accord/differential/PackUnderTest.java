package dev.accord.differential;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.LoadOptions;
import dev.accord.RulePack;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One generated pack on both sides: compiled by Accord from its folder (through a pack cache, so
 * that the command line and fresh loads read it back instead of compiling again) and by the
 * oracle on its own.
 */
public final class PackUnderTest {

    final GeneratedPack pack;
    final Path dir;
    final Path cache;
    final Oracle oracle;
    final RulePack accord;

    PackUnderTest(GeneratedPack pack, Path dir, Path cache) {
        this.pack = pack;
        this.dir = pack.writeTo(dir);
        this.cache = cache;
        this.accord = RulePack.load(dir, LoadOptions.defaults().withCache(cache));
        long t0 = System.nanoTime();
        this.oracle = new Oracle(pack);
        ORACLE_COMPILE_NANOS.addAndGet(System.nanoTime() - t0);
    }

    /** Time spent compiling on the oracle's side, for the run's figures. */
    static final java.util.concurrent.atomic.AtomicLong ORACLE_COMPILE_NANOS = new java.util.concurrent.atomic.AtomicLong();

    private PackUnderTest(PackUnderTest p, RulePack accord) {
        this.pack = p.pack;
        this.dir = p.dir;
        this.cache = p.cache;
        this.oracle = p.oracle;
        this.accord = accord;
    }

    /** The same pack with another RulePack object, read back from the cache, that nothing ran on yet. */
    PackUnderTest fresh() {
        return new PackUnderTest(this, freshAccord());
    }

    /** Another RulePack object of the same pack, read back from the cache: no session has run on it. */
    RulePack freshAccord() {
        return RulePack.load(dir, LoadOptions.defaults().withCache(cache));
    }

    static FactSet factSet(GeneratedFacts facts) {
        return FactSet.parse(facts.yaml(), facts.name() + ".yaml");
    }

    /** What Accord's decision says, read through the public API as a user reads it. */
    static Answer answer(Decision d, GeneratedPack pack) {
        Answer fromMemory = Answer.of(d.workingMemory(), pack, new TreeSet<>(d.firedRules()));
        Map<String, String> statuses = new LinkedHashMap<>();
        for (ConditionResult c : d.conditions()) {
            statuses.put(c.id(), c.statusLabel());
        }
        String rec = switch (d.outcome()) {
            case RECOMMENDED -> d.action().orElseThrow();
            case NO_RECOMMENDATION -> "NONE";
            case CONFLICT -> "CONFLICT";
        };
        List<String> actions = d.recommendations().stream().map(r -> r.value().getAction()).distinct().sorted().toList();
        return new Answer(rec, actions, statuses, fromMemory.concluded(), fromMemory.inputs(), fromMemory.fired());
    }
}
