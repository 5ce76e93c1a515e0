package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The clock of an as-of date, at the ends of what Java's dates reach. */
class AsOfTest {

    @Test
    void theClockOfADateIsTheLastMillisecondOfThatDay() {
        assertThat(AsOf.clockFor(LocalDate.parse("1970-01-01"))).isEqualTo(86_399_999L);
    }

    @Test
    void timesPastWhatALongHoldsSaturateInsteadOfOverflowing() {
        assertThat(AsOf.clockFor(LocalDate.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(AsOf.firstUnseen(LocalDate.MAX)).isEqualTo(LocalDateTime.MAX);
        assertThat(AsOf.millis(LocalDateTime.of(300_000_000, 1, 1, 0, 0))).isEqualTo(Long.MAX_VALUE);
        assertThat(AsOf.millis(LocalDateTime.of(-300_000_000, 1, 1, 0, 0))).isEqualTo(Long.MIN_VALUE);
    }
}
