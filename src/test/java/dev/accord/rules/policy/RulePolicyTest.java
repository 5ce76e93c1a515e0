package dev.accord.rules.policy;

import dev.accord.RulePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.Decision;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy as a pack author meets it: what strict lets through, how to widen it, when it runs. */
class RulePolicyTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultPackPassesStrict() {
        RulePack pack = RulePack.load(TestPacks.NATO_DIR, RulePolicy.strict());

        assertThat(pack.ruleCount()).isEqualTo(TestPacks.nato().ruleCount());
    }

    @Test
    void strictRefusesALoggerThatAnExtendedPolicyAllows() {
        Path pack = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("log.drl", TestPacks.LOGGING));

        InvalidRulesException refused = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack));
        RulePack allowed = RulePack.load(pack, RulePolicy.strict().allowClass("java.util.logging.Logger"));

        assertThat(refused.diagnostics()).extracting(d -> d.location().toString() + " " + d.message())
                .containsExactly("log.drl:4:1 import java.util.logging.Logger: java.util.logging.Logger is not allowed by the rule policy",
                        "log.drl:9:5 the action of rule \"Log and assess\" uses java.util.logging.Logger, which the rule policy does not allow");
        Decision decision = allowed.evaluate(TestPacks.facts("f.yaml", "facts: []\n"));
        assertThat(decision.conditions().get(0).statusLabel()).isEqualTo("MET");
    }

    @Test
    void strictRefusesBeforeCompilingWhileTrustedRunsAnnotationCodeAtCompileTime() {
        String property = "accord.test.annotation." + System.nanoTime();
        String drl = """
                package p;
                rule "Sets a property while compiling"
                    @note( java.lang.System.setProperty("%s", "ran") )
                when
                then
                end
                """.formatted(property);
        Path pack = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", drl));

        assertThatThrownBy(() -> RulePack.load(pack)).isInstanceOf(InvalidRulesException.class);
        assertThat(System.getProperty(property)).as("strict compiled nothing").isNull();

        RulePack.load(pack, RulePolicy.trusted());
        assertThat(System.getProperty(property)).as("Drools evaluated the annotation while compiling").isEqualTo("ran");
        System.clearProperty(property);
    }

    @Test
    void strictAllowsTheOrdinaryLanguageOfRules() {
        String drl = """
                package ordinary;
                import dev.accord.vocabulary.Assessment;
                import dev.accord.vocabulary.Recommendation;
                import dev.accord.vocabulary.Status;
                import java.time.LocalDate;
                import java.util.List;
                import java.util.ArrayList;

                declare enum Level LOW("low"), HIGH("high"); label : String end
                declare Report
                    id : String
                    score : double
                    level : Level
                    date : LocalDate
                    tags : java.util.List
                end

                function boolean recent(LocalDate d) {
                    return d != null && d.isAfter(LocalDate.of(2020, 1, 1));
                }

                rule "High and recent"
                    @explain("{$r.id} is high")
                    salience 10
                when
                    $r : Report( level == Level.HIGH, score > 2.5 && < 100, id matches "r-.*", $d : date )
                    eval( recent($d) )
                    not Report( level in (Level.LOW), id != $r.id )
                    $total : Number( doubleValue > 0 ) from accumulate( Report( $s : score ), sum( $s ) )
                    $all : List() from collect( Report() )
                    $t : String() from $r.getTags()
                then
                    List<String> seen = new ArrayList<>();
                    seen.add(String.valueOf(Math.max($total.doubleValue(), 1)));
                    insertLogical( new Assessment("c1", Status.MET) );
                end

                rule "Count with custom code"
                when
                    $n : Number( intValue > 0 ) from accumulate( Report(),
                        init( int c = 0; ) action( c++; ) reverse( c--; ) result( c ) )
                then
                    insert( new Recommendation("GO", "count " + $n) );
                end

                rule "Relabel" dialect "mvel"
                when
                    $r : Report( level == Level.LOW, score < 0 )
                then
                    modify( $r ) { score = 0 }
                end

                rule "Relabel in Java"
                when
                    $r : Report( score > 1000 )
                then
                    modify( $r ) { setScore( Math.min($r.getScore(), 1000) ) }
                    drools.delete( $r );
                end
                """;
        Path pack = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("ordinary.drl", drl));

        assertThat(RulePack.load(pack).ruleCount()).isEqualTo(4);
    }

    @Test
    void aPolicyIsExtendedWithoutChangingThePreset() {
        RulePolicy wider = RulePolicy.strict().allowPackage("java.util.logging").allowClass("java.util.UUID");

        assertThat(wider.allowsClass("java.util.logging.Level")).isTrue();
        assertThat(wider.allowsClass("java.util.UUID")).isTrue();
        assertThat(RulePolicy.strict().allowsClass("java.util.UUID")).isFalse();
        assertThat(RulePolicy.strict().allowsClass("java.util.Map.Entry")).as("nested in an allowed class").isTrue();
        assertThat(RulePolicy.strict().allowsClass("java.util.concurrent.Executors")).isFalse();
        assertThat(RulePolicy.trusted().checks()).isFalse();
        assertThatThrownBy(() -> RulePolicy.strict().allowClass("java.lang.Runtime; rm")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RulePolicy.trusted().allowClass("x.Y")).isInstanceOf(IllegalStateException.class);
    }
}
