package dev.accord.engine;

import dev.accord.InvalidFactsException;
import dev.accord.Location;
import dev.accord.facts.CsvRows;
import dev.accord.facts.Fact;
import dev.accord.facts.FactSetData;
import dev.accord.facts.Include;
import dev.accord.facts.Problems;
import dev.accord.rules.Dating;
import dev.accord.rules.PackTypes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facts of one fact set, bound to a pack's types, handed out by date. The fact set's own
 * facts are bound once; the rows of its CSV includes are read, bound and handed out one at a
 * time on every pass, so that what stays in memory is what the session keeps, not the file.
 */
public final class FactFeed {

    /** Beyond this many errors in one file, the rest of it is not reported: the first ones show the pattern. */
    static final int ERRORS_PER_FILE = 50;

    private final List<BoundFact> listed;
    private final List<Include> includes;
    private final PackTypes types;

    private FactFeed(List<BoundFact> listed, List<Include> includes, PackTypes types) {
        this.listed = listed;
        this.includes = includes;
        this.types = types;
    }

    /**
     * Binds the fact set's own facts and checks each include's type and header.
     *
     * @throws InvalidFactsException with every problem, each located
     */
    public static FactFeed of(FactSetData data, PackTypes types) {
        Problems problems = new Problems();
        List<BoundFact> listed = new ArrayList<>();
        try {
            listed.addAll(FactBinder.bind(data, types));
        } catch (InvalidFactsException e) {
            problems.addAll(e.diagnostics());
        }
        for (Include include : data.includes()) {
            checkHeader(include, types, problems);
        }
        if (problems.hasErrors()) {
            throw new InvalidFactsException(problems.sorted());
        }
        return new FactFeed(List.copyOf(listed), data.includes(), types);
    }

    private static void checkHeader(Include include, PackTypes types, Problems problems) {
        Optional<Class<?>> type = types.find(include.type());
        if (type.isEmpty()) {
            problems.error(include.location(), "include: unknown type '" + include.type() + "'; the pack declares "
                    + String.join(", ", types.names()));
            return;
        }
        try (CsvRows rows = CsvRows.open(include, problems)) {
            if (rows == null) {
                return;
            }
            List<String> fields = FactBinder.fieldNames(type.get());
            List<String> header = rows.header();
            for (int c = 0; c < header.size(); c++) {
                String name = header.get(c).strip();
                if (!fields.contains(name)) {
                    problems.error(new Location(include.written(), 1, c + 1), "row 1, column " + (c + 1) + ": "
                            + type.get().getSimpleName() + " has no field '" + name + "'; its fields are " + String.join(", ", fields));
                }
            }
        }
    }

    /** The fact set's own facts, bound, in file order. */
    public List<BoundFact> listed() {
        return listed;
    }

    /** True when the fact set includes CSV files, whose rows are read on every pass. */
    public boolean streams() {
        return !includes.isEmpty();
    }

    /**
     * Hands out every fact dated in {@code [from, until)}, in file order, the fact set's own facts
     * first, then each include's rows. Timeless facts (no date) are handed out only when
     * {@code from} is null; a null {@code until} means no upper limit.
     *
     * @throws InvalidFactsException after the pass, when a row could not be bound
     */
    public void feed(LocalDateTime from, LocalDateTime until, Consumer<BoundFact> sink) {
        for (BoundFact b : listed) {
            if (within(date(b.object()), from, until)) {
                sink.accept(b);
            }
        }
        Problems problems = new Problems();
        for (Include include : includes) {
            feed(include, from, until, sink, problems);
        }
        if (problems.hasErrors()) {
            throw new InvalidFactsException(problems.sorted());
        }
    }

    private void feed(Include include, LocalDateTime from, LocalDateTime until, Consumer<BoundFact> sink, Problems all) {
        Problems problems = new Problems();
        FactBinder binder = new FactBinder(types, problems);
        int errors = 0;
        try (CsvRows rows = CsvRows.open(include, problems)) {
            Class<?> type = rows == null ? null : types.find(include.type()).orElseThrow();
            CsvRowOrigin.Columns columns = rows == null ? null : new CsvRowOrigin.Columns(include, rows.header(), type);
            CsvRowBinder direct = rows == null ? null : CsvRowBinder.of(include, rows.header(), type, types);
            String[] cells;
            while (rows != null && (cells = rows.nextRow()) != null) {
                // Most rows bind straight from their cells; the others are bound as facts, which reports their errors.
                Object object = direct == null ? null : direct.bind(cells, rows.line());
                String id;
                String source;
                if (object != null) {
                    id = direct.id();
                    source = direct.source();
                } else {
                    Fact row = rows.fact(cells);
                    int before = problems.count();
                    object = binder.bind(row);
                    if (problems.count() > before) {
                        if (++errors >= ERRORS_PER_FILE) {
                            problems.error(row.location(), "stopped reading " + include.written() + " after " + errors + " rows with errors");
                            break;
                        }
                        continue;
                    }
                    id = row.id();
                    source = row.source();
                }
                // After an error, the rest is bound to report its errors too, but nothing more is handed out.
                if (object != null && !problems.hasErrors() && within(date(object), from, until)) {
                    sink.accept(BoundFact.ofRow(new CsvRowOrigin(columns, id, source, rows.row(), rows.line()), object));
                }
            }
        }
        all.addAll(problems.sorted());
    }

    /** The fact's date, or null when it is timeless. */
    public LocalDateTime date(Object fact) {
        return types.dating(fact.getClass()).flatMap(d -> d.of(fact)).orElse(null);
    }

    /** How facts of the type are dated, if they are. */
    public Optional<Dating> dating(Class<?> type) {
        return types.dating(type);
    }

    private static boolean within(LocalDateTime date, LocalDateTime from, LocalDateTime until) {
        if (date == null) {
            return from == null;
        }
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }
}
