package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@code --memory} takes sizes as {@code -Xmx} does. */
class MemorySizeConverterTest {

    private final MemorySizeConverter converter = new MemorySizeConverter();

    @Test
    void readsSizesWithTheUnitsOfXmx() {
        assertThat(converter.convert("512m")).isEqualTo(512L << 20);
        assertThat(converter.convert("2G")).isEqualTo(2L << 30);
        assertThat(converter.convert("800k")).isEqualTo(800L << 10);
        assertThat(converter.convert("1048576")).isEqualTo(1L << 20);
    }

    @Test
    void refusesWhatIsNotAPositiveSize() {
        for (String bad : new String[] {"0", "0m", "-5m", "lots", "5t", "9999999999g"}) {
            assertThatThrownBy(() -> converter.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("is not a positive size");
        }
    }
}
