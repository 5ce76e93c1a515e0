package dev.accord.engine;

import dev.accord.rules.Constraint;
import dev.accord.rules.EvaluationImports;
import dev.accord.rules.LhsElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Matches rule conditions against the facts an evaluation ended with, outside the engine: to find
 * the facts behind an {@code exists} or an {@code accumulate}, and to find how far a rule that did
 * not fire got. Candidates are tried in a fixed order (explanations order them by name), so
 * answers do not depend on the order facts were inserted. The work is bounded;
 * {@link #exhausted()} says when the bound was hit and answers may be incomplete.
 */
public final class MatchSearch {

    /** Constraint evaluations one search may make before it gives up. */
    public static final int BUDGET = 200_000;

    private final List<Object> facts;
    private final ExpressionEvaluator evaluator;
    private final EvaluationImports imports;
    private final long clock;
    private final SessionRecord.EventTime time;
    /** The class each type name resolves to; shared with every search made {@link #fresh()} from this one. */
    private final Map<String, Optional<Class<?>>> types;
    /** The facts of each class, in order, each list made when a pattern first asks for it; shared likewise. */
    private final Map<Class<?>, List<Object>> factsOfType;
    private final Function<Object, String> order;
    private int spent;

    /**
     * @param facts the facts (a list that does not change)
     * @param order what candidates are tried and reported in the order of (facts with the same
     *              key keep their order in {@code facts}); asked only of the facts of the types
     *              some pattern looks for, once each
     * @param clock the session clock the evaluation ended at, and {@code time} each event's time
     *              on it: what {@code over window:time(...)} is replayed against
     */
    public MatchSearch(List<Object> facts, Function<Object, String> order, ExpressionEvaluator evaluator,
            EvaluationImports imports, long clock, SessionRecord.EventTime time) {
        this.facts = facts;
        this.order = order;
        this.evaluator = evaluator;
        this.imports = imports;
        this.clock = clock;
        this.time = time;
        this.types = new ConcurrentHashMap<>();
        this.factsOfType = new ConcurrentHashMap<>();
    }

    private MatchSearch(MatchSearch other) {
        this.facts = other.facts;
        this.order = other.order;
        this.evaluator = other.evaluator;
        this.imports = other.imports;
        this.clock = other.clock;
        this.time = other.time;
        this.types = other.types;
        this.factsOfType = other.factsOfType;
    }

    /** A search over the same facts with its whole budget: one per question answered. */
    public MatchSearch fresh() {
        return new MatchSearch(this);
    }

    public boolean exhausted() {
        return spent > BUDGET;
    }

    /** Up to {@code max} ways the elements hold, starting from {@code start}. */
    public List<Bindings> solutions(List<LhsElement> elements, Bindings start, int max) {
        List<Bindings> out = new ArrayList<>();
        solve(elements, 0, start, out, max);
        return out;
    }

    private void solve(List<LhsElement> elements, int i, Bindings b, List<Bindings> out, int max) {
        if (out.size() >= max || exhausted()) {
            return;
        }
        if (i == elements.size()) {
            out.add(b);
            return;
        }
        LhsElement e = elements.get(i);
        if (e instanceof LhsElement.Pattern p) {
            // One candidate at a time, so a search that needs a few solutions stops after a few.
            for (Object fact : sourceFacts(p, b)) {
                if (out.size() >= max || exhausted()) {
                    return;
                }
                Candidate c = examine(p, fact, b);
                if (c.satisfies()) {
                    solve(elements, i + 1, bind(p, c.fact(), b), out, max);
                }
            }
        } else if (e instanceof LhsElement.Not n) {
            if (solutions(n.elements(), b, 1).isEmpty()) {
                solve(elements, i + 1, b, out, max);
            }
        } else if (e instanceof LhsElement.Exists x) {
            if (!solutions(x.elements(), b, 1).isEmpty()) {
                solve(elements, i + 1, b, out, max);
            }
        } else if (e instanceof LhsElement.Or o) {
            for (LhsElement branch : o.branches()) {
                for (Bindings s : solutions(List.of(branch), b, max)) {
                    solve(elements, i + 1, s, out, max);
                }
            }
        } else if (e instanceof LhsElement.Forall f) {
            if (counterexample(f, b) == null) {
                solve(elements, i + 1, b, out, max);
            }
        } else if (e instanceof LhsElement.Eval ev) {
            if (evaluator.test(ev.expression(), null, b.variables()) == ExpressionEvaluator.Truth.TRUE) {
                solve(elements, i + 1, b, out, max);
            }
        }
        // Other elements cannot be analysed: no solution is claimed through them.
    }

    /** How far the elements get from {@code start}: all the way, or to the first that no fact satisfies. */
    public Attempt attempt(List<LhsElement> elements, Bindings start) {
        return attempt(elements, 0, start);
    }

    private Attempt attempt(List<LhsElement> elements, int i, Bindings b) {
        if (i == elements.size()) {
            return Attempt.success(i, b);
        }
        if (exhausted()) {
            return Attempt.blocked(i, elements.get(i), b, List.of(), List.of(), null, "the search budget was exhausted");
        }
        LhsElement e = elements.get(i);
        if (e instanceof LhsElement.Pattern p) {
            return attemptPattern(elements, i, b, p);
        }
        if (e instanceof LhsElement.Not n) {
            List<Bindings> present = solutions(n.elements(), new Bindings(b.variables(), List.of()), 5);
            return present.isEmpty() ? attempt(elements, i + 1, b)
                    : Attempt.blocked(i, e, b, List.of(), distinctFacts(present), null, null);
        }
        if (e instanceof LhsElement.Exists x) {
            return solutions(x.elements(), b, 1).isEmpty()
                    ? Attempt.blocked(i, e, b, List.of(), List.of(), attempt(x.elements(), 0, b), null)
                    : attempt(elements, i + 1, b);
        }
        if (e instanceof LhsElement.Or o) {
            Attempt best = null;
            for (LhsElement branch : o.branches()) {
                for (Bindings s : solutions(List.of(branch), b, 20)) {
                    Attempt a = attempt(elements, i + 1, s);
                    if (a.satisfied()) {
                        return a;
                    }
                    best = Attempt.closer(best, a);
                }
                best = Attempt.closer(best, attempt(List.of(branch), 0, b));
            }
            return best != null && best.depth() > i ? best : Attempt.blocked(i, e, b, List.of(), List.of(), best, null);
        }
        if (e instanceof LhsElement.Forall f) {
            Attempt broken = counterexample(f, b);
            return broken == null ? attempt(elements, i + 1, b) : Attempt.blocked(i, e, b, List.of(), List.of(), broken, null);
        }
        if (e instanceof LhsElement.Eval ev) {
            ExpressionEvaluator.Truth t = evaluator.test(ev.expression(), null, b.variables());
            return t == ExpressionEvaluator.Truth.TRUE ? attempt(elements, i + 1, b)
                    : Attempt.blocked(i, e, b, List.of(), List.of(), null,
                            t == ExpressionEvaluator.Truth.ERROR
                                    ? "Accord cannot evaluate the eval at " + ev.location().fileAndLine() + " outside the engine" : null);
        }
        return Attempt.blocked(i, e, b, List.of(), List.of(), null,
                "Accord cannot analyse the condition at " + e.location().fileAndLine() + " (" + e.text() + ")");
    }

    /**
     * The first fact a {@code forall} does not hold for, as the attempt that failed on it (its
     * nearest facts and the constraints they fail); null when it holds for every fact. Drools
     * reads {@code forall( P(c) )} as "every P satisfies c", and {@code forall( A B ... )} as
     * "every match of A satisfies B ...".
     */
    private Attempt counterexample(LhsElement.Forall f, Bindings b) {
        if (f.elements().isEmpty() || !(f.elements().get(0) instanceof LhsElement.Pattern first)) {
            return null;
        }
        if (f.elements().size() == 1) {
            LhsElement.Pattern any = new LhsElement.Pattern(first.binding(), first.type(), List.of(), first.source(),
                    first.location(), first.window());
            for (Object fact : sourceFacts(any, b)) {
                Candidate c = examine(first, fact, b);
                if (!c.satisfies()) {
                    return Attempt.blocked(0, first, b, List.of(c), List.of(), null, null);
                }
            }
            return null;
        }
        List<LhsElement> rest = f.elements().subList(1, f.elements().size());
        for (Bindings s : solutions(List.of(first), b, 100_000)) {
            if (solutions(rest, s, 1).isEmpty()) {
                return attempt(rest, 0, s);
            }
        }
        return null;
    }

    private Attempt attemptPattern(List<LhsElement> elements, int i, Bindings b, LhsElement.Pattern p) {
        List<Candidate> tried = candidates(p, b);
        Attempt best = null;
        for (Candidate c : tried) {
            if (c.satisfies()) {
                Attempt a = attempt(elements, i + 1, bind(p, c.fact(), b));
                if (a.satisfied()) {
                    return a;
                }
                best = Attempt.closer(best, a);
            }
        }
        if (best != null) {
            return best;
        }
        List<Candidate> nearest = Attempt.nearest(p, tried);
        String note = sourceNote(p, b);
        return Attempt.blocked(i, p, b, nearest, List.of(), null, note);
    }

    /** Every fact the pattern could take, each with the constraints it fails under {@code b}. */
    public List<Candidate> candidates(LhsElement.Pattern p, Bindings b) {
        List<Candidate> out = new ArrayList<>();
        for (Object fact : sourceFacts(p, b)) {
            out.add(examine(p, fact, b));
        }
        return out;
    }

    private List<Object> sourceFacts(LhsElement.Pattern p, Bindings b) {
        Optional<Class<?>> type = type(p.type());
        if (p.source() == null) {
            if (type.isEmpty()) {
                return List.of();
            }
            List<Object> ofType = factsOfType.get(type.get());
            if (ofType == null) {
                // Not computeIfAbsent: the order may take a lock of the caller's (an explanation's names).
                factsOfType.putIfAbsent(type.get(), inOrder(type.get()));
                ofType = factsOfType.get(type.get());
            }
            return p.window() == null ? ofType : ofType.stream().filter(f -> inWindow(p, f)).toList();
        }
        if (p.source() instanceof LhsElement.FromExpression from) {
            Object value = evaluator.valueOrNull(from.expression(), null, b.variables());
            List<Object> items = value instanceof Collection<?> c ? new ArrayList<>(c) : value == null ? List.of() : List.of(value);
            return type.map(t -> items.stream().filter(t::isInstance).toList()).orElse(items);
        }
        if (p.source() instanceof LhsElement.Collect collect) {
            return List.of(collected(collect, b)); // one list, as Drools makes one
        }
        LhsElement.Accumulate acc = (LhsElement.Accumulate) p.source();
        return accumulate(acc, b).map(List::of).orElse(List.of());
    }

    /** The facts of the type, in {@link #order}: each fact's key worked out once. */
    private List<Object> inOrder(Class<?> type) {
        List<Map.Entry<String, Object>> keyed = new ArrayList<>();
        for (Object fact : facts) {
            if (type.isInstance(fact)) {
                keyed.add(Map.entry(order.apply(fact), fact));
            }
        }
        keyed.sort(Map.Entry.comparingByKey()); // stable
        List<Object> out = new ArrayList<>(keyed.size());
        keyed.forEach(e -> out.add(e.getValue()));
        return Collections.unmodifiableList(out);
    }

    /** Whether the fact is inside the pattern's time window, as Drools holds it: younger than the window's length. */
    private boolean inWindow(LhsElement.Pattern p, Object fact) {
        if (p.window() == null || p.window().millis() < 0) {
            return true;
        }
        Long at = time.of(fact);
        return at == null || at <= clock && clock - at < p.window().millis();
    }

    /** The facts a {@code collect} gathers: those that satisfy its inputs, in search order. */
    public List<Object> collected(LhsElement.Collect collect, Bindings b) {
        return new ArrayList<>(distinctFacts(solutions(collect.inputs(), b, 100_000)));
    }

    /**
     * The result of an accumulate of built-in or imported functions with no custom code, as Drools
     * gives it: one function's value, or an array of the values of several in the order written;
     * empty when the accumulate runs custom code or a function Accord does not know.
     */
    public Optional<Object> accumulate(LhsElement.Accumulate acc, Bindings b) {
        if (!Accumulation.recomputable(acc, imports)) {
            return Optional.empty();
        }
        return Accumulation.compute(acc, solutions(acc.inputs(), b, 100_000), evaluator, imports);
    }

    private String sourceNote(LhsElement.Pattern p, Bindings b) {
        if (p.source() instanceof LhsElement.Accumulate acc && !Accumulation.recomputable(acc, imports)) {
            List<Object> taken = distinctFacts(solutions(acc.inputs(), b, 11));
            String names = String.join(", ", taken.stream().limit(10).map(order).toList());
            return Accumulation.notRecomputed(acc, p.location().fileAndLine()) + "; it takes "
                    + (taken.isEmpty() ? "no fact" : names + (taken.size() > 10 ? " and more" : ""));
        }
        return type(p.type()).isEmpty() ? "Accord cannot resolve the type " + p.type() : null;
    }

    private Candidate examine(LhsElement.Pattern p, Object fact, Bindings b) {
        Bindings current = Accumulation.bindResults(p, fact, p.binding() == null ? b : b.with(p.binding(), fact));
        List<Candidate.Failure> failures = new ArrayList<>();
        for (Constraint c : p.constraints()) {
            spent++;
            if (c.binding() != null) {
                current = current.with(c.binding(), evaluator.valueOrNull(c.bound(), fact, current.variables()));
            }
            if (!c.isTest()) {
                continue;
            }
            ExpressionEvaluator.Truth t = evaluator.test(c.expression(), fact, current.variables());
            if (t != ExpressionEvaluator.Truth.TRUE) {
                Object actual = c.subject() == null ? null : evaluator.valueOrNull(c.subject(), fact, current.variables());
                failures.add(new Candidate.Failure(c, actual, t == ExpressionEvaluator.Truth.ERROR ? evaluator.lastError() : null));
            }
        }
        return new Candidate(fact, List.copyOf(failures));
    }

    /** The bindings after {@code fact} matched {@code p}: its variable and field bindings. */
    public Bindings bind(LhsElement.Pattern p, Object fact, Bindings b) {
        Bindings current = Accumulation.bindResults(p, fact, p.binding() == null ? b : b.with(p.binding(), fact));
        for (Constraint c : p.constraints()) {
            if (c.binding() != null) {
                current = current.with(c.binding(), evaluator.valueOrNull(c.bound(), fact, current.variables()));
            }
        }
        return p.source() instanceof LhsElement.Accumulate || p.source() instanceof LhsElement.Collect ? current
                : current.plus(fact);
    }

    private Optional<Class<?>> type(String name) {
        return types.computeIfAbsent(name, n -> TypeNames.resolve(imports, n));
    }

    private static List<Object> distinctFacts(List<Bindings> solutions) {
        List<Object> out = new ArrayList<>();
        for (Bindings s : solutions) {
            for (Object f : s.facts()) {
                if (out.stream().noneMatch(o -> o == f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
