package dev.accord.analysis;

import dev.accord.AccordException;
import dev.accord.Decision;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.facts.Fact;
import dev.accord.internal.Internals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * How likely each recommendation is when some facts are uncertain: a fact with
 * {@code confidence: 0.7} holds with probability 0.7, independently of the others, and is absent
 * otherwise. With few uncertain facts every combination is evaluated and the answer is exact;
 * with more, combinations are sampled (Monte Carlo) with a fixed seed on every core, and the same
 * seed gives the same answer whatever the number of threads. For each uncertain fact it also
 * says how much it moves the most likely recommendation.
 */
public final class Sensitivity {

    /**
     * @param exactUpTo evaluate every combination when there are at most this many uncertain facts
     * @param samples   combinations to sample otherwise
     * @param seed      the sampling seed
     * @param limits    the limits of each evaluation
     */
    public record Options(int exactUpTo, int samples, long seed, EvaluationLimits limits) {

        /**
         * Options; the limits must be given.
         *
         * @param exactUpTo evaluate every combination when there are at most this many uncertain facts
         * @param samples   combinations to sample otherwise
         * @param seed      the sampling seed
         * @param limits    the limits of each evaluation
         */
        public Options {
            java.util.Objects.requireNonNull(limits, "limits");
        }

        /**
         * Options with {@link EvaluationLimits#defaults()}: the constructor of Accord 1.0, kept for its callers.
         *
         * @param exactUpTo evaluate every combination when there are at most this many uncertain facts
         * @param samples   combinations to sample otherwise
         * @param seed      the sampling seed
         */
        public Options(int exactUpTo, int samples, long seed) {
            this(exactUpTo, samples, seed, EvaluationLimits.defaults());
        }

        /**
         * Exact up to 10 uncertain facts, otherwise 2,000 samples with a fixed seed; each
         * evaluation within {@link EvaluationLimits#defaults()}.
         *
         * @return the defaults
         */
        public static Options defaults() {
            return new Options(10, 2_000, 20210215L);
        }

        /**
         * A copy with another number of samples.
         *
         * @param n combinations to sample when the answer is not exact
         * @return the copy
         */
        public Options withSamples(int n) {
            return new Options(exactUpTo, n, seed, limits);
        }

        /**
         * A copy with another seed; the same seed gives the same answer.
         *
         * @param s the seed
         * @return the copy
         */
        public Options withSeed(long s) {
            return new Options(exactUpTo, samples, s, limits);
        }

        /**
         * A copy that is exact up to another number of uncertain facts (2<sup>n</sup> evaluations).
         *
         * @param n the most uncertain facts to weigh exactly
         * @return the copy
         */
        public Options withExactUpTo(int n) {
            return new Options(n, samples, seed, limits);
        }

        /**
         * A copy whose evaluations keep other limits (firings, time, memory, executor), as a
         * server's {@code --timeout} asks. The time limit holds for each evaluation, not for the
         * analysis: the number of combinations bounds how many there are.
         *
         * @param l the limits of each evaluation
         * @return the copy
         */
        public Options withLimits(EvaluationLimits l) {
            return new Options(exactUpTo, samples, seed, l);
        }
    }

    /**
     * One uncertain fact and the probability of the most likely recommendation with and without it.
     */
    public record Influence(String fact, double confidence, double whenHolds, double whenAbsent) {
        /**
         * How much the fact moves the most likely recommendation.
         *
         * @return {@code whenHolds - whenAbsent}, from -1 to 1
         */
        public double swing() {
            return whenHolds - whenAbsent;
        }
    }

