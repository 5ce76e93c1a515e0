package dev.accord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStyleTest {

    @Test
    void plainTextIsNeitherWrappedNorColoured() {
        String long_ = "because " + "word ".repeat(40).strip();

        assertThat(TextStyle.PLAIN.format("  ", long_, false)).isEqualTo("  " + long_ + "\n");
    }

    @Test
    void longLinesWrapAtSpacesWithADeeperIndentAndNoLineIsTooWide() {
        String text = "because the Taliban keep ties with al-Qaeda, per un-monitoring-team-11  [rule \"Ties\", ties.drl:8]";

        String wrapped = new TextStyle(40, false).format("    ", text, false);

        assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(wrapped.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("        "));
        assertThat(wrapped.replaceAll("\\s+", " ").strip()).as("no word lost").isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Test
    void colourMarksStatusesLocationsAndHeadings() {
        TextStyle colour = new TextStyle(0, true);

        assertThat(colour.format("", "Conditions", true)).isEqualTo("\u001b[1mConditions\u001b[0m\n");
        assertThat(colour.format("  ", "NOT_MET  ties-cut", false)).isEqualTo("  \u001b[31mNOT_MET\u001b[0m  ties-cut\n");
        assertThat(colour.format("", "x  [ties.drl:8]", false)).isEqualTo("x  \u001b[2m[ties.drl:8]\u001b[0m\n");
    }
}
