package dev.accord.facts;

import dev.accord.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the {@code sources:} of fact sets and {@code pack.yaml}: citations by key. */
public final class SourcesReader {

    private static final Set<String> KEYS = Set.of("title", "publisher", "published", "url");

    private SourcesReader() {
    }

    /** Reads a {@code sources:} mapping (key to citation) as fact sets and {@code pack.yaml} both write it. */
    public static Map<String, Source> read(MappingView view, Problems problems) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (view == null) {
            return sources;
        }
        for (Node.Entry e : view.mapping().entries().values()) {
            MappingView s = MappingView.of(e.value(), "source '" + e.key() + "'", problems);
            if (s == null) {
                continue;
            }
            s.allowOnly(KEYS);
            String title = s.requiredText("title");
            sources.put(e.key(), new Source(e.key(), title == null ? e.key() : title, s.text("publisher"),
                    s.date("published"), s.text("url"), e.keyLocation()));
        }
        return sources;
    }
}
