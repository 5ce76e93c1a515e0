package dev.accord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Condition;
import dev.accord.Location;
import dev.accord.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ids and actions from a pack that CSV would misread stay one cell each. */
class TimelineCsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaksAndDefusesFormulas() {
        Condition odd = new Condition("a,\"b\"\nc", "odd", null, null, new Location("pack.yaml", 3, 5));
        Condition formula = new Condition("=HYPERLINK(1)", "formula", null, null, new Location("pack.yaml", 4, 5));
        Timeline.Step step = new Timeline.Step(LocalDate.parse("2021-02-15"), "GO, now",
                Map.of(odd.id(), "MET", formula.id(), "NOT_MET"), Map.of());
        Timeline timeline = new Timeline("pack", "f.yaml", List.of(odd, formula), List.of(step), List.of());

        assertThat(TimelineCsv.render(timeline)).isEqualTo("""
                date,recommendation,"a,""b""
                c",'=HYPERLINK(1)
                2021-02-15,"GO, now",MET,NOT_MET
                """);
    }
}
