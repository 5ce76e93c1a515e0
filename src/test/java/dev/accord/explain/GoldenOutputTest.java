package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.internal.Internals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format, byte for byte, against reviewed copies in src/test/resources/golden.
 * After an intended change, review the new output and regenerate with
 * {@code mvn test -Dtest=GoldenOutputTest -Daccord.golden.update=true}.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static Decision nato;
    private static Decision orders;
    private static Decision galleryFires;
    private static Decision galleryBlocks;
    private static RulePack gallery;

    @BeforeAll
    static void decide() {
        nato = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS));
        Path pack = Path.of("src/test/resources/packs/orders");
        orders = RulePack.load(pack).evaluate(FactSet.load(pack.resolve("short.yaml")));
        gallery = RulePack.load(ConstructGalleryTest.PACK);
        galleryFires = gallery.evaluate(FactSet.load(ConstructGalleryTest.PACK.resolve("fires.yaml")));
        galleryBlocks = gallery.evaluate(FactSet.load(ConstructGalleryTest.PACK.resolve("blocks.yaml")));
    }

    /** Why-not of every rule of the construct gallery: on blocks.yaml, and on fires.yaml for the rule that loses its activation-group. */
    private static List<WhyNot> galleryWhyNot() {
        List<WhyNot> out = new java.util.ArrayList<>();
        Internals.compiled(gallery).shapes().values().forEach(r -> out.add(galleryBlocks.whyNot(r.info().name())));
        out.add(galleryFires.whyNot("The grade is low"));
        out.add(galleryBlocks.whyNot("reported"));
        return out;
    }

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("nato.txt", (Render) () -> nato.render(Format.TEXT)),
                Arguments.of("nato.json", (Render) () -> nato.render(Format.JSON)),
                Arguments.of("nato.md", (Render) () -> nato.render(Format.MD)),
                Arguments.of("nato.dot", (Render) () -> nato.render(Format.DOT)),
                Arguments.of("nato.html", (Render) () -> HtmlRenderer.render(nato, false)),
                Arguments.of("nato-why-not-withdraw.txt", (Render) () -> WhyNotTextRenderer.render(nato.whyNot("WITHDRAW"))),
                Arguments.of("nato-why-not-withdraw.json", (Render) () -> WhyNotJson.render(nato.whyNot("WITHDRAW"))),
                Arguments.of("orders-short.txt", (Render) () -> orders.render(Format.TEXT)),
                Arguments.of("orders-short.json", (Render) () -> orders.render(Format.JSON)),
                Arguments.of("orders-short.md", (Render) () -> orders.render(Format.MD)),
                Arguments.of("orders-short.html", (Render) () -> HtmlRenderer.render(orders, false)),
                Arguments.of("orders-why-not-ship.txt", (Render) () -> WhyNotTextRenderer.render(orders.whyNot("SHIP"))),
                Arguments.of("gallery-fires.txt", (Render) () -> galleryFires.render(Format.TEXT)),
                Arguments.of("gallery-fires.json", (Render) () -> galleryFires.render(Format.JSON)),
                Arguments.of("gallery-blocks.txt", (Render) () -> galleryBlocks.render(Format.TEXT)),
                Arguments.of("gallery-why-not.txt", (Render) () -> String.join("\n",
                        galleryWhyNot().stream().map(WhyNotTextRenderer::render).toList())),
                Arguments.of("gallery-why-not.json", (Render) () -> "[" + String.join(",\n",
                        galleryWhyNot().stream().map(WhyNotJson::render).toList()) + "]\n"));
    }

    interface Render {
        String output();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void matchesTheReviewedOutput(String name, Render render) throws IOException {
        String actual = render.output();
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("accord.golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file; create it with -Daccord.golden.update=true").exists();
        assertThat(actual).as("output differs from " + golden + "; review and regenerate with -Daccord.golden.update=true")
                .isEqualTo(Files.readString(golden));
    }
}
