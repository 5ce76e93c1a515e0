package dev.accord;

import dev.accord.explain.Format;
import dev.accord.explain.Report;
import dev.accord.explain.WhyNot;
import dev.accord.internal.Internals;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of evaluating a pack on a fact set: the recommendation (or the explicit absence or
 * conflict of one), the status of every condition the pack names, the considerations raised,
 * and for each of these its derivation. Immutable; rendered by {@link #render(Format)}.
 */
public final class Decision implements Report {

    private final RulePack pack;
    private final FactSet facts;
    private final java.time.LocalDate asOf;
    private final List<Derived<Recommendation>> recommendations;
    private final List<ConditionResult> conditions;
    private final List<Derived<Consideration>> considerations;
    private final List<Diagnostic> warnings;
    /** What the evaluation left, for answering why-not questions after the fact. */
    private final Internals.Explanation explanation;

    Decision(RulePack pack, FactSet facts, java.time.LocalDate asOf, List<Derived<Recommendation>> recommendations,
            List<ConditionResult> conditions, List<Derived<Consideration>> considerations, List<Diagnostic> warnings,
            Internals.Explanation explanation) {
        this.pack = pack;
        this.facts = facts;
        this.asOf = asOf;
        this.recommendations = List.copyOf(recommendations);
        this.conditions = List.copyOf(conditions);
        this.considerations = List.copyOf(considerations);
        this.warnings = List.copyOf(warnings);
        this.explanation = explanation;
    }

    /**
     * The pack that decided.
     *
     * @return the pack, never null
     */
    public RulePack pack() {
        return pack;
    }

    /**
     * The facts decided on, as given (before any as-of filtering).
     *
     * @return the fact set, never null
     */
    public FactSet facts() {
        return facts;
    }

    /**
     * The date the decision speaks for: facts dated later were not seen.
     *
     * @return the date; empty when none was given (neither the fact set's {@code asOf} nor the
     *         caller's), in which case every fact was
     */
    public Optional<java.time.LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * Whether the rules recommended one action, none, or several that disagree.
     *
     * @return the outcome, never null
     */
    public Outcome outcome() {
        long actions = recommendations.stream().map(r -> r.value().getAction()).distinct().count();
        return actions == 0 ? Outcome.NO_RECOMMENDATION : actions == 1 ? Outcome.RECOMMENDED : Outcome.CONFLICT;
    }

    /**
     * The recommended action, as {@code pack.yaml} names it.
     *
     * @return the action; empty unless the outcome is {@link Outcome#RECOMMENDED}
     */
    public Optional<String> action() {
        return outcome() == Outcome.RECOMMENDED ? Optional.of(recommendations.get(0).value().getAction()) : Optional.empty();
    }

    /**
     * The recommendation, with its action and reason.
     *
     * @return the recommendation; empty unless the outcome is {@link Outcome#RECOMMENDED}
     */
    public Optional<Recommendation> recommendation() {
        return outcome() == Outcome.RECOMMENDED ? Optional.of(recommendations.get(0).value()) : Optional.empty();
    }

    /**
     * Every recommendation the rules concluded, by action, each with its derivation.
     *
     * @return one, none, or several in a conflict; unmodifiable
     */
    public List<Derived<Recommendation>> recommendations() {
        return recommendations;
    }

    /**
     * The rules that recommended something; in a conflict, the rules that disagree.
     *
     * @return the rules' names, sorted; unmodifiable, empty when nothing was recommended
     */
    public Set<String> recommendingRules() {
        Set<String> names = new TreeSet<>();
        recommendations.forEach(r -> r.derivation().justifications().forEach(j -> names.add(j.rule().name())));
        return java.util.Collections.unmodifiableSet(names);
    }

    /**
     * The rules that fired in this evaluation and still stand at its end. A firing stands when
     * what it concluded still holds: it inserted nothing logically ({@code insert}, {@code modify}
     * and other actions stay done), or the facts it fired on still match its rule. A rule whose
     * every firing truth maintenance withdrew is in {@link #withdrawnRules()} instead: it fired,
     * but nothing it concluded is left.
     *
     * @return the rules' names in the pack's order; unmodifiable
     */
    public List<String> firedRules() {
        return rulesWhose(true);
    }

    /**
     * The rules that fired but whose every firing was withdrawn before the end: each inserted
     * its conclusions logically, and the facts it fired on changed afterwards (another rule
     * modified or deleted them, or an event left its window), so truth maintenance took the
     * conclusions back.
     *
     * @return the rules' names in the pack's order; unmodifiable, usually empty
     */
    public List<String> withdrawnRules() {
        List<String> standing = rulesWhose(true);
        return rulesWhose(false).stream().filter(r -> !standing.contains(r)).toList();
    }

    /** The rules with a firing that stands ({@code standing}) or with one that was withdrawn. */
    private List<String> rulesWhose(boolean standing) {
        Set<String> keys = new java.util.HashSet<>();
        var record = explanation.record();
        record.firings().forEach(f -> {
            if (record.holds(f) == standing) {
                keys.add(f.rule().key());
            }
        });
        return pack.compiled().rules().values().stream().filter(r -> keys.contains(r.key())).map(r -> r.name()).toList();
    }

    /**
     * The facts the evaluation ended with, given and concluded, as objects of the pack's types:
     * for analyses that read values the rules compared with (a threshold a rule inserted, say).
     * The objects are the session's own; changing them changes nothing about this decision.
     *
     * @return the facts, unmodifiable
     */
    public List<Object> workingMemory() {
        return explanation.record().finalFacts();
    }

    /**
     * Every condition of {@code pack.yaml}, assessed or not.
     *
     * @return one result per condition, in manifest order; unmodifiable
     */
    public List<ConditionResult> conditions() {
        return conditions;
    }

    /**
     * One condition's result.
     *
     * @param id the condition's id in {@code pack.yaml}
     * @return the result; empty when the pack names no such condition
     */
    public Optional<ConditionResult> condition(String id) {
        return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * What the rules raised beside the conditions (risks, caveats), each with its derivation.
     *
     * @return the considerations in the order concluded; unmodifiable, empty when there are none
     */
    public List<Derived<Consideration>> considerations() {
        return considerations;
    }

    /**
     * Things that are not wrong enough to stop the evaluation but that the pack's author should
     * fix, such as a rule assessing a condition {@code pack.yaml} does not name.
     *
     * @return the warnings, unmodifiable; empty when there are none
     */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * Why an action is not recommended, a condition not MET, or a rule did not fire: the rules
     * that could have brought it about and the conditions of theirs the facts do not satisfy.
     *
     * @param target an action of {@code pack.yaml}, a condition id, or a rule name
     * @return the answer, renderable like the decision
     * @throws IllegalArgumentException when the target is none of these
     */
    public WhyNot whyNot(String target) {
        return explanation.whyNot(this, target);
    }

    /**
     * The decision and its explanation, in one of the output formats: the report {@code ./accord}
     * prints for {@link Format#TEXT}.
     *
     * @param format the output format
     * @return the rendered report, never null
     */
    @Override
    public String render(Format format) {
        return format.render(this);
    }

    /**
     * One line for logs and debuggers, e.g. {@code Decision[nato-afghanistan: RECOMMENDED STAY,
     * ties-cut NOT_MET, ...]}; {@link #render(Format)} gives the full report.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Decision[").append(pack.name()).append(": ").append(outcome());
        action().ifPresent(a -> b.append(' ').append(a));
        conditions.forEach(c -> b.append(", ").append(c.id()).append(' ').append(c.statusLabel()));
        return b.append(']').toString();
    }
}
