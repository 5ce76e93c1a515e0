package dev.accord.analysis;

import dev.accord.AccordException;
import dev.accord.Decision;
import dev.accord.EvaluationLimits;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import dev.accord.internal.Internals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the smallest sets of changes to a fact set that flip the recommendation, or that reach a
 * target action. Tries every single change, then pairs, and so on up to a limit, never extending
 * a set that already succeeds (so every set found is minimal), and stops when a budget of
 * evaluations is spent. Every set reported was verified by evaluating the changed fact set.
 * Sets are ranked by size, then by how plausible the change is: a small move of a number before
 * a large one, a changed value before a removed fact, a removed fact before an invented one.
 */
public final class Counterfactuals {

    /**
     * @param target     the action to reach, or null for "any other recommendation"
     * @param maxChanges the most changes in one set
     * @param budget     the most evaluations the search may make
     * @param limits     the limits of each evaluation: the facts as given and every changed set
     */
    public record Options(String target, int maxChanges, int budget, EvaluationLimits limits) {

        /**
         * Options; the limits must be given.
         *
         * @param target     the action to reach, or null for "any other recommendation"
         * @param maxChanges the most changes in one set
         * @param budget     the most evaluations the search may make
         * @param limits     the limits of each evaluation
         */
        public Options {
            Objects.requireNonNull(limits, "limits");
        }

        /**
         * Options with {@link EvaluationLimits#defaults()}: the constructor of Accord 1.0, kept for its callers.
         *
         * @param target     the action to reach, or null for "any other recommendation"
         * @param maxChanges the most changes in one set
         * @param budget     the most evaluations the search may make
         */
        public Options(String target, int maxChanges, int budget) {
            this(target, maxChanges, budget, EvaluationLimits.defaults());
        }

        /**
         * Any other recommendation, at most 2 changes a set, at most 5,000 evaluations, each
         * within {@link EvaluationLimits#defaults()}.
         *
         * @return the defaults
         */
        public static Options defaults() {
            return new Options(null, 2, 5_000);
        }

        /**
         * A copy that looks for one action rather than any other recommendation.
         *
         * @param action an action of {@code pack.yaml}, or null for any other recommendation
         * @return the copy
         */
        public Options withTarget(String action) {
            return new Options(action, maxChanges, budget, limits);
        }

        /**
         * A copy allowing more or fewer changes in one set; the search grows with its power.
         *
         * @param n the most changes in one set
         * @return the copy
         */
        public Options withMaxChanges(int n) {
            return new Options(target, n, budget, limits);
        }

        /**
         * A copy with another limit on evaluations, which bounds the search's time.
         *
         * @param n the most evaluations
         * @return the copy
         */
        public Options withBudget(int n) {
            return new Options(target, maxChanges, n, limits);
        }

        /**
         * A copy whose evaluations keep other limits (firings, time, memory, executor), as a
         * server's {@code --timeout} asks. The time limit holds for each evaluation, not for the
         * search: the budget bounds how many there are.
         *
         * @param l the limits of each evaluation
         * @return the copy
         */
        public Options withLimits(EvaluationLimits l) {
            return new Options(target, maxChanges, budget, l);
        }
    }

    /** One set of changes and the decision it leads to. */
    public record ChangeSet(List<FactEdit> edits, List<String> described, Decision decision, double cost) {
        /**
         * A change set; the lists are copied.
         *
         * @param edits     the changes
         * @param described the changes in words, in the same order
         * @param decision  the decision the changed fact set leads to
         * @param cost      how implausible the change is: smaller ranks first
         */
        public ChangeSet {
            edits = List.copyOf(edits);
            described = List.copyOf(described);
        }
    }

