package dev.accord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How numbers read in explanations: no trailing ".0", no exponent. */
class ValuesTest {

    @Test
    void wholeNumbersReadWithoutADecimalPoint() {
        assertThat(Values.format(45.0)).isEqualTo("45");
        assertThat(Values.format(-20.0)).isEqualTo("-20");
        assertThat(Values.format(-0.0)).isEqualTo("0");
        assertThat(Values.format(3.0f)).isEqualTo("3");
        assertThat(Values.format(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void fractionsKeepTheirDigitsAndNoMore() {
        assertThat(Values.format(-12.5)).isEqualTo("-12.5");
        assertThat(Values.format(0.1)).isEqualTo("0.1");
        assertThat(Values.format(1.25e-7)).isEqualTo("0.000000125");
    }

    @Test
    void arithmeticNoiseIsRoundedAway() {
        assertThat(Values.format(3140.2999999999997)).isEqualTo("3140.3");
        assertThat(Values.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Values.format(-183.89999999999998)).isEqualTo("-183.9");
        assertThat(Values.format(1.0 / 3)).isEqualTo("0.333333333333333");
    }

    @Test
    void anUnsetValueIsNotStated() {
        assertThat(Values.format(null)).isEqualTo("not stated");
    }

    /** The shortcut for whole numbers must write what the general form writes. */
    @Test
    void everyDoubleReadsAsItsShortestDecimalToFifteenDigits() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double d = switch (i % 4) {
                case 0 -> random.nextInt(2_000_001) - 1_000_000;
                case 1 -> Math.round(random.nextGaussian() * 1e6) / 10.0;
                case 2 -> (double) random.nextLong();
                default -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 10);
            };
            assertThat(Values.format(d)).isEqualTo(BigDecimal.valueOf(d).round(new java.math.MathContext(15))
                    .stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void theValuesOfAnAccumulateOfSeveralFunctionsReadAsAList() {
        assertThat(Values.format(new Object[] {210.75, 2L, null})).isEqualTo("[210.75, 2, not stated]");
    }
}
