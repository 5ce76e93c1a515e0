package dev.accord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.explain.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Huge values a rule can make are described by their size in explanations, not written out. */
class ValuesSizeTest {

    @Test
    void aWholeNumberOfThousandsOfDigitsIsDescribedByItsSize() {
        assertThat(Values.format(BigInteger.ONE.shiftLeft(100_000))).isEqualTo("a whole number of about 30,103 digits");
        assertThat(Values.format(BigInteger.TEN.pow(20))).isEqualTo("100000000000000000000");
    }

    @Test
    void aDecimalWithAHugeExponentKeepsItsShortForm() {
        assertThat(Values.format(BigDecimal.ONE.scaleByPowerOfTen(100_000_000))).isEqualTo("1E+100000000");
        assertThat(Values.format(new BigDecimal(BigInteger.ONE.shiftLeft(10_000), 3))).isEqualTo("a number of 3,011 significant digits");
        assertThat(Values.format(new BigDecimal("12.50"))).isEqualTo("12.5");
    }

    @Test
    void aLongTextAndALongListAreCut() {
        assertThat(Values.format("x".repeat(20_000))).hasSize(10_000 + "… (10000 more characters)".length())
                .endsWith("… (10000 more characters)");
        assertThat(Values.format(Collections.nCopies(1_500, 7))).endsWith("7, 7, and 500 more]");
    }

    @Test
    void anExplanationOfAHugeBoundValueDescribesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        dev.accord.RulePack pack = dev.accord.TestPacks.load(dir.resolve("pack"), dev.accord.TestPacks.SIMPLE_MANIFEST,
                java.util.Map.of("rules.drl", """
                        package huge;
                        import dev.accord.vocabulary.Assessment;
                        import dev.accord.vocabulary.Status;
                        import java.math.BigInteger;
                        rule "Huge"
                            @explain("the number is {$b}")
                        when
                            $b : BigInteger() from BigInteger.ONE.shiftLeft(50000000)
                        then
                            insertLogical(new Assessment("c1", Status.MET));
                        end
                        """));

        dev.accord.Decision decision = pack.evaluate(dev.accord.TestPacks.facts("f.yaml", "facts: []\n"));

        assertThat(decision.render(Format.TEXT)).contains("the number is a whole number of about 15,051,500 digits");
        assertThat(decision.render(Format.JSON)).contains("a whole number of about 15,051,500 digits");
    }
}
