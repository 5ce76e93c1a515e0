package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Diagnostic;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord check} finds each kind of problem, at the right place, and nothing in a clean pack. */
class PackCheckTest {

    @Test
    void findsEveryKindOfProblemWhereItIs() {
        List<Diagnostic> found = PackCheck.check(RulePack.load(Path.of("src/test/resources/packs/check-findings")));

        assertThat(found).extracting(Diagnostic::toString).containsExactly(
                "pack.yaml:5:5: warning: condition 'unused' is assessed by no rule: it will always be NOT_ASSESSED",
                "pack.yaml:9:5: warning: action 'DANCE' is recommended by no rule",
                "rules.drl:8:5: warning: field Light.colour is read by no rule; mark it @context if it is there for the reader",
                "rules.drl:11:9: warning: type Ghost is matched by no rule: facts of it change nothing",
                "rules.drl:15:1: warning: rule \"Light on\" has no @explain: a reviewer will read only \"rule matched\" where it fires",
                "rules.drl:22:1: warning: @explain of rule \"Go when lit\" names {$driver}, but the rule binds no $driver; it binds $light",
                "rules.drl:30:1: warning: rules \"Go when lit\" (recommends GO) and \"Stop when lit\" (recommends STOP) can fire on"
                        + " the same facts with nothing to decide between them; make their conditions exclusive or give them"
                        + " different salience");
    }

    @Test
    void theDefaultPackAndTheOrdersPackAreClean() {
        assertThat(PackCheck.check(TestPacks.nato())).isEmpty();
        assertThat(PackCheck.check(RulePack.load(Path.of("src/test/resources/packs/orders")))).isEmpty();
    }

    @Test
    void rulesKeptApartBySalienceOrExclusiveAssessmentsAreNotAConflict(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package test;
                import dev.accord.vocabulary.*;
                declare Light
                    on : boolean
                end
                rule "c1" @explain("x") when Light( on ) then insertLogical(new Assessment("c1", Status.MET)); end
                rule "c2" @explain("x") when Light( !on ) then insertLogical(new Assessment("c2", Status.NOT_MET)); end
                rule "Go" @explain("x") when Assessment( condition == "c1", status == Status.MET ) then
                    insertLogical(new Recommendation("GO", "")); end
                rule "Wait" @explain("x") when Assessment( condition == "c1", status == Status.NOT_MET ) then
                    insertLogical(new Recommendation("WAIT", "")); end
                rule "Wait too" @explain("x") salience 10 when Light( on ) then
                    insertLogical(new Recommendation("WAIT", "")); end
                """));

        assertThat(PackCheck.check(pack)).filteredOn(d -> d.message().contains("nothing to decide")).isEmpty();
    }
}
