package dev.accord;

import dev.accord.facts.Fact;
import dev.accord.facts.FactSetData;
import dev.accord.facts.FactSetReader;
import dev.accord.facts.Include;
import dev.accord.facts.InputLimits;
import dev.accord.facts.Problems;
import dev.accord.facts.TextFile;
import dev.accord.internal.Internals;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known, read from a YAML or JSON file: dated facts with their citations, and optionally
 * the outcome expected of them. A fact set is read without a pack; its facts are bound to a
 * pack's types when the pack evaluates it, and errors then still point at the fact's line.
 * Immutable.
 */
public final class FactSet {

    static {
        Internals.registerFactSets(new Internals.FactSets() {
            @Override
            public List<Fact> facts(FactSet set) {
                return set.facts();
            }

            @Override
            public Optional<Fact> fact(FactSet set, String label) {
                return set.fact(label);
            }

            @Override
            public FactSet restrictedTo(FactSet set, java.util.function.Predicate<Fact> keep) {
                return set.restrictedTo(keep);
            }

            @Override
            public List<Include> includes(FactSet set) {
                return set.includes();
            }
        });
    }

    private final FactSetData data;

    private FactSet(FactSetData data) {
        this.data = data;
    }

    /** The same fact set with its facts in another order (each keeps its location): for tests of order independence. */
    FactSet reordered(java.util.Comparator<Fact> order) {
        List<Fact> facts = new java.util.ArrayList<>(data.facts());
        facts.sort(order);
        return withFacts(facts);
    }