    /**
     * @param goal      the recommendation looked for, in words
     * @param evaluated how many changed fact sets were evaluated
     * @param exhausted true when the budget ran out before every set up to the limit was tried
     */
    public record Result(Decision original, String goal, List<ChangeSet> changeSets, int candidates, int evaluated,
            boolean exhausted) implements dev.accord.explain.Report {

        /**
         * A search's result; the change sets are copied.
         *
         * @param original   the decision on the facts as given
         * @param goal       the recommendation looked for, in words
         * @param changeSets the sets found, best first
         * @param candidates how many single changes were drawn from the pack
         * @param evaluated  how many changed fact sets were evaluated
         * @param exhausted  true when the budget ran out before every set up to the limit was tried
         */
        public Result {
            changeSets = List.copyOf(changeSets);
        }

        /**
         * The search's answer, every change set in full: text as {@code accord what-if --target ...}
         * prints it, JSON ({@code accord.what-if-search/1}), Markdown, or one HTML page.
         *
         * @param format any format but {@link Format#DOT}
         * @return the rendered answer
         * @throws IllegalArgumentException for {@link Format#DOT}, which draws one decision: render
         *                                  a change set's {@link ChangeSet#decision()} for its graph
         */
        @Override
        public String render(Format format) {
            return render(format, Integer.MAX_VALUE);
        }

        /**
         * The same with only the first change sets in full and the rest counted, as
         * {@code accord what-if --show N} prints it; the JSON has every change set whatever
         * {@code show} says, so it is the same document everywhere.
         *
         * @param format any format but {@link Format#DOT}
         * @param show   the most change sets to show in full in text, Markdown and HTML, at least 1
         * @return the rendered answer
         * @throws IllegalArgumentException for {@link Format#DOT}, or when {@code show} is below 1
         */
        public String render(Format format, int show) {
            if (show < 1) {
                throw new IllegalArgumentException("show at least 1 change set, not " + show);
            }
            return switch (format) {
                case TEXT -> WhatIfReport.search(this, show);
                case JSON -> AnalysisJson.search(this);
                case MD -> AnalysisMarkdown.search(this, show);
                case HTML -> AnalysisHtml.search(this, show);
                case DOT -> throw new IllegalArgumentException("a what-if search has no DOT rendering: DOT draws one"
                        + " decision's derivation graph; render a change set's decision");
            };
        }

        @Override
        public String toString() {
            return "Counterfactuals.Result[" + goal + ": " + changeSets.size() + " change sets]";
        }
    }

    private final RulePack pack;
    private final FactSet facts;
    private final Options options;
    private final String before;
    private int evaluated;

    private Counterfactuals(RulePack pack, FactSet facts, Options options, Decision original) {
        this.pack = pack;
        this.facts = facts;
        this.options = options;
        this.before = ScenarioRunner.recommendation(original);
    }

    /**
     * Searches for the smallest sets of changes to the facts that lead to another recommendation
     * (or to {@link Options#target()}). The evaluations run a few at a time, on threads of the
     * call's own (one per core at most) that end before it returns, never on the common
     * ForkJoinPool; safe to call from several threads at once.
     *
     * @param pack    the pack to decide with
     * @param facts   the facts as they stand; fixed facts and fields are never changed
     * @param options target, size of a set, budget, and the limits of each evaluation
     * @return the change sets found, smallest and most plausible first; none when nothing within
     *         the budget leads there
     * @throws dev.accord.InvalidFactsException when the facts do not fit the pack's types
     * @throws dev.accord.EvaluationException   when evaluating the facts as given fails or passes one
     *                                          of {@link Options#limits()}; a changed fact set that
     *                                          does so is one that leads nowhere
     */
    public static Result search(RulePack pack, FactSet facts, Options options) {
        Decision original = pack.evaluate(facts, options.limits());
        Counterfactuals c = new Counterfactuals(pack, facts, options, original);
        List<FactEdit> singles = CandidateEdits.of(pack, facts, original);
        List<ChangeSet> found = new ArrayList<>();
        boolean exhausted = c.grow(singles, found);
        String goal = options.target() == null ? "a recommendation other than " + c.before : options.target();
        return new Result(original, goal, rank(found), singles.size(), c.evaluated, exhausted);
    }

    /**
     * Tries sets in order of size: all sets of one change, then of two, and so on, each size's sets
     * evaluated in parallel. Returns true when the budget ran out.
     */
    private boolean grow(List<FactEdit> singles, List<ChangeSet> found) {
        List<List<Integer>> frontier = new ArrayList<>();
        frontier.add(List.of());
        for (int size = 1; size <= options.maxChanges(); size++) {
            List<List<Integer>> level = new ArrayList<>();
            for (List<Integer> base : frontier) {
                int from = base.isEmpty() ? 0 : base.get(base.size() - 1) + 1;
                for (int i = from; i < singles.size(); i++) {
                    List<Integer> set = new ArrayList<>(base);
                    set.add(i);
                    if (compatible(singles, set) && !containsFound(set, found, singles)) {
                        level.add(set);
                    }
                }
            }
            boolean exhausted = level.size() > options.budget() - evaluated;
            if (exhausted) {
                level = level.subList(0, Math.max(0, options.budget() - evaluated));
            }
            List<List<FactEdit>> editsOf = level.stream().map(set -> set.stream().map(singles::get).toList()).toList();
            List<Decision> decisions = Concurrently.map(editsOf, this::evaluate);
            evaluated += level.size();
            List<List<Integer>> next = new ArrayList<>();
            for (int k = 0; k < level.size(); k++) {
                Decision d = decisions.get(k);
                if (d != null && reaches(d)) {
                    List<FactEdit> edits = editsOf.get(k);
                    found.add(new ChangeSet(edits, edits.stream().map(e -> e.describe(facts)).toList(), d, cost(edits)));
                } else {
                    next.add(level.get(k));
                }
            }
            if (exhausted) {
                return true;
            }
            frontier = next;
        }
        return false;
    }

