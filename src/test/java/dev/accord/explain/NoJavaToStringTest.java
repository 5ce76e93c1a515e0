package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.internal.Internals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No output of any format, on the construct gallery, the default pack or the corpus packs, shows
 * a reader Java's insides: an object's {@code toString} ({@code Foo( a=1 )}, {@code Foo@1a2b3c}),
 * an array marker ({@code [Ljava.lang.Object;}), {@code null}, or an expression-language or
 * parser error. Why-not is asked of every action, condition and rule of each pack.
 */
class NoJavaToStringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Map<Path, RulePack> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a reader must never see, each with a name for the failure message. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\b[A-Z]\\w*\\( \\w+=[^=]"), // Drools' toString of a declared type: Foo( a=1, b=2 )
            Pattern.compile("\\w@[0-9a-f]{5,}\\b"), // Object.toString: Foo@1a2b3c
            Pattern.compile("\\[L[\\w.$]+;"), // an array's toString
            Pattern.compile("\\bnull\\b"),
            Pattern.compile("\\[Error:|unable to resolve|arglength|Descr\\b|Exception\\b|[A-Z]\\w+\\.\\w+\\.\\w+Descr"),
            Pattern.compile("\\b\\d+\\.\\d*(9999|0000)\\d\\b")); // a double's noise

    static Stream<Arguments> decisions() throws IOException {
        List<Arguments> out = new ArrayList<>();
        Path gallery = ConstructGalleryTest.PACK;
        out.add(Arguments.of(gallery, gallery.resolve("fires.yaml")));
        out.add(Arguments.of(gallery, gallery.resolve("blocks.yaml")));
        try (Stream<Path> facts = Files.list(Path.of("facts"))) {
            facts.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                    .forEach(f -> out.add(Arguments.of(TestPacks.NATO_DIR, f)));
        }
        try (Stream<Path> packs = Files.list(Path.of("rules/corpus"))) {
            for (Path pack : packs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> scenarios = Files.list(pack.resolve("scenarios"))) {
                    scenarios.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> out.add(Arguments.of(pack, f)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("decisions")
    void noOutputShowsJavaObjectsNullsOrParserErrors(Path packDir, Path facts) {
        RulePack pack = packDir.equals(TestPacks.NATO_DIR) ? TestPacks.nato() : LOADED.computeIfAbsent(packDir, RulePack::load);
        Decision d = pack.evaluate(FactSet.load(facts));
        List<String> found = new ArrayList<>();
        scan("text", d.render(Format.TEXT), found);
        scan("md", d.render(Format.MD), found);
        scan("dot", d.render(Format.DOT), found);
        String html = HtmlRenderer.render(d, false);
        scan("html", visibleText(html), found);
        scanJson("html graph", graphData(html), found);
        scanJson("json", d.render(Format.JSON), found);
        List<String> targets = new ArrayList<>();
        pack.actions().forEach(a -> targets.add(a.id()));
        pack.conditions().forEach(c -> targets.add(c.id()));
        Internals.compiled(pack).shapes().values().forEach(s -> targets.add(s.info().name()));
        for (String target : targets) {
            WhyNot answer = d.whyNot(target);
            scan("why-not " + target, WhyNotTextRenderer.render(answer), found);
            scanJson("why-not json " + target, WhyNotJson.render(answer), found);
        }
        assertThat(found).as("Java insides shown to a reader").isEmpty();
    }

    private static void scan(String where, String output, List<String> found) {
        for (String line : output.split("\n")) {
            for (Pattern p : FORBIDDEN) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    found.add(where + ": '" + m.group() + "' in: " + line.strip());
                }
            }
        }
    }

    /**
     * JSON's own nulls are values, not text: only the strings are read, and not "written", which
     * is the DRL of a condition as the analyst wrote it, code rather than words.
     */
    private static void scanJson(String where, String json, List<String> found) {
        try {
            strings(JSON.readTree(json), where, found);
        } catch (IOException e) {
            throw new AssertionError(where + " is not JSON", e);
        }
    }

    private static void strings(JsonNode node, String where, List<String> found) {
        if (node.isTextual()) {
            scan(where, node.asText(), found);
        }
        node.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("written")) {
                strings(f.getValue(), where, found);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> strings(child, where, found));
        }
    }

    /** The graph the page's script draws: its boxes' text is in a JSON element, not in the page's markup. */
    private static String graphData(String html) {
        Matcher m = Pattern.compile("(?s)<script type=\"application/json\" id=\"graph-data\">(.*?)</script>").matcher(html);
        assertThat(m.find()).as("the report holds its graph").isTrue();
        return m.group(1);
    }

    /** The text of an HTML page a reader sees: no scripts, styles or tags. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("<[^>]+>", "\n");
    }
}
