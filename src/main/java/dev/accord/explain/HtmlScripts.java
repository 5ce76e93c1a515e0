package dev.accord.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scripts the report inlines to draw its derivation graph: two libraries, kept byte for byte
 * as their npm packages ship them (see {@code vendor/README.md} beside them), and Accord's own
 * drawing script. Inlined rather than linked so the report stays one file that works offline.
 */
final class HtmlScripts {

    /** A library inlined into the page: what it is called, its version and licence, and its file. */
    record Library(String name, String version, String licence, String resource) {
    }

    static final List<Library> LIBRARIES = List.of(
            new Library("@dagrejs/dagre", "3.1.3", "MIT", "vendor/dagre-3.1.3.min.js"),
            new Library("svg-pan-zoom", "3.6.2", "BSD-2-Clause", "vendor/svg-pan-zoom-3.6.2.min.js"));

    private static final String GRAPH = read("graph.js");
    private static final java.util.Map<String, String> CODE = LIBRARIES.stream()
            .collect(java.util.stream.Collectors.toMap(Library::resource, l -> read(l.resource())));

    private HtmlScripts() {
    }

    /**
     * The script elements for the end of the page.
     *
     * @param libraries false writes a comment naming each library instead of its code: the golden
     *                  files then hold Accord's page without 80 KB of other projects' code
     */
    static String graph(boolean libraries) {
        StringBuilder out = new StringBuilder();
        for (Library l : LIBRARIES) {
            out.append("<script>/* ").append(l.name()).append(' ').append(l.version()).append(", ").append(l.licence())
                    .append(" licence */\n").append(libraries ? code(l) : "/* left out */\n").append("</script>\n");
        }
        return out.append("<script>\n").append(GRAPH).append("</script>\n").toString();
    }

    /** The library's code without its source-map comment: the map is not shipped, and a browser's tools would look for it. */
    private static String code(Library l) {
        String text = CODE.get(l.resource());
        return text.replaceAll("(?m)^//# sourceMappingURL=.*$", "").stripTrailing() + "\n";
    }

    private static String read(String resource) {
        try (InputStream in = HtmlScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report's script " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
