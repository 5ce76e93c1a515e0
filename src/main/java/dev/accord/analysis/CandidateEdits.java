package dev.accord.analysis;

import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.engine.FactBinder;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import dev.accord.internal.Internals;
import dev.accord.rules.Constraint;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single changes a what-if search tries, drawn from the pack itself and never from a list
 * written for one domain: for each field a rule reads, the literals and thresholds its
 * constraints compare it with (and one either side of a number), every constant of an enum,
 * the other truth value, the dates of the fact set a day either side; removing each fact; and
 * adding a fact a rule's pattern asks for. Nothing the fact set marks fixed is touched.
 */
final class CandidateEdits {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])-?\\d+(?:\\.\\d+)?(?![\\w.])");
    /** A constraint that compares one field with one number: {@code amount > 200}. */
    private static final Pattern PLAIN_COMPARISON =
            Pattern.compile("\\s*[\\w.$()]+\\s*(?:==|!=|<=|>=|<|>)\\s*-?\\d+(?:\\.\\d+)?\\s*");
    private static final Pattern ENUM = Pattern.compile("\\b[A-Z]\\w*\\.([A-Z][A-Z0-9_]*)\\b");

    /** Past this many CSV rows in all, what-if leaves the rows as they are (each is a search step or more). */
    static final int MAX_ROWS_TRIED = 1_000;

    private final RulePack pack;
    private final FactSet facts;
    /** Field name to the literals rules compare it with. */
    private final Map<String, Set<Object>> literals = new HashMap<>();
    private final Set<BigDecimal> numbers = new TreeSet<>();
    private final Set<String> read = new java.util.HashSet<>();
    /** Fields read through a variable, {@code $t.reportChangePercent}. */
    private final Set<String> referencedFields = new java.util.HashSet<>();
    /**
     * For a field name, the fields of other types it is compared with through a variable, as
     * {@code Type.field}: {@code periodFrom >= $signed} relates periodFrom to Agreement.signed.
     */
    private final Map<String, Set<String>> related = new HashMap<>();
    /** Variables bound to a field, as {@code Type.field} ({@code $signed : signed} in an Agreement pattern). */
    private final Map<String, String> boundFields = new HashMap<>();
    /** Variables bound to a pattern's fact, to its type ({@code $order : Order}). */
    private final Map<String, String> boundTypes = new HashMap<>();

    private static final Pattern VARIABLE_FIELD = Pattern.compile("(\\$\\w+)(?:\\.(\\w+))?");

    private CandidateEdits(RulePack pack, FactSet facts) {
        this.pack = pack;
        this.facts = facts;
    }

    static List<FactEdit> of(RulePack pack, FactSet facts) {
        return of(pack, facts, pack.evaluate(facts));
    }

    /** @param original the decision on the unchanged facts, whose working memory holds the values rules compare with */
    static List<FactEdit> of(RulePack pack, FactSet given, dev.accord.Decision original) {
        // Rows of CSV includes are facts too: edited and removed like the others, when there are few enough to try.
        FactSet facts = given.rowsReadable(MAX_ROWS_TRIED) ? given.withRowsRead() : given;
        CandidateEdits c = new CandidateEdits(pack, facts);
        for (RuleShape r : Internals.compiled(pack).shapes().values()) {
            c.bindings(r.conditions());
        }
        for (RuleShape r : Internals.compiled(pack).shapes().values()) {
            c.scan(r.conditions());
        }
        c.comparedValues(original.workingMemory());
        List<FactEdit> edits = new ArrayList<>();
        for (Fact f : Internals.factSets().facts(facts)) {
            if (!f.isFixed()) {
                c.fieldEdits(f, edits);
            }
        }
        for (Fact f : Internals.factSets().facts(facts)) {
            if (!f.isFixed()) {
                edits.add(new FactEdit.RemoveFact(f.label()));
            }
        }
        edits.addAll(NewFacts.askedFor(pack, facts));
        return edits;
    }

    private void bindings(List<LhsElement> elements) {
        for (LhsElement e : elements) {
            if (e instanceof LhsElement.Pattern p) {
                if (p.binding() != null) {
                    boundTypes.put(p.binding(), p.type());
                }
                p.constraints().stream().filter(c -> c.binding() != null && c.bound() != null)
                        .forEach(c -> boundFields.put(c.binding(), p.type() + "." + c.bound().strip()));
                if (p.source() instanceof LhsElement.Accumulate acc) {
                    bindings(acc.inputs());
                } else if (p.source() instanceof LhsElement.Collect collect) {
                    bindings(collect.inputs());
                }
            } else if (e instanceof LhsElement.Forall f) {
                bindings(f.elements());
            } else if (e instanceof LhsElement.Not n) {
                bindings(n.elements());
            } else if (e instanceof LhsElement.Exists x) {
                bindings(x.elements());
            } else if (e instanceof LhsElement.Or o) {
                bindings(o.branches());
            }
        }
    }

    private void scan(List<LhsElement> elements) {
        for (LhsElement e : elements) {
            if (e instanceof LhsElement.Pattern p) {
                p.constraints().forEach(this::scan);
                if (p.source() instanceof LhsElement.Accumulate acc) {
                    scan(acc.inputs());
                } else if (p.source() instanceof LhsElement.Collect collect) {
                    scan(collect.inputs());
                }
            } else if (e instanceof LhsElement.Forall f) {
                scan(f.elements());
            } else if (e instanceof LhsElement.Eval ev) {
                scanEval(ev.expression());
            } else if (e instanceof LhsElement.Not n) {
                scan(n.elements());
            } else if (e instanceof LhsElement.Exists x) {
                scan(x.elements());
            } else if (e instanceof LhsElement.Or o) {
                scan(o.branches());
            }
        }
    }

    private void scan(Constraint c) {
        if (c.bound() != null) {
            read.add(c.bound().strip());
        }
        if (c.subject() == null) {
            return;
        }
        String field = c.subject().strip();
        read.add(field);
        Matcher v = VARIABLE_FIELD.matcher(c.text());
        while (v.find()) {
            if (v.group(2) != null) {
                referencedFields.add(v.group(2));
            }
            String type = boundTypes.get(v.group(1));
            String other = v.group(2) != null && type != null ? type + "." + v.group(2) : boundFields.get(v.group(1));
            if (other != null) {
                related.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(other);
            }
        }
        Set<Object> values = literals.computeIfAbsent(field, k -> new LinkedHashSet<>());
        String text = c.text();
        Matcher s = STRING.matcher(text);
        while (s.find()) {
            values.add(s.group(1));
        }
        Matcher e = ENUM.matcher(STRING.matcher(text).replaceAll(""));
        while (e.find()) {
            values.add(e.group(1));
        }
        Matcher n = NUMBER.matcher(STRING.matcher(text).replaceAll(""));
        boolean threshold = PLAIN_COMPARISON.matcher(text).matches();
        while (n.find()) {
            BigDecimal d = new BigDecimal(n.group());
            values.add(d);
            if (threshold) {
                numbers.add(d); // a threshold any field might be brought to; not a number inside arithmetic ("10 + 1")
            }
        }
    }

    /**
     * The fields an {@code eval} reads ({@code $p.getSpent()}, {@code $p.months}) get the numbers
     * it compares with as their candidates: the change that can flip it is drawn from it.
     */
    private void scanEval(String expression) {
        String text = STRING.matcher(expression).replaceAll("");
        List<BigDecimal> compared = new ArrayList<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            compared.add(new BigDecimal(n.group()));
        }
        Matcher v = VARIABLE_FIELD.matcher(text);
        while (v.find()) {
            String property = v.group(2);
            if (property == null) {
                continue;
            }
            String field = property.startsWith("get") && property.length() > 3
                    ? Character.toLowerCase(property.charAt(3)) + property.substring(4) : property;
            read.add(field);
            literals.computeIfAbsent(field, k -> new LinkedHashSet<>()).addAll(compared);
        }
    }

    /**
     * Numbers rules compare with through a variable ({@code doubleValue <= $t.reportChangePercent})
     * are thresholds too, wherever they come from: a fact set, or a fact a rule inserted.
     */
    private void comparedValues(List<Object> workingMemory) {
        for (String field : referencedFields) {
            String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            for (Object o : workingMemory) {
                try {
                    Object v = o.getClass().getMethod(getter).invoke(o);
                    if (v instanceof Number n && !(v instanceof Long && field.equals("id"))) {
                        numbers.add(new BigDecimal(n.toString()).stripTrailingZeros());
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not a property of this object
                }
            }
        }
    }

    private void fieldEdits(Fact fact, List<FactEdit> edits) {
        Optional<Class<?>> type = pack.factType(fact.type());
        if (type.isEmpty()) {
            return;
        }
        Map<String, Class<?>> fields = FactBinder.fieldTypes(type.get());
        for (Node.Entry entry : fact.fields().values()) {
            String field = entry.key();
            Class<?> fieldType = fields.get(field);
            if (fieldType == null || fact.isFixed(field) || !read.contains(field)
                    || !(entry.value() instanceof Node.Scalar current)) {
                continue;
            }
            for (Object value : values(field, fieldType)) {
                if (!same(value, current.value())) {
                    edits.add(new FactEdit.SetField(fact.label(), field, value));
                }
            }
        }
    }

    private Collection<Object> values(String field, Class<?> type) {
        Set<Object> out = new LinkedHashSet<>();
        Set<Object> known = literals.getOrDefault(field, Set.of());
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                out.add(((Enum<?>) c).name());
            }
        } else if (type == boolean.class || type == Boolean.class) {
            out.add(Boolean.TRUE);
            out.add(Boolean.FALSE);
        } else if (type == LocalDate.class) {
            for (LocalDate d : dates(related.getOrDefault(field, Set.of()))) {
                out.add(d.minusDays(1).toString());
                out.add(d.toString());
                out.add(d.plusDays(1).toString());
            }
        } else if (Number.class.isAssignableFrom(box(type))) {
            Set<BigDecimal> thresholds = new TreeSet<>();
            known.stream().filter(BigDecimal.class::isInstance).forEach(v -> thresholds.add((BigDecimal) v));
            if (thresholds.isEmpty()) {
                thresholds.addAll(numbers);
            }
            thresholds.addAll(relatedNumbers(related.getOrDefault(field, Set.of())));
            boolean whole = type == int.class || type == long.class || type == Integer.class || type == Long.class;
            for (BigDecimal t : thresholds) {
                if (!whole || t.stripTrailingZeros().scale() <= 0) {
                    out.add(number(t.subtract(BigDecimal.ONE), whole));
                    out.add(number(t, whole));
                    out.add(number(t.add(BigDecimal.ONE), whole));
                }
            }
        } else if (type == String.class) {
            known.stream().filter(String.class::isInstance).forEach(out::add);
            out.addAll(relatedTexts(related.getOrDefault(field, Set.of())));
        }
        return out;
    }

    private static Object number(BigDecimal d, boolean whole) {
        return whole ? (Object) d.longValueExact() : d.stripTrailingZeros();
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        return t == boolean.class ? Boolean.class : t == char.class ? Character.class : Number.class;
    }

    /** The numbers the fact set gives the fields a number is compared with: the thresholds it can cross. */
    private Set<BigDecimal> relatedNumbers(Set<String> fields) {
        Set<BigDecimal> out = new TreeSet<>();
        for (Object v : relatedValues(fields)) {
            if (v instanceof Number n) {
                out.add(new BigDecimal(n.toString()));
            }
        }
        return out;
    }

    /** The texts the fact set gives the fields a text is compared with: the values it can match. */
    private Set<String> relatedTexts(Set<String> fields) {
        Set<String> out = new TreeSet<>();
        relatedValues(fields).stream().filter(String.class::isInstance).forEach(v -> out.add((String) v));
        return out;
    }

    /** The values the fact set gives {@code Type.field}s. */
    private List<Object> relatedValues(Set<String> fields) {
        List<Object> out = new ArrayList<>();
        for (Fact f : Internals.factSets().facts(facts)) {
            for (Node.Entry e : f.fields().values()) {
                if (fields.contains(f.type() + "." + e.key()) && e.value() instanceof Node.Scalar s && s.value() != null) {
                    out.add(s.value());
                }
            }
            if (fields.contains(f.type() + ".id") && f.id() != null) {
                out.add(f.id());
            }
        }
        return out;
    }

    /** The dates the fact set gives the fields a date field is compared with, sorted: the thresholds it can cross. */
    private Set<LocalDate> dates(Set<String> fields) {
        Set<LocalDate> out = new TreeSet<>();
        for (Object v : relatedValues(fields)) {
            if (v instanceof String text) {
                try {
                    out.add(LocalDate.parse(text));
                } catch (java.time.format.DateTimeParseException ignored) {
                    // not a date
                }
            }
        }
        return out;
    }

    private static boolean same(Object candidate, Object current) {
        if (candidate instanceof BigDecimal a && current instanceof Number b) {
            return a.compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (candidate instanceof Long a && current instanceof Number b) {
            return new BigDecimal(a).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return candidate.equals(current);
    }
}