    private Decision evaluate(List<FactEdit> edits) {
        try {
            return pack.evaluate(facts.with(edits), options.limits());
        } catch (AccordException | IllegalArgumentException e) {
            // A change the pack cannot take (a value of the wrong type, a loop past the firing limit) flips nothing.
            return null;
        }
    }

    private boolean reaches(Decision d) {
        String after = ScenarioRunner.recommendation(d);
        return options.target() == null ? !after.equals(before) : after.equals(options.target());
    }

    /** Two changes to one field, or a change to a fact that is also removed, make no sense together. */
    private static boolean compatible(List<FactEdit> singles, List<Integer> set) {
        for (int a = 0; a < set.size(); a++) {
            for (int b = a + 1; b < set.size(); b++) {
                FactEdit x = singles.get(set.get(a));
                FactEdit y = singles.get(set.get(b));
                if (x.fact() != null && Objects.equals(x.fact(), y.fact())
                        && (x instanceof FactEdit.RemoveFact || y instanceof FactEdit.RemoveFact
                        || x instanceof FactEdit.SetField sx && y instanceof FactEdit.SetField sy && sx.field().equals(sy.field()))) {
                    return false;
                }
                if (x instanceof FactEdit.AddFact && y instanceof FactEdit.AddFact ax2 && ((FactEdit.AddFact) x).id().equals(ax2.id())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A superset of a set that already succeeds is not minimal. */
    private static boolean containsFound(List<Integer> set, List<ChangeSet> found, List<FactEdit> singles) {
        List<FactEdit> edits = set.stream().map(singles::get).toList();
        return found.stream().anyMatch(f -> edits.containsAll(f.edits()));
    }

    /**
     * How implausible a set of changes is: a changed value costs 1, plus for a number how far it
     * moves relative to where it was; removing a fact costs 2, inventing one 3.
     */
    double cost(List<FactEdit> edits) {
        double cost = 0;
        for (FactEdit e : edits) {
            if (e instanceof FactEdit.SetField s) {
                cost += 1 + move(s);
            } else if (e instanceof FactEdit.RemoveFact) {
                cost += 2;
            } else {
                cost += 3;
            }
        }
        return cost;
    }

    /** For a number, how far the change moves it relative to its size (0 for other values). */
    private double move(FactEdit.SetField s) {
        if (!(s.value() instanceof Number to)) {
            return 0;
        }
        Object from = Internals.factSets().fact(facts, s.fact()).map(f -> f.fields().get(s.field()))
                .map(e -> e.value() instanceof dev.accord.facts.Node.Scalar sc ? sc.value() : null).orElse(null);
        if (!(from instanceof Number n)) {
            return 0;
        }
        return Math.abs(to.doubleValue() - n.doubleValue()) / (Math.abs(n.doubleValue()) + 1);
    }

    /**
     * Fewest changes first, then the most plausible; of sets that differ only in how far they
     * move a number, only the smallest move is kept.
     */
    private static List<ChangeSet> rank(List<ChangeSet> found) {
        Map<String, ChangeSet> byShape = new LinkedHashMap<>();
        for (ChangeSet c : found) {
            String shape = String.join("|", c.edits().stream().map(Counterfactuals::shape).sorted().toList());
            ChangeSet kept = byShape.get(shape);
            if (kept == null || c.cost() < kept.cost()) {
                byShape.put(shape, c);
            }
        }
        List<ChangeSet> out = new ArrayList<>(byShape.values());
        out.sort(Comparator.comparingInt((ChangeSet c) -> c.edits().size()).thenComparingDouble(ChangeSet::cost)
                .thenComparing(c -> String.join("; ", c.described())));
        return out;
    }

    private static String shape(FactEdit e) {
        if (e instanceof FactEdit.SetField s && (s.value() instanceof BigDecimal || s.value() instanceof Long)) {
            return "set " + s.fact() + "." + s.field() + " (number)";
        }
        return e.toString();
    }
}
