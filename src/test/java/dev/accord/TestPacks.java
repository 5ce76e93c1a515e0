package dev.accord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small rule packs and fact sets into a test's temporary folder. */
public final class TestPacks {

    /** The default pack, compiled once for all tests that only read it (packs are immutable). */
    private static RulePack nato;

    public static final Path NATO_DIR = Path.of("rules/nato-afghanistan");
    public static final Path DEFAULT_FACTS = Path.of("facts/2021-02-15-nato-ministerial.yaml");

    /** A pack.yaml with conditions c1 and c2 and actions GO and WAIT. */
    public static final String SIMPLE_MANIFEST = """
            name: simple
            title: A small pack for tests
            conditions:
              - { id: c1, title: First condition }
              - { id: c2, title: Second condition }
            actions:
              - { id: GO, title: go ahead }
              - { id: WAIT }
            """;

    /**
     * A join that is merely slow: three patterns, the last with a constraint no combination passes,
     * so Drools grinds through every combination; with 700 actors, seconds of matching.
     */
    public static final String SLOW_JOIN = """
            package joins;
            import dev.accord.vocabulary.*;
            declare Actor id : String n : int end
            rule "Assess" when then insert(new Assessment("c1", Status.MET)); end

            rule "Every triple of actors"
            when
                $a : Actor()
                $b : Actor()
                $c : Actor( n < 0 - $a.n - $b.n )
            then
                insertLogical( new Assessment("c2", Status.MET) );
            end
            """;

    /** A rule that modifies its own fact for ever: line 5 is the rule the loop is blamed on. */
    public static final String LOOPING = """
            package test;
            declare Counter
                n : int
            end
            rule "Count forever"
            when
                $c : Counter( n >= 0 )
            then
                modify( $c ) { setN( $c.getN() + 1 ) };
            end
            """;

    /** A pack whose action logs through java.util.logging: harmless, but not in the strict policy. */
    public static final String LOGGING = """
            package logging;
            import dev.accord.vocabulary.Assessment;
            import dev.accord.vocabulary.Status;
            import java.util.logging.Logger;

            rule "Log and assess"
            when
            then
                Logger.getLogger("accord-test").fine("assessing c1");
                insert(new Assessment("c1", Status.MET));
            end
            """;

    private TestPacks() {
    }

    public static synchronized RulePack nato() {
        if (nato == null) {
            nato = RulePack.load(NATO_DIR);
        }
        return nato;
    }

    /** Writes {@code pack.yaml} and the given files (name to text) into {@code dir}. */
    public static Path write(Path dir, String manifest, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            if (manifest != null) {
                Files.writeString(dir.resolve("pack.yaml"), manifest);
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RulePack load(Path dir, String manifest, Map<String, String> files) {
        return RulePack.load(write(dir, manifest, files));
    }

    /** A fact set from YAML text, named {@code name} in diagnostics. */
    public static FactSet facts(String name, String yaml) {
        return FactSet.parse(yaml, name);
    }
}
