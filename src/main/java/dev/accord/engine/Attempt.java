package dev.accord.engine;

import dev.accord.rules.LhsElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far the facts go towards satisfying a list of rule conditions: either all the way, or up
 * to the first condition they cannot satisfy, with what stood in the way there.
 *
 * @param depth     how many conditions were satisfied before the block
 * @param blockedAt the condition that could not be satisfied; null when satisfied
 * @param bindings  the variables bound on the way there
 * @param nearest   for a pattern: the facts of its type that came closest, fewest failures first
 * @param present   for a {@code not}: the facts that match what must be absent
 * @param inner     for {@code exists} or {@code or}: how far their inner conditions got
 * @param note      why the block could not be analysed further, or null
 */
public record Attempt(boolean satisfied, int depth, LhsElement blockedAt, Bindings bindings, List<Candidate> nearest,
        List<Object> present, Attempt inner, String note) {

    static Attempt success(int depth, Bindings bindings) {
        return new Attempt(true, depth, null, bindings, List.of(), List.of(), null, null);
    }

    static Attempt blocked(int depth, LhsElement at, Bindings bindings, List<Candidate> nearest, List<Object> present,
            Attempt inner, String note) {
        return new Attempt(false, depth, at, bindings, List.copyOf(nearest), List.copyOf(present), inner, note);
    }

    /** Fewer failures in the nearest candidate is closer; used to pick the most telling attempt. */
    int nearestFailures() {
        return nearest.isEmpty() ? Integer.MAX_VALUE : nearest.get(0).failures().size();
    }

    /**
     * The candidates that came nearest: those that satisfy the longest run of the pattern's first
     * constraints (a fact with the right {@code condition} but the wrong {@code status} is nearer
     * than one about another condition), then fewest failures.
     */
    static List<Candidate> nearest(LhsElement.Pattern p, List<Candidate> tried) {
        int best = tried.stream().mapToInt(c -> prefix(p, c)).max().orElse(0);
        List<Candidate> out = new ArrayList<>(best == 0 ? tried : tried.stream().filter(c -> prefix(p, c) == best).toList());
        out.sort(Comparator.comparingInt(c -> c.failures().size()));
        return out;
    }

    /** How many of the pattern's constraints hold before the first one the candidate fails. */
    static int prefix(LhsElement.Pattern p, Candidate c) {
        return c.failures().isEmpty() ? p.constraints().size() : p.constraints().indexOf(c.failures().get(0).constraint());
    }

    static Attempt closer(Attempt a, Attempt b) {
        if (a == null) {
            return b;
        }
        if (b.depth() != a.depth()) {
            return b.depth() > a.depth() ? b : a;
        }
        return b.nearestFailures() < a.nearestFailures() ? b : a;
    }
}