    /**
     * Reads a fact set; YAML unless the name ends in {@code .json}.
     *
     * @param file the fact file; diagnostics and explanations name it as given
     * @return the facts, not yet bound to any pack's types
     * @throws InvalidFactsException with every problem found, each with file, line and column
     */
    public static FactSet load(Path file) {
        Problems problems = new Problems();
        String text = TextFile.read(file, file.toString(), InputLimits.MAX_FACT_FILE_BYTES, problems);
        if (text == null) {
            throw new InvalidFactsException(problems.sorted());
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a fact set from text; {@code fileName} names it in diagnostics and decides the
     * syntax (JSON for {@code .json}, otherwise YAML).
     *
     * @param text     the fact set's YAML or JSON
     * @param fileName names the text in diagnostics and explanations
     * @return the facts, not yet bound to any pack's types
     * @throws InvalidFactsException with every problem found, each with line and column
     */
    public static FactSet parse(String text, String fileName) {
        Problems problems = new Problems();
        FactSetData data = FactSetReader.read(text, fileName, problems);
        if (data == null) {
            throw new InvalidFactsException(problems.sorted());
        }
        return new FactSet(data);
    }

    /**
     * Starts a fact set built in code rather than read from a file.
     *
     * @param origin names the fact set, and by default each fact, in diagnostics and explanations
     *               where a file name and line would be, e.g. {@code "intake-api"}
     * @return a new builder, for one thread's use
     */
    public static FactSetBuilder builder(String origin) {
        return new FactSetBuilder(origin);
    }

    static FactSet of(FactSetData data) {
        return new FactSet(data);
    }

    /** The same fact set with other facts: for edits and reordering, which keep everything else. */
    FactSet withFacts(List<Fact> facts) {
        return new FactSet(new FactSetData(data.file(), data.title(), data.asOf(), data.sources(), List.copyOf(facts),
                data.expectation(), data.includes()));
    }

    /**
     * Several fact sets as one, for a timeline built from several files: their facts and includes
     * in the order given, their sources (a key defined twice keeps its first definition), the
     * latest of their as-of dates, and no expectation.
     *
     * @param name how the combination is named in output, e.g. the folder the files came from
     * @param sets the fact sets, at least one; a single one is returned as it is
     * @return the combination
     */
    public static FactSet combine(String name, List<FactSet> sets) {
        if (sets.size() == 1) {
            return sets.get(0);
        }
        java.util.LinkedHashMap<String, Source> sources = new java.util.LinkedHashMap<>();
        List<Fact> facts = new java.util.ArrayList<>();
        List<Include> includes = new java.util.ArrayList<>();
        LocalDate asOf = null;
        for (FactSet s : sets) {
            s.sources().forEach(sources::putIfAbsent);
            facts.addAll(s.facts());
            includes.addAll(s.includes());
            if (s.asOf().isPresent() && (asOf == null || s.asOf().get().isAfter(asOf))) {
                asOf = s.asOf().get();
            }
        }
        return new FactSet(new FactSetData(name, sets.get(0).title().orElse(null), asOf,
                java.util.Collections.unmodifiableMap(sources), List.copyOf(facts), null, List.copyOf(includes)));
    }

    FactSetData data() {
        return data;
    }

    /**
     * The file this was read from, as given; for a parsed or built fact set, the name or origin given.
     *
     * @return the file name, never null
     */
    public String file() {
        return data.file();
    }

    /**
     * The fact set's {@code title}, which reports show above the decision.
     *
     * @return the title; empty when the fact set gives none
     */
    public Optional<String> title() {
        return Optional.ofNullable(data.title());
    }

    /**
     * The date this assessment speaks for; {@link RulePack#evaluate(FactSet)} decides as of it.
     *
     * @return the date; empty when the fact set gives none
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(data.asOf());
    }

    /**
     * The citations facts refer to, by key, in file order.
     *
     * @return the sources, unmodifiable; empty when there are none
     */
    public Map<String, Source> sources() {
        return data.sources();
    }

    /** The facts as written, in file order, without the rows of CSV includes; the library's other packages ask {@link Internals}. */
    List<Fact> facts() {
        return data.facts();
    }

    /**
     * The {@code expect} block, which makes the fact set a regression scenario.
     *
     * @return the expectation; empty when the fact set has none
     */
    public Optional<Expectation> expectation() {
        return Optional.ofNullable(data.expectation());
    }

    /** A written fact by the label explanations give it (its id, or {@code Type#position}); rows of includes are not searched. */
    Optional<Fact> fact(String label) {
        return data.facts().stream().filter(f -> label.equals(f.label())).findFirst();
    }

    /** The fact set with only the facts that pass {@code keep}, whatever they fix: for weighing uncertain facts. */
    FactSet restrictedTo(java.util.function.Predicate<Fact> keep) {
        return withFacts(data.facts().stream().filter(keep).toList());
    }

    /**
     * The fact set with the edits applied, in order; this one is unchanged.
     *
     * @param edits the changes, applied one after the other
     * @return a new fact set
     * @throws IllegalArgumentException when an edit names no fact, changes something fixed, or
     *                                  adds a fact with an id already used
     */
    public FactSet with(List<FactEdit> edits) {
        FactSet base = !data.includes().isEmpty() && edits.stream().anyMatch(e -> !(e instanceof FactEdit.AddFact)
                && fact(e.fact()).isEmpty()) ? withRowsRead() : this;
        return base.withFacts(FactEdits.apply(base.data.facts(), edits));
    }

    /**
     * The same fact set with the rows of its CSV includes read as facts of their own, after the
     * facts written in it, and no includes left: so that a row can be edited or removed like any
     * fact. Rows are read into memory, which an evaluation does not do; what-if does it only when
     * an edit names a row, or for includes small enough ({@link #rowsReadable(int)}).
     *
     * @return the fact set with every row a fact; this one when it has no includes
     * @throws InvalidFactsException when an included file cannot be read
     */
    public FactSet withRowsRead() {
        if (data.includes().isEmpty()) {
            return this;
        }
        List<Fact> all = new java.util.ArrayList<>(data.facts());
        dev.accord.facts.Problems problems = new dev.accord.facts.Problems();
        for (Include include : data.includes()) {
            try (dev.accord.facts.CsvRows rows = dev.accord.facts.CsvRows.open(include, problems)) {
                for (Fact row = rows == null ? null : rows.next(); row != null; row = rows.next()) {
                    all.add(row);
                }
            }
        }
        if (problems.hasErrors()) {
            throw new InvalidFactsException(problems.sorted());
        }
        return new FactSet(new FactSetData(data.file(), data.title(), data.asOf(), data.sources(), List.copyOf(all),
                data.expectation(), List.of()));
    }

    /**
     * Counts the rows of the CSV includes, without reading them as facts, up to a limit.
     *
     * @param maxRows the most rows acceptable
     * @return true when the includes hold at most {@code maxRows} rows in all (always with no includes)
     */
    public boolean rowsReadable(int maxRows) {
        int rows = 0;
        for (Include include : data.includes()) {
            try (dev.accord.facts.CsvRows csv = dev.accord.facts.CsvRows.open(include, new dev.accord.facts.Problems())) {
                while (csv != null && csv.nextRow() != null) {
                    if (++rows > maxRows) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The CSV files whose rows are facts too, read when a pack evaluates this. */
    List<Include> includes() {
        return data.includes();
    }
}
