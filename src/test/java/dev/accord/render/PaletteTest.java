package dev.accord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void everyStatusAndTheFirstActionsHaveColoursOfTheirOwn() {
        assertThat(Palette.STATUSES).containsExactly("MET", "NOT_MET", "UNKNOWN", "CONFLICT", "NOT_ASSESSED");
        java.util.List<String> fills = new java.util.ArrayList<>(Palette.STATUSES.stream().map(Palette::fill).toList());
        for (int n = 0; n < 5; n++) {
            fills.add(Palette.action("ACTION" + n, n)[0]);
        }
        fills.add(Palette.action("NONE", 0)[0]);
        assertThat(fills).doesNotHaveDuplicates();
        assertThat(Palette.action("CONFLICT", 3)[0]).isEqualTo(Palette.fill("CONFLICT"));
    }
}
