package dev.accord.explain;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.RulePack;
import dev.accord.engine.Attempt;
import dev.accord.engine.Bindings;
import dev.accord.engine.Candidate;
import dev.accord.engine.Firing;
import dev.accord.engine.MatchSearch;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleInfo;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "why not?" for an action, a condition or a rule, for any pack: it finds the rules that
 * could have brought the target about, and for each replays its conditions against the facts the
 * evaluation ended with, reporting the conditions no fact satisfies, the nearest facts and the
 * constraints they fail. When the missing fact is itself a conclusion of other rules (an
 * assessment a recommendation needs), it asks why those did not conclude it, a few levels deep.
 */
final class WhyNotAnalyzer {

    private static final int MAX_DEPTH = 3;
    private static final int NEAREST = 3;
    private static final Pattern CONDITION_LITERAL = Pattern.compile("\\bcondition\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern STATUS_LITERAL = Pattern.compile("\\bstatus\\s*==\\s*(?:[\\w$]+\\.)*(MET|NOT_MET|UNKNOWN)\\b");
    private static final Pattern ACTION_LITERAL = Pattern.compile("\\baction\\s*==\\s*\"([^\"]+)\"");

    private final Decision decision;
    private final ExplanationBuilder explain;
    private final Producers producers;
    /** The rules with a firing that stands at the end. */
    private final Set<String> fired = new HashSet<>();
    /** The rules that fired, but whose every firing truth maintenance withdrew. */
    private final Set<String> withdrawn = new HashSet<>();
    private final Set<String> examined = new HashSet<>();

    private WhyNotAnalyzer(Decision decision, ExplanationBuilder explain) {
        this.decision = decision;
        this.explain = explain;
        this.producers = new Producers(explain.rules());
        for (Firing f : explain.record().firings()) {
            (explain.record().holds(f) ? fired : withdrawn).add(f.rule().key());
        }
        withdrawn.removeAll(fired);
    }

    /**
     * Answers why a target does not hold; {@link Decision#whyNot(String)} is the way to ask.
     *
     * @param decision the decision asked about
     * @param explain  what its evaluation left
     * @param target   an action of {@code pack.yaml}, a condition id, or a rule name
     * @return the answer
     * @throws IllegalArgumentException when the target is none of these
     */
    static WhyNot answer(Decision decision, ExplanationBuilder explain, String target) {
        synchronized (explain) {
            return new WhyNotAnalyzer(decision, explain).resolve(target);
        }
    }

    private WhyNot resolve(String target) {
        RulePack pack = decision.pack();
        if (pack.action(target).isPresent()) {
            return action(target, 0);
        }
        if (pack.condition(target).isPresent()) {
            return condition(target, "MET", 0);
        }
        Optional<RuleShape> rule = explain.rules().shapes().values().stream()
                .filter(s -> s.info().name().equals(target)).findFirst();
        if (rule.isPresent()) {
            RuleAttempt attempt = attempt(rule.get(), 0);
            String summary = attempt.fired() ? "rule \"" + target + "\" fired" : "rule \"" + target + "\" did not fire";
            return new WhyNot(target, WhyNot.Kind.RULE, attempt.fired(), summary, List.of(attempt));
        }
        throw new IllegalArgumentException("unknown target '" + target + "': expected an action ("
                + String.join(", ", pack.actions().stream().map(a -> a.id()).toList()) + "), a condition ("
                + String.join(", ", pack.conditions().stream().map(c -> c.id()).toList()) + ") or the name of a rule");
    }

    private WhyNot action(String action, int depth) {
        boolean recommended = decision.recommendations().stream().anyMatch(r -> r.value().getAction().equals(action));
        if (recommended) {
            return new WhyNot(action, WhyNot.Kind.ACTION, true, action + " is recommended", List.of());
        }
        return examine(action, WhyNot.Kind.ACTION, action + " is not recommended", "recommend it",
                producers.recommending(action), depth);
    }

    private WhyNot condition(String id, String status, int depth) {
        Optional<ConditionResult> result = decision.condition(id);
        String actual = result.map(ConditionResult::statusLabel).orElse("not a condition of pack.yaml");
        boolean holds = result.flatMap(ConditionResult::concluded).map(s -> s.name().equals(status)).orElse(false);
        String target = status.equals("MET") ? id : id + " " + status;
        if (holds) {
            return new WhyNot(target, WhyNot.Kind.CONDITION, true, "condition " + id + " is " + status, List.of());
        }
        return examine(target, WhyNot.Kind.CONDITION, "condition " + id + " is " + actual + ", not " + status,
                "assess it " + status,
                producers.assessing(id, status).stream().map(r -> BoundConditionIds.pinned(r, id)).toList(), depth);
    }

    private WhyNot anyCondition(String status, int depth) {
        return examine("a condition " + status, WhyNot.Kind.CONDITION, "no condition is " + status,
                "assess a condition " + status, producers.assessingAny(status), depth);
    }

    private WhyNot fact(String type, int depth) {
        return examine(type, WhyNot.Kind.FACT, "there is no " + type, "conclude one", producers.creating(type), depth);
    }

    private WhyNot examine(String target, WhyNot.Kind kind, String state, String verb, List<RuleShape> rules, int depth) {
        if (rules.isEmpty()) {
            return new WhyNot(target, kind, false, state + ": no rule of the pack could " + verb, List.of());
        }
        List<RuleAttempt> attempts = new ArrayList<>();
        for (RuleShape r : rules) {
            RuleAttempt a = attempt(r, depth);
            if (!a.fired()) {
                attempts.add(a);
            }
        }
        String count = rules.size() == 1 ? "1 rule could " + verb + ", and it did not fire"
                : rules.size() + " rules could " + verb + (attempts.size() == rules.size() ? ", and none fired"
                        : "; those that fired concluded something else, these did not fire");
        return new WhyNot(target, kind, false, state + ": " + count, attempts);
    }

    private RuleAttempt attempt(RuleShape rule, int depth) {
        RuleInfo info = rule.info();
        if (fired.contains(info.key())) {
            return new RuleAttempt(info.rule(), true, false, List.of(), null);
        }
        if (!examined.add(info.key())) {
            return new RuleAttempt(info.rule(), false, false, List.of(), "examined above");
        }
        MatchSearch search = explain.search();
        List<LhsElement> remaining = new ArrayList<>(rule.conditions());
        List<RuleAttempt.Block> blocks = new ArrayList<>();
        while (!remaining.isEmpty() && blocks.size() < rule.conditions().size()) {
            Attempt a = search.attempt(remaining, Bindings.of(Map.of()));
            if (a.satisfied()) {
                break;
            }
            blocks.add(block(a, depth));
            remaining = withoutDependents(remaining, a.blockedAt());
        }
        String note = search.exhausted() ? "the search budget was exhausted; the answer may be incomplete" : null;
        if (withdrawn.contains(info.key())) {
            note = "it fired, but the facts it fired on changed afterwards, and truth maintenance withdrew what it concluded";
        } else if (blocks.isEmpty()) {
            String agenda = AgendaWords.why(rule, explain.rules().shapes().values(), explain.record().firings());
            note = agenda != null ? "every condition holds on the final facts, but " + agenda
                    : "every condition holds on the final facts, yet the engine did not fire the rule"
                    + " (look at its attributes: agenda-group, activation-group, no-loop, enabled, date-effective)";
        }
        return new RuleAttempt(info.rule(), false, blocks.isEmpty(), List.copyOf(blocks), note);
    }

    /** The conditions after removing {@code blocked} and those that use variables only it binds. */
    private static List<LhsElement> withoutDependents(List<LhsElement> elements, LhsElement blocked) {
        Set<String> lost = new HashSet<>(Variables.boundBy(blocked));
        List<LhsElement> out = new ArrayList<>();
        for (LhsElement e : elements) {
            if (e == blocked) {
                continue;
            }
            if (Variables.usesAny(e, lost)) {
                lost.addAll(Variables.boundBy(e));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private RuleAttempt.Block block(Attempt a, int depth) {
        Attempt at = a;
        while (at.inner() != null && !at.inner().satisfied() && at.nearest().isEmpty() && at.present().isEmpty()) {
            at = at.inner();
        }
        LhsElement element = a.blockedAt();
        ConditionWords words = new ConditionWords(at.bindings().variables(), explain::name);
        Map<String, String> bindings = new LinkedHashMap<>();
        at.bindings().variables().forEach((k, v) -> bindings.put(k, explain.name(v)));
        List<RuleAttempt.NearMiss> nearest = new ArrayList<>();
        for (Candidate c : at.nearest().subList(0, Math.min(NEAREST, at.nearest().size()))) {
            nearest.add(nearMiss(c, words, at));
        }
        List<Evidence> present = at.present().stream().map(explain::evidence).toList();
        String condition = words.describe(element); // "it needs a Benchmark with met == true", for an exists too
        String note = at.note();
        if (element instanceof LhsElement.Eval ev && note == null) {
            condition = EvalWords.describe(ev.expression(), at.bindings().variables(), explain.evaluator(), words, explain::name);
            note = "it is false";
        }
        return new RuleAttempt.Block(condition, element.text(), element.location(), bindings, nearest, present,
                deeper(at, depth), note);
    }

    private RuleAttempt.NearMiss nearMiss(Candidate c, ConditionWords words, Attempt at) {
        List<RuleAttempt.Miss> misses = new ArrayList<>();
        for (Candidate.Failure f : c.failures()) {
            String actual = f.constraint().subject() == null || f.error() != null ? null
                    : f.constraint().subject() + " is " + explain.name(f.actual());
            // the expression language's own message names Java methods and classes, not the reader's words
            misses.add(new RuleAttempt.Miss(words.constraint(f.constraint()), f.constraint().location(), actual,
                    f.error() == null ? null : "Accord cannot evaluate this constraint outside the engine"));
        }
        Evidence computed = at.blockedAt() instanceof LhsElement.Pattern p
                ? new ComputedSources(explain).of(p, c.fact(), at.bindings()) : null;
        return new RuleAttempt.NearMiss(computed != null ? computed : explain.evidence(c.fact()), misses);
    }

    /**
     * When the missing fact is one rules conclude, why they did not: for an assessment or a
     * recommendation the pattern names, or for a type of which there is no fact at all.
     */
    private List<WhyNot> deeper(Attempt at, int depth) {
        if (depth + 1 >= MAX_DEPTH || !(at.blockedAt() instanceof LhsElement.Pattern p) || p.source() != null) {
            return List.of();
        }
        String constraints = String.join(" ", p.constraints().stream().map(c -> c.text()).toList());
        if (p.type().equals("Assessment")) {
            Matcher condition = CONDITION_LITERAL.matcher(constraints);
            Matcher status = STATUS_LITERAL.matcher(constraints);
            boolean hasStatus = status.find();
            if (condition.find()) {
                return List.of(condition(condition.group(1), hasStatus ? status.group(1) : "MET", depth + 1));
            }
            return hasStatus ? List.of(anyCondition(status.group(1), depth + 1)) : List.of();
        }
        if (p.type().equals("Recommendation")) {
            Matcher action = ACTION_LITERAL.matcher(constraints);
            if (action.find()) {
                return List.of(action(action.group(1), depth + 1));
            }
        }
        boolean noneAtAll = at.nearest().isEmpty();
        return noneAtAll && !producers.creating(p.type()).isEmpty() ? List.of(fact(p.type(), depth + 1)) : List.of();
    }
}