    /**
     * What weighing the uncertain facts found. Immutable; renders as text, as
     * {@code accord sensitivity} prints it.
     *
     * @param facts         names the fact set weighed, as its {@link FactSet#file()} does
     * @param probabilities recommendation (an action, NONE or CONFLICT) to probability, most likely first
     * @param mostLikely    the most likely recommendation
     * @param influences    uncertain facts, the most influential first
     * @param exact         true when every combination was weighed, false when they were sampled
     * @param combinations  combinations weighed or sampled
     * @param evaluations   distinct fact sets evaluated
     * @param failed        of those, how many could not be evaluated
     */
    public record Result(String facts, Map<String, Double> probabilities, String mostLikely, List<Influence> influences,
            boolean exact, int combinations, int evaluations, int failed) implements dev.accord.explain.Report {

        /**
         * Copies the probabilities, in their order, and the influences.
         *
         * @param facts         names the fact set weighed
         * @param probabilities recommendation to probability, most likely first
         * @param mostLikely    the most likely recommendation
         * @param influences    uncertain facts, the most influential first
         * @param exact         true when every combination was weighed
         * @param combinations  combinations weighed or sampled
         * @param evaluations   distinct fact sets evaluated
         * @param failed        of those, how many could not be evaluated
         */
        public Result {
            probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
            influences = List.copyOf(influences);
        }

        /**
         * A result whose fact set is named "the facts": the constructor of Accord 1.0, kept for
         * its callers.
         *
         * @param probabilities recommendation to probability, most likely first
         * @param mostLikely    the most likely recommendation
         * @param influences    uncertain facts, the most influential first
         * @param exact         true when every combination was weighed
         * @param combinations  combinations weighed or sampled
         * @param evaluations   distinct fact sets evaluated
         * @param failed        of those, how many could not be evaluated
         */
        public Result(Map<String, Double> probabilities, String mostLikely, List<Influence> influences, boolean exact,
                int combinations, int evaluations, int failed) {
            this("the facts", probabilities, mostLikely, influences, exact, combinations, evaluations, failed);
        }

        /**
         * The result: text as {@code accord sensitivity} prints it, JSON
         * ({@code accord.sensitivity/1}), Markdown, or one HTML page with the probabilities and
         * the influences as bars.
         *
         * @param format any format but {@link dev.accord.explain.Format#DOT}
         * @return the rendered result
         * @throws IllegalArgumentException for {@link dev.accord.explain.Format#DOT}, which draws
         *                                  one decision's derivation graph
         */
        @Override
        public String render(dev.accord.explain.Format format) {
            return switch (format) {
                case TEXT -> SensitivityReport.render(facts, this);
                case JSON -> AnalysisJson.sensitivity(this);
                case MD -> AnalysisMarkdown.sensitivity(this);
                case HTML -> AnalysisHtml.sensitivity(this);
                case DOT -> throw new IllegalArgumentException("a sensitivity analysis has no DOT rendering: DOT draws one"
                        + " decision's derivation graph");
            };
        }

        /** One line, e.g. {@code Sensitivity.Result[facts.yaml: STAY 85.0%, 3 uncertain facts, exact]}. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "Sensitivity.Result[%s: %s %.1f%%, %d uncertain facts, %s]", facts,
                    mostLikely, 100 * probabilities.getOrDefault(mostLikely, 0.0), influences.size(),
                    exact ? "exact" : combinations + " samples");
        }
    }

    private Sensitivity() {
    }

    /**
     * Weighs the uncertain facts. The evaluations run a few at a time, on threads of the call's
     * own (one per core at most) that end before it returns; safe to call from several threads.
     *
     * @param pack    the pack to decide with
     * @param facts   the facts; those with a confidence below 1 are the uncertain ones
     * @param options exact or sampled, the seed, and the limits of each evaluation
     * @return the probabilities and influences; with no uncertain fact, one recommendation at 1
     * @throws IllegalArgumentException when more than 62 facts are uncertain
     * @throws dev.accord.InvalidFactsException when the facts do not fit the pack's types
     * @throws dev.accord.EvaluationException   when the facts as given, every one present, cannot be
     *                                          evaluated within {@link Options#limits()}; a
     *                                          combination that cannot is counted as
     *                                          {@link Result#failed()}
     */
    public static Result analyze(RulePack pack, FactSet facts, Options options) {
        List<Fact> uncertain = Internals.factSets().facts(facts).stream().filter(f -> f.confidence() != null && f.confidence() < 1).toList();
        if (uncertain.size() > 62) {
            throw new IllegalArgumentException(uncertain.size() + " uncertain facts; at most 62 can be weighed");
        }
        int n = uncertain.size();
        // The facts as given first, on the caller's limits: a pack that cannot decide within them fails here, at once.
        long all = (1L << n) - 1;
        String whole = ScenarioRunner.recommendation(pack.evaluate(facts, options.limits()));
        boolean exact = n <= options.exactUpTo();
        Map<Long, String> outcomes = new ConcurrentHashMap<>();
        Set<Long> failed = ConcurrentHashMap.newKeySet();
        long[] masks;
        double[] weights;
        if (exact) {
            masks = LongStream.range(0, 1L << n).toArray();
            weights = new double[masks.length];
            for (int i = 0; i < masks.length; i++) {
                weights[i] = weight(masks[i], uncertain);
            }
        } else {
            masks = IntStream.range(0, options.samples()).mapToLong(i -> sample(i, options.seed(), uncertain)).toArray();
            weights = new double[masks.length];
            java.util.Arrays.fill(weights, 1.0 / masks.length);
        }
        List<Long> distinct = LongStream.of(masks).distinct().filter(m -> m != all).boxed().toList();
        if (LongStream.of(masks).anyMatch(m -> m == all)) {
            outcomes.put(all, whole);
        }
        List<String> results = Concurrently.map(distinct, mask -> outcome(pack, facts, uncertain, mask, options.limits()));
        for (int i = 0; i < distinct.size(); i++) {
            if (results.get(i) == null) {
                failed.add(distinct.get(i));
            } else {
                outcomes.put(distinct.get(i), results.get(i));
            }
        }
        Map<String, Double> probabilities = new TreeMap<>();
        for (int i = 0; i < masks.length; i++) {
            String o = outcomes.getOrDefault(masks[i], "NOT_EVALUATED");
            probabilities.merge(o, weights[i], Double::sum);
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        probabilities.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        String top = sorted.keySet().iterator().next();
        List<Influence> influences = new ArrayList<>();
        for (int bit = 0; bit < n; bit++) {
            influences.add(influence(uncertain.get(bit), bit, top, masks, weights, outcomes));
        }
        influences.sort(java.util.Comparator.comparingDouble((Influence x) -> -Math.abs(x.swing())).thenComparing(Influence::fact));
        return new Result(facts.file(), sorted, top, influences, exact, masks.length, outcomes.size() + failed.size(), failed.size());
    }

    /** The probability of {@code top} among the combinations where the fact holds, and where it does not. */
    private static Influence influence(Fact fact, int bit, String top, long[] masks, double[] weights, Map<Long, String> outcomes) {
        double with = 0;
        double withTop = 0;
        double without = 0;
        double withoutTop = 0;
        for (int i = 0; i < masks.length; i++) {
            boolean holds = (masks[i] >>> bit & 1) == 1;
            boolean isTop = top.equals(outcomes.get(masks[i]));
            if (holds) {
                with += weights[i];
                withTop += isTop ? weights[i] : 0;
            } else {
                without += weights[i];
                withoutTop += isTop ? weights[i] : 0;
            }
        }
        return new Influence(fact.label(), fact.confidence(), with == 0 ? Double.NaN : withTop / with,
                without == 0 ? Double.NaN : withoutTop / without);
    }

    private static double weight(long mask, List<Fact> uncertain) {
        double w = 1;
        for (int bit = 0; bit < uncertain.size(); bit++) {
            double p = uncertain.get(bit).confidence();
            w *= (mask >>> bit & 1) == 1 ? p : 1 - p;
        }
        return w;
    }

    /** Sample {@code index}: its own generator, so samples do not depend on which thread draws them. */
    private static long sample(int index, long seed, List<Fact> uncertain) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        long mask = 0;
        for (int bit = 0; bit < uncertain.size(); bit++) {
            if (random.nextDouble() < uncertain.get(bit).confidence()) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    private static String outcome(RulePack pack, FactSet facts, List<Fact> uncertain, long mask, EvaluationLimits limits) {
        Set<Fact> absent = new HashSet<>();
        for (int bit = 0; bit < uncertain.size(); bit++) {
            if ((mask >>> bit & 1) == 0) {
                absent.add(uncertain.get(bit));
            }
        }
        try {
            Decision d = pack.evaluate(Internals.factSets().restrictedTo(facts, f -> !absent.contains(f)), limits);
            return ScenarioRunner.recommendation(d);
        } catch (AccordException e) {
            return null;
        }
    }
}
