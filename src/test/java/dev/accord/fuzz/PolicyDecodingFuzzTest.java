package dev.accord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import dev.accord.rules.FuzzRulesHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvel2.MVEL;

/**
 * The rule policy reads code as the compilers that run it do. Seeded rule code mixes a forbidden
 * call with strings, character literals, comments and escapes ({@link TrickyCode}); whenever
 * strict accepts a piece, the real readers must agree that it holds no call: javac's parser (the
 * names it sees in an action, after its own decoding of escapes and comments), MVEL (which
 * evaluates a constraint: the call would set a system property), and, for the first few accepted
 * pieces, Drools itself, compiling and running the pack under the trusted policy.
 *
 * <p>{@code -Daccord.fuzz.seed=N} (printed on failure) and {@code -Daccord.fuzz.policy.cases=N}
 * (default 1,200) vary the run.
 */
class PolicyDecodingFuzzTest {

    static final long SEED = Long.getLong("accord.fuzz.seed", 20210215L);
    static final int CASES = Integer.getInteger("accord.fuzz.policy.cases", 1_200);
    /** Compiling a pack takes a hundred times longer than checking one: only a few are compiled. */
    static final int COMPILES = Integer.getInteger("accord.fuzz.policy.compiles", 6);
    private static final String FACTS = "facts:\n  - { type: Item, id: i1, name: x }\n";

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int accepted;
    private int refusedCalls;
    private int compiled;

    @AfterEach
    void forgetTheProperty() {
        System.clearProperty(TrickyCode.PROPERTY);
    }

    @Test
    void whatStrictAcceptsHoldsNoCallForJavacMvelOrDrools() {
        TrickyCode code = new TrickyCode(SEED);
        for (int i = 0; i < CASES; i++) {
            if (i % 2 == 0) {
                String action = code.javaAction();
                String drl = pack("", "    $i : Item()", action);
                if (strictAccepts(i, drl)) {
                    Optional<Set<String>> names = JavacReading.namesInStatements(action);
                    if (names.isPresent() && (names.get().contains("System") || names.get().contains("setProperty"))) {
                        fail(i, drl, "strict accepted an action in which javac reads " + names.get());
                    }
                    compileAndRun(i, drl);
                } else if (JavacReading.namesInStatements(action).map(n -> n.contains("setProperty")).orElse(false)) {
                    refusedCalls++;
                }
            } else {
                String expression = code.mvelExpression();
                String drl = pack("", "    $i : Item( name != " + expression + " )", "");
                if (strictAccepts(i, drl)) {
                    if (mvelRunsTheCall(expression)) {
                        fail(i, drl, "strict accepted a constraint in which MVEL runs the call");
                    }
                    compileAndRun(i, drl);
                }
            }
        }

        assertThat(failures).as("seed %d (rerun with -Daccord.fuzz.seed=%d)", SEED, SEED).isEmpty();
        // the generator must produce both kinds, or the test could not fail
        assertThat(accepted).as("pieces strict accepted").isGreaterThan(CASES / 20);
        assertThat(refusedCalls).as("actions with a real call, refused").isGreaterThan(CASES / 20);
    }

    private boolean strictAccepts(int i, String drl) {
        try {
            FuzzRulesHarness.parseAndCheck("fuzz.drl", drl);
            accepted++;
            return true;
        } catch (InvalidRulesException refused) {
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail(i, drl, "the policy check threw " + e);
            return false;
        }
    }

    private static boolean mvelRunsTheCall(String expression) {
        try {
            MVEL.eval(expression, new HashMap<String, Object>());
        } catch (RuntimeException notAnExpressionToMvel) {
            // MVEL cannot read it, so neither can Drools: nothing runs
        }
        boolean ran = System.getProperty(TrickyCode.PROPERTY) != null;
        System.clearProperty(TrickyCode.PROPERTY);
        return ran;
    }

    private void compileAndRun(int i, String drl) {
        if (compiled >= COMPILES) {
            return;
        }
        compiled++;
        Path pack = TestPacks.write(dir.resolve("p" + i), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", drl));
        try {
            RulePack.load(pack, RulePolicy.trusted()).evaluate(TestPacks.facts("f.yaml", FACTS));
        } catch (dev.accord.AccordException doesNotCompileOrFails) {
            // Drools refusing it is fine: what matters is that nothing ran
        }
        if (System.getProperty(TrickyCode.PROPERTY) != null) {
            fail(i, drl, "strict accepted a pack in which Drools ran the call");
            System.clearProperty(TrickyCode.PROPERTY);
        }
    }

    private void fail(int i, String drl, String what) {
        if (failures.size() < 10) {
            failures.add("case " + i + ": " + what + ":\n" + drl);
        }
    }

    static String pack(String top, String when, String then) {
        return """
                package fuzz;
                declare Item
                    name : String
                end
                %s
                rule "Fuzz"
                when
                %s
                then
                %s
                end
                """.formatted(top, when, then);
    }
}
