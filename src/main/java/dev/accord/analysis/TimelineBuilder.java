package dev.accord.analysis;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.Source;
import dev.accord.Timeline;
import dev.accord.facts.CsvRows;
import dev.accord.facts.Fact;
import dev.accord.facts.Include;
import dev.accord.facts.Node;
import dev.accord.facts.Problems;
import dev.accord.internal.Internals;
import dev.accord.vocabulary.Assessment;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out a {@link Timeline}: the dates to decide at, the decision at each (evaluated in one
 * session whose clock advances, see {@link RulePack#evaluateEach}), and the dated facts to mark.
 */
public final class TimelineBuilder {

    private static final Pattern STEP = Pattern.compile("([1-9][0-9]{0,3})([dwmyDWMY])");

    /** A timeline of more dates than this (27 years of days) is refused before any is evaluated. */
    public static final int MAX_DATES = 10_000;

    /** A timeline that would have more dates than allowed; thrown before any date is evaluated. */
    public static final class TooManyDatesException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooManyDatesException(String message) {
            super(message);
        }
    }

    private TimelineBuilder() {
    }

    /**
     * Decides at each date from {@code from} to {@code to}, {@code every} apart, with the default
     * limits on each date's evaluation.
     *
     * @param pack  the pack to decide with
     * @param facts the facts, dated ones included
     * @param from  the first date; null for the earliest date of a dated fact
     * @param to    the last date; null for the latest date of a dated fact or as-of date
     * @param every the step between dates, e.g. {@code P1M}
     * @return the timeline
     * @throws IllegalArgumentException when there is no date to start or end at, {@code to} is before {@code from},
     *                                  or the timeline would have more than {@link #MAX_DATES} dates
     * @throws dev.accord.InvalidFactsException    when the facts do not fit the pack's types
     */
    public static Timeline build(RulePack pack, FactSet facts, LocalDate from, LocalDate to, Period every) {
        return build(pack, facts, from, to, every, EvaluationLimits.defaults());
    }

    /**
     * The same, with other limits on each date's evaluation (firings and time).
     *
     * @param pack   the pack to decide with
     * @param facts  the facts, dated ones included
     * @param from   the first date; null for the earliest date of a dated fact
     * @param to     the last date; null for the latest date of a dated fact or as-of date
     * @param every  the step between dates, e.g. {@code P1M}
     * @param limits the limits of each date's evaluation
     * @return the timeline
     * @throws IllegalArgumentException as {@link #build(RulePack, FactSet, LocalDate, LocalDate, Period)} does
     * @throws dev.accord.EvaluationException      when a date's evaluation fails or passes a limit
     */
    public static Timeline build(RulePack pack, FactSet facts, LocalDate from, LocalDate to, Period every,
            EvaluationLimits limits) {
        return build(pack, facts, from, to, every, limits, MAX_DATES);
    }

    /**
     * The same, with at most {@code maxDates} dates (a server allows fewer than the command line).
     * The dates are counted before any is evaluated, whichever of {@code from} and {@code to} is given.
     *
     * @param pack     the pack to decide with
     * @param facts    the facts, dated ones included
     * @param from     the first date; null for the earliest date of a dated fact
     * @param to       the last date; null for the latest date of a dated fact or as-of date
     * @param every    the step between dates, e.g. {@code P1M}
     * @param limits   the limits of each date's evaluation
     * @param maxDates the most dates the timeline may have
     * @return the timeline
     * @throws TooManyDatesException when the timeline would have more than {@code maxDates} dates
     */
    public static Timeline build(RulePack pack, FactSet facts, LocalDate from, LocalDate to, Period every,
            EvaluationLimits limits, int maxDates) {
        List<Timeline.Marker> markers = markers(pack, facts);
        LocalDate first = from != null ? from : markers.stream().map(Timeline.Marker::date).min(Comparator.naturalOrder())
                .or(facts::asOf).orElseThrow(() -> new IllegalArgumentException(
                        "no dated fact to start the timeline at; give --from DATE"));
        LocalDate last = to != null ? to : latest(markers, facts.asOf()).orElse(first);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the timeline ends (" + last + ") before it starts (" + first + ")");
        }
        // Steps of whole months with no --from fall on month ends: "as of the end of each month".
        boolean monthEnds = from == null && every.getDays() == 0 && every.toTotalMonths() > 0;
        if (monthEnds && to == null) {
            last = last.withDayOfMonth(last.lengthOfMonth());
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; ; i++) {
            LocalDate d = first.plus(every.multipliedBy(i));
            d = monthEnds ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            if (d.isAfter(last)) {
                break;
            }
            if (i >= maxDates) {
                throw tooMany(first, last, every, maxDates);
            }
            dates.add(i == 0 ? first : d);
        }
        dates.add(last);
        // The date the fact set speaks for is worth a row of its own.
        LocalDate end = last;
        facts.asOf().filter(d -> !d.isBefore(first) && !d.isAfter(end)).ifPresent(dates::add);
        if (dates.size() > maxDates) {
            throw tooMany(first, last, every, maxDates);
        }
        List<Timeline.Step> steps = new ArrayList<>();
        pack.evaluateEach(facts, dates, limits, decision -> steps.add(step(decision)));
        List<Timeline.Marker> shown = markers.stream().filter(m -> !m.date().isAfter(end)).toList();
        return new Timeline(pack.title(), facts.file(), pack.conditions(), List.copyOf(steps), shown);
    }

    private static TooManyDatesException tooMany(LocalDate first, LocalDate last, Period every, int maxDates) {
        return new TooManyDatesException("the timeline from " + first + " to " + last + " every " + every
                + " has more than " + maxDates + " dates; take a longer step or a shorter span");
    }

    private static Optional<LocalDate> latest(List<Timeline.Marker> markers, Optional<LocalDate> asOf) {
        Optional<LocalDate> m = markers.stream().map(Timeline.Marker::date).max(Comparator.naturalOrder());
        if (asOf.isPresent() && (m.isEmpty() || asOf.get().isAfter(m.get()))) {
            return asOf;
        }
        return m;
    }

    /**
     * What a timeline keeps of a decision: the statuses, and the sentences that gave them.
     *
     * @param decision a decision at the step's date
     * @return the step
     */
    public static Timeline.Step step(Decision decision) {
        Map<String, String> statuses = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (ConditionResult c : decision.conditions()) {
            statuses.put(c.id(), c.statusLabel());
            List<String> because = new ArrayList<>();
            for (Derived<Assessment> a : c.assessments()) {
                a.derivation().justifications().forEach(j -> because.add(j.sentence()));
            }
            reasons.put(c.id(), List.copyOf(because));
        }
        String recommendation = switch (decision.outcome()) {
            case RECOMMENDED -> decision.action().orElseThrow();
            case CONFLICT -> "CONFLICT";
            case NO_RECOMMENDATION -> "NONE";
        };
        return new Timeline.Step(decision.asOf().orElseThrow(), recommendation, statuses, reasons);
    }

    /** A chart can show a few hundred marks; an incident file may have millions of rows. */
    static final int MAX_MARKERS = 500;

    /** The dated facts, by date: the fact set's own, then the first rows of its CSV files, up to {@link #MAX_MARKERS}. */
    static List<Timeline.Marker> markers(RulePack pack, FactSet facts) {
        List<Timeline.Marker> out = new ArrayList<>();
        List<Fact> all = new ArrayList<>(Internals.factSets().facts(facts));
        for (Include include : Internals.factSets().includes(facts)) {
            try (CsvRows rows = CsvRows.open(include, new Problems())) {
                Fact row;
                while (rows != null && all.size() < MAX_MARKERS && (row = rows.next()) != null) {
                    all.add(row);
                }
            }
        }
        for (Fact f : all) {
            if (out.size() >= MAX_MARKERS) {
                break;
            }
            Optional<String> field = pack.dateField(f.type());
            Node.Entry value = field.map(name -> f.fields().get(name)).orElse(null);
            if (value == null || !(value.value() instanceof Node.Scalar s) || !s.isText()) {
                continue;
            }
            LocalDate date;
            try {
                String text = s.text();
                date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                continue; // evaluation reports it
            }
            Source source = f.source() == null ? null : facts.sources().get(f.source());
            out.add(new Timeline.Marker(date, f.type(), f.label(), pack.isEvent(f.type()), source == null ? null : source.title()));
        }
        out.sort(Comparator.comparing(Timeline.Marker::date).thenComparing(Timeline.Marker::type).thenComparing(Timeline.Marker::label));
        return List.copyOf(out);
    }

    /**
     * Reads a step such as {@code 1M}, {@code 2w}, {@code 15d} or {@code 1y}.
     *
     * @param text a number from 1 to 9999 and a unit: d, w, m or y, in either case
     * @return the period
     * @throws IllegalArgumentException when the text is not such a step
     */
    public static Period step(String text) {
        Matcher m = STEP.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a step such as 1M (a month), 2w, 15d or 1y, got '" + text + "'");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'd' -> Period.ofDays(n);
            case 'w' -> Period.ofWeeks(n);
            case 'm' -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }
}
