package dev.accord.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every syntax error of a pack comes out of one load, each at its 1-based line and column, in Accord's words only. */
class DrlSyntaxErrorsTest {

    @Test
    void reportsEverySyntaxErrorOfEveryFileInOneRunWithOneBasedPositionsOnly(@TempDir Path dir) {
        Path pack = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("a.drl", """
                package t;
                rule "One"
                when
                    Foo( x == )
                then
                end

                rule "Two"
                when
                    Bar( y == == )
                then
                end
                """, "b.drl", """
                package t;
                rule "Three" when Baz( == 1 ) then end
                """));

        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack));

        assertThat(e.diagnostics()).extracting(d -> d.location().file() + ":" + d.location().line())
                .contains("a.drl:4", "a.drl:10", "b.drl:2");
        assertThat(e.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.matches("(?s).*\\bLine \\d+:\\d+.*"));
        assertThat(e.diagnostics()).filteredOn(d -> d.location().line() == 4).first()
                .satisfies(d -> assertThat(d.location().column()).isEqualTo(15));
    }
}
