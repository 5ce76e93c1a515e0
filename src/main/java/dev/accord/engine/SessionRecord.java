package dev.accord.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one evaluation left behind: every firing, the facts in working memory at the end, and for
 * each fact a rule concluded, all the firings that justify it (truth maintenance can hold several).
 * Facts are compared by identity: two equal input facts are still two facts.
 *
 * @param inputs    the input facts the session still knows, by object (events that expired are gone)
 * @param withdrawn the firings whose logical conclusions truth maintenance withdrew before the
 *                  end (compared by identity): see {@link #holds(Firing)}
 * @param clock  the session clock at the end, in epoch milliseconds (UTC)
 * @param time   how to read an event's time, for replaying windows
 */
public record SessionRecord(Map<Object, BoundFact> inputs, List<Firing> firings, Set<Firing> withdrawn,
        List<Object> finalFacts, IdentityHashMap<Object, List<Firing>> justifications, long clock, EventTime time) {

    /** How an explanation replays {@code over window:time(...)}: an event's time on the session clock. */
    public interface EventTime {
        /** Epoch milliseconds, or null when the object is not a dated event. */
        Long of(Object fact);
    }

    /**
     * True when the firing still stands at the end: it inserted nothing logically, or the facts it
     * fired on still match its rule, so what it concluded holds. False when truth maintenance
     * withdrew its conclusions because its premises changed after it fired.
     */
    public boolean holds(Firing firing) {
        return !withdrawn.contains(firing);
    }

    public List<Firing> justificationsOf(Object fact) {
        return justifications.getOrDefault(fact, List.of());
    }

    /** The input a working-memory object came from, if it is one. */
    public Map<Object, BoundFact> inputsByObject() {
        return inputs;
    }
}
