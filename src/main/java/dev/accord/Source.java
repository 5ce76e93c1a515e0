package dev.accord.facts;

import dev.accord.Location;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A citation that facts and conditions refer to by {@code key}: the report, statement or
 * agreement a fact is taken from. Only {@code title} is required.
 */
public record Source(String key, String title, String publisher, LocalDate published, String url,
        Location location) {

    private static final Set<String> KEYS = Set.of("title", "publisher", "published", "url");

    /** "UNAMA Annual Report 2020 (UNAMA, 2021-02-23)": the title, then what is known of who and when. */
    public String citation() {
        StringBuilder b = new StringBuilder(title);
        String by = publisher == null ? "" : publisher;
        String when = published == null ? "" : published.toString();
        if (!by.isEmpty() || !when.isEmpty()) {
            b.append(" (").append(by).append(!by.isEmpty() && !when.isEmpty() ? ", " : "").append(when).append(')');
        }
        return b.toString();
    }

    /** Reads a {@code sources:} mapping (key to citation) as fact sets and {@code pack.yaml} both write it. */
    public static Map<String, Source> readAll(MappingView view, Problems problems) {
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
