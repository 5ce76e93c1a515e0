package dev.accord.facts;

import dev.accord.Expectation;
import dev.accord.Location;
import dev.accord.Source;
import dev.accord.vocabulary.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fact-set format of {@code docs/fact-sets.md}: {@code asOf}, {@code sources},
 * {@code facts}, {@code expect}. Checks everything that can be checked without a pack.
 */
public final class FactSetReader {

    /** Keys of a fact entry that are about the fact rather than fields of its type. */
    public static final Set<String> META_KEYS = Set.of("type", "id", "source", "fixed", "confidence");

    private static final Set<String> TOP_KEYS = Set.of("title", "asOf", "sources", "facts", "include", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("recommendation", "assessments", "fired", "notFired");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final String file;
    private final Problems problems;

    private FactSetReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Returns the fact set, or null when {@code problems} has errors. */
    public static FactSetData read(String text, String file, Problems problems) {
        if (text.length() > InputLimits.MAX_FACT_FILE_BYTES) {
            problems.error(Location.of(file), "the text is " + text.length() + " characters, more than the limit of "
                    + InputLimits.MAX_FACT_FILE_BYTES);
            return null;
        }
        Node root = TreeReader.read(text, file, problems);
        if (root == null) {
            return null;
        }
        FactSetData data = new FactSetReader(file, problems).read(root);
        return problems.hasErrors() ? null : data;
    }

    /**
     * Reads a fact set given as a tree of nodes rather than text (a fact set built in code): the
     * same checks and the same diagnostics as for a file. Returns null when {@code problems} has errors.
     */
    public static FactSetData read(Node root, String file, Problems problems) {
        FactSetData data = new FactSetReader(file, problems).read(root);
        return problems.hasErrors() ? null : data;
    }

    private FactSetData read(Node root) {
        MappingView top = MappingView.of(root, "fact set", problems);
        if (top == null) {
            return null;
        }
        top.allowOnly(TOP_KEYS);
        Map<String, Source> sources = SourcesReader.read(top.mapping("sources"), problems);
        List<Fact> facts = facts(top.list("facts"), sources);
        if (!top.has("facts")) {
            problems.error(top.location(), "fact set: missing 'facts' (the list of what is known)");
        }
        Map<String, Location> ids = new HashMap<>();
        facts.stream().filter(f -> f.id() != null).forEach(f -> ids.putIfAbsent(f.id(), f.location()));
        List<Include> includes = IncludeReader.read(top.list("include"), file, sources, ids, problems);
        Expectation expectation = expectation(top.mapping("expect"));
        return new FactSetData(file, top.text("title"), top.date("asOf"), Collections.unmodifiableMap(sources),
                List.copyOf(facts), expectation, includes);
    }

    private List<Fact> facts(List<Node> items, Map<String, Source> sources) {
        List<Fact> facts = new ArrayList<>();
        if (items.size() > InputLimits.MAX_FACTS) {
            problems.error(items.get(InputLimits.MAX_FACTS).location(), "fact #" + (InputLimits.MAX_FACTS + 1)
                    + ": a fact set holds at most " + InputLimits.MAX_FACTS + " facts; this one has " + items.size());
            return facts;
        }
        Map<String, Location> idLocations = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MappingView f = MappingView.of(items.get(i), "fact #" + (i + 1), problems);
            if (f == null) {
                continue;
            }
            String id = f.text("id");
            String context = id != null ? "fact '" + id + "'" : "fact #" + (i + 1);
            f = new MappingView(f.mapping(), context, problems);
            String type = f.requiredText("type");
            checkId(f, id, idLocations);
            String source = f.text("source");
            if (source != null && !sources.containsKey(source)) {
                problems.error(f.mapping().get("source").location(), context + ": unknown source '" + source + "'; "
                        + (sources.isEmpty() ? "the fact set defines no sources" : "defined: " + String.join(", ", sources.keySet())));
            }
            Map<String, Node.Entry> fields = new LinkedHashMap<>(f.mapping().entries());
            fields.keySet().removeAll(META_KEYS);
            for (Node.Entry e : fields.values()) {
                if (e.value() instanceof Node.Scalar s && s.value() instanceof String text && isFarDate(text)) {
                    problems.error(e.value().location(), context + ": " + e.key() + ": " + farDate(text));
                }
            }
            Fact fact = new Fact(type, id, source, i, f.location(), Collections.unmodifiableMap(fields), 0,
                    fixed(f, fields), confidence(f));
            facts.add(fact);
        }
        return facts;
    }

