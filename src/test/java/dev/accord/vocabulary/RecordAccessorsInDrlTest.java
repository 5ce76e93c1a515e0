package dev.accord.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * Whether DRL compiled at run time by the classic engine reads record-style accessors
 * ({@code action()}) in constraints, as it reads JavaBean getters ({@code getAction()}): for a
 * Java record and for a class with record-style accessors only, in both dialects, and with
 * property reactivity (a pattern re-evaluated when a {@code modify} changes what it reads).
 * The answer decides whether the vocabulary may drop its getters.
 */
public class RecordAccessorsInDrlTest {

    /** A Java record: only {@code action()}. */
    public record Verdict(String action, int weight) {
    }

    /** A class in the vocabulary's shape with record-style accessors only, and a mutable field for reactivity. */
    public static final class Tally {
        private final String action;
        private int count;

        public Tally(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }

        public int count() {
            return count;
        }

        public void count(int n) {
            count = n;
        }
    }

    private static List<String> fire(String dialect, String when) {
        String drl = """
                package experiment;
                dialect "%s"
                import %s;
                import %s;
                global java.util.List out;
                rule "Under test"
                when
                    %s
                then
                    out.add("fired");
                end
                """.formatted(dialect, Verdict.class.getCanonicalName(), Tally.class.getCanonicalName(), when);
        List<String> out = new ArrayList<>();
        run(drl, out, new Verdict("WITHDRAW", 3), new Tally("WITHDRAW"));
        return out;
    }

    /** Inserts the facts into a new session of the DRL and fires; how many rules fired. */
    private static int run(String drl, List<String> out, Object... facts) {
        KieSession session = new KieHelper().addContent(drl, ResourceType.DRL).build().newKieSession();
        session.setGlobal("out", out);
        for (Object f : facts) {
            session.insert(f);
        }
        int fired = session.fireAllRules(100);
        session.dispose();
        return fired;
    }

    @ParameterizedTest
    @CsvSource({"mvel", "java"})
    void aRecordsAccessorsAreReadInConstraints(String dialect) {
        assertThat(fire(dialect, "Verdict( action == \"WITHDRAW\", weight > 2 )")).containsExactly("fired");
        assertThat(fire(dialect, "Verdict( action == \"STAY\" )")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"mvel", "java"})
    void aClassWithRecordStyleAccessorsOnlyIsReadInConstraints(String dialect) {
        assertThat(fire(dialect, "Tally( action == \"WITHDRAW\" )")).containsExactly("fired");
        assertThat(fire(dialect, "$t : Tally( ) Verdict( action == $t.action )")).containsExactly("fired");
    }

    /** A modify through a record-style setter wakes the pattern that reads that property, and only that one. */
    @ParameterizedTest
    @CsvSource({"mvel", "java"})
    void propertyReactivityFollowsRecordStyleAccessors(String dialect) {
        String drl = """
                package experiment;
                dialect "%s"
                import %s;
                global java.util.List out;
                rule "Count up"
                when
                    $t : Tally( count < 3 )
                then
                    modify( $t ) { count( $t.count() + 1 ) }
                end
                rule "Counted"
                when
                    Tally( count == 3 )
                then
                    out.add("counted");
                end
                rule "Reads the action only"
                when
                    Tally( action == "WITHDRAW" )
                then
                    out.add("action");
                end
                """.formatted(dialect, Tally.class.getCanonicalName());
        List<String> out = new ArrayList<>();
        int fired = run(drl, out, new Tally("WITHDRAW"));
        // Three modifies of count; the rule on action alone is not woken again by them.
        assertThat(out).containsExactlyInAnyOrder("counted", "action");
        assertThat(fired).isEqualTo(5);
    }
}
