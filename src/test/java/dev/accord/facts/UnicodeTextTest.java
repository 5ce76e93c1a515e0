package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Text given to {@code FactSet.parse} is a Java string and may hold what no UTF-8 file can: an
 * unpaired surrogate. Found by fuzzing: at a parser buffer boundary it made the YAML reader throw
 * IndexOutOfBoundsException.
 */
class UnicodeTextTest {

    @Test
    void anUnpairedSurrogateAnywhereIsADiagnosticWithItsPlace() throws IOException {
        String valid = Files.readString(TestPacks.DEFAULT_FACTS);
        for (int at = 0; at < Math.min(valid.length(), 3000); at += at >= 1000 && at < 1100 ? 1 : 7) {
            String text = valid.substring(0, at) + '\uD800' + valid.substring(at);
            for (String name : new String[] {"f.yaml", "f.json"}) {
                Throwable thrown = catchThrowable(() -> FactSet.parse(text, name));
                assertThat(thrown).as("surrogate at %d in %s", at, name).isInstanceOf(InvalidFactsException.class);
            }
        }
    }

    @Test
    void theDiagnosticNamesTheLineAndColumn() {
        Throwable thrown = catchThrowable(() -> FactSet.parse("facts:\n  - type: A\n    name: x\uDC00y\n", "s.yaml"));

        assertThat(((InvalidFactsException) thrown).diagnostics()).extracting(Object::toString)
                .containsExactly("s.yaml:3:12: error: an unpaired surrogate (U+DC00): the text is not valid Unicode");
    }
}
