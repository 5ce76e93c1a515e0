package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.render.ShownPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A report names files as paths from the working folder, never as this machine's absolute paths. */
class HtmlReportPathsTest {

    @Test
    void aPackAndFactsGivenByAbsolutePathAreShownRelativeToTheWorkingFolder() {
        Path pack = Path.of("src/test/resources/packs/orders").toAbsolutePath();
        String html = RulePack.load(pack).evaluate(FactSet.load(pack.resolve("short.yaml"))).render(Format.HTML);

        assertThat(html).doesNotContain(Path.of("").toAbsolutePath().toString())
                .contains("<code>src/test/resources/packs/orders</code>")
                .contains("src/test/resources/packs/orders/short.yaml:");
    }

    @Test
    void aPathOutsideTheWorkingFolderIsShownFromIt() {
        Path work = Path.of("/home/analyst/agreements").toAbsolutePath();

        assertThat(ShownPath.of(work.resolve("rules/pack/ties.drl").toString(), work)).isEqualTo("rules/pack/ties.drl");
        assertThat(ShownPath.of(work.resolveSibling("shared/facts.yaml").toString(), work)).isEqualTo("../shared/facts.yaml");
        assertThat(ShownPath.of("facts/x.yaml", work)).isEqualTo("facts/x.yaml");
    }

    @Test
    void aPathFarFromTheWorkingFolderIsShownWhole() {
        Path work = Path.of("/home/analyst/agreements").toAbsolutePath();
        Path far = work.getRoot().resolve("tmp/accord-1/facts/x.yaml");

        assertThat(ShownPath.of(far.toString(), work)).isEqualTo(far.toString().replace('\\', '/')).doesNotContain("..");
        assertThat(ShownPath.of(work.getParent().getParent().toString(), work)).doesNotContain("..");
    }
}