    private static final Pattern FAR_DATE = Pattern.compile("([+-][0-9]{4,}|[0-9]{5,})-[0-9]{2}-[0-9]{2}([T ].*)?");

    /**
     * A date with a year past 9999 or before 0 ({@code +292278994-08-17}), which Java reads but
     * which overflows the engine's clock: refused where it is written, in fact sets and CSV cells.
     */
    public static boolean isFarDate(String text) {
        if (text.length() < 11) {
            return false;
        }
        char c = text.charAt(0);
        return (c == '+' || c == '-' || Character.isDigit(c) && Character.isDigit(text.charAt(4))) && FAR_DATE.matcher(text).matches();
    }

    /** What is wrong with a far date, for a diagnostic. */
    public static String farDate(String text) {
        return "the date '" + text + "' has a year outside 0000-9999; dates are written YYYY-MM-DD";
    }

    /** {@code fixed: true} fixes the whole fact; {@code fixed: [status]} names the fields that are fixed. */
    private Set<String> fixed(MappingView f, Map<String, Node.Entry> fields) {
        Node node = f.mapping().get("fixed");
        if (node == null) {
            return Set.of();
        }
        if (node instanceof Node.Scalar s && s.value() instanceof Boolean b) {
            return b ? Set.of(Fact.ALL_FIELDS) : Set.of();
        }
        if (node instanceof Node.Sequence seq) {
            Set<String> names = new java.util.LinkedHashSet<>();
            for (Node item : seq.items()) {
                if (item instanceof Node.Scalar s && s.isText() && fields.containsKey((String) s.value())) {
                    names.add((String) s.value());
                } else {
                    problems.error(item.location(), "fixed: expected the name of a field of this fact, got " + item.kind());
                }
            }
            return Set.copyOf(names);
        }
        problems.error(node.location(), "fixed: expected true, false or a list of field names, got " + node.kind());
        return Set.of();
    }

    /** {@code confidence: 0.7}: the analyst's belief that the fact holds. */
    private Double confidence(MappingView f) {
        Node node = f.mapping().get("confidence");
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.value() instanceof Number n) {
            double p = n.doubleValue();
            if (p >= 0 && p <= 1) {
                return p;
            }
        }
        problems.error(node.location(), "confidence: expected a number from 0 to 1, got " + node.kind());
        return null;
    }

    private void checkId(MappingView f, String id, Map<String, Location> idLocations) {
        if (id == null) {
            return;
        }
        Location at = f.mapping().get("id").location();
        Location first = idLocations.putIfAbsent(id, at);
        if (!ID.matcher(id).matches()) {
            problems.error(at, "fact '" + id + "': an id has letters, digits, '-' and '_' only, starting with a letter or digit");
        } else if (first != null) {
            problems.error(at, "duplicate id '" + id + "' (first used at "
                    + (first.line() > 0 ? "line " + first.line() : first.file()) + ")");
        }
    }

    private Expectation expectation(MappingView view) {
        if (view == null) {
            return null;
        }
        view.allowOnly(EXPECT_KEYS);
        Map<String, Status> assessments = new LinkedHashMap<>();
        MappingView a = view.mapping("assessments");
        if (a != null) {
            for (Node.Entry e : a.mapping().entries().values()) {
                Status status = status(e.value(), "expect.assessments." + e.key());
                if (status != null) {
                    assessments.put(e.key(), status);
                }
            }
        }
        return new Expectation(view.text("recommendation"), Collections.unmodifiableMap(assessments),
                ruleNames(view, "fired"), ruleNames(view, "notFired"), view.location());
    }

    private List<String> ruleNames(MappingView view, String key) {
        List<String> names = new ArrayList<>();
        for (Node item : view.list(key)) {
            if (item instanceof Node.Scalar s && s.isText()) {
                names.add((String) s.value());
            } else {
                problems.error(item.location(), "expect." + key + ": expected rule names (texts), got " + item.kind());
            }
        }
        return List.copyOf(names);
    }

    private Status status(Node node, String what) {
        if (node instanceof Node.Scalar s && s.isText()) {
            try {
                return Status.valueOf((String) s.value());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.error(node.location(), what + ": expected one of "
                + Arrays.stream(Status.values()).map(Enum::name).collect(Collectors.joining(", ")) + ", got " + node.kind());
        return null;
    }
}
