package dev.accord.internal;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.Source;
import dev.accord.engine.CompiledExpressions;
import dev.accord.engine.SessionRecord;
import dev.accord.explain.Conclusion;
import dev.accord.explain.WhyNot;
import dev.accord.facts.Fact;
import dev.accord.facts.Include;
import dev.accord.render.TextStyle;
import dev.accord.rules.CompiledRules;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How the library's own packages reach what an API type holds but does not publish, as the
 * JDK's {@code SharedSecrets} do: the package that owns it registers an accessor when its class
 * is initialised, and this package, which {@code module-info.java} does not export, hands it to
 * the others. So a {@link RulePack} keeps its compiled rules to itself while the analyses read
 * them, the analyses and renderers read a {@link FactSet}'s facts as written, and
 * {@code dev.accord} has evaluations explained without {@code dev.accord.explain} publishing how.
 */
public final class Internals {

    /** Explains one evaluation: registered by {@code dev.accord.explain}. */
    public interface Explainer {

        /**
         * An explanation of what one evaluation recorded, built as it is asked for.
         *
         * @param record      what the session recorded: firings, inputs, final facts
         * @param sources     the fact set's citations, by key
         * @param rules       the compiled pack
         * @param expressions the pack's constraint expressions, compiled
         */
        Explanation explain(SessionRecord record, Map<String, Source> sources, CompiledRules rules,
                CompiledExpressions expressions);
    }

    /** One evaluation's explanation, as a {@link Decision} uses it. */
    public interface Explanation {

        /** What the evaluation recorded, the facts it ended with among it. */
        SessionRecord record();

        /** The derivation of a fact the rules concluded. */
        Conclusion conclusion(Object concluded);

        /** Why a target (an action, a condition id or a rule name) does not hold in the decision. */
        WhyNot whyNot(Decision decision, String target);
    }

    /** What the library's other packages read of a {@link FactSet}: registered by {@code FactSet}. */
    public interface FactSets {

        /** The facts as written, in file order, without the rows of CSV includes. */
        List<Fact> facts(FactSet set);

        /** A written fact by the label explanations give it: its id, or {@code Type#position}. */
        Optional<Fact> fact(FactSet set, String label);

        /** The fact set with only the facts that pass {@code keep}, whatever they fix. */
        FactSet restrictedTo(FactSet set, Predicate<Fact> keep);

        /** The CSV files whose rows are facts too. */
        List<Include> includes(FactSet set);
    }

    /**
     * Renders reports as text in a style (a terminal's width, colour), which the command line and
     * the server choose and {@code render(Format.TEXT)} does not: registered by
     * {@code dev.accord.explain}.
     */
    public interface TextReports {

        /** The decision as {@code accord evaluate} prints it. */
        String decision(Decision decision, TextStyle style);

        /** The why-not answer as {@code accord why-not} prints it. */
        String whyNot(WhyNot answer, TextStyle style);
    }

    private static final String EXPLAINER = "dev.accord.explain.ExplanationBuilder";
    private static final String TEXT_REPORTS = "dev.accord.explain.TextRenderer";

    private static volatile Function<RulePack, CompiledRules> packs;
    private static volatile Explainer explainer;
    private static volatile FactSets factSets;
    private static volatile TextReports textReports;

    private Internals() {
    }

    /** Called by {@code RulePack}'s static initialiser. */
    public static void registerPacks(Function<RulePack, CompiledRules> compiled) {
        packs = Objects.requireNonNull(compiled, "compiled");
    }

    /** Called by the explainer's static initialiser. */
    public static void registerExplainer(Explainer e) {
        explainer = Objects.requireNonNull(e, "explainer");
    }

    /** Called by the text renderer's static initialiser. */
    public static void registerTextReports(TextReports t) {
        textReports = Objects.requireNonNull(t, "textReports");
    }

    /** Called by {@code FactSet}'s static initialiser. */
    public static void registerFactSets(FactSets f) {
        factSets = Objects.requireNonNull(f, "factSets");
    }

    /** What the library reads of fact sets. A fact set exists, so its class registered. */
    public static FactSets factSets() {
        return factSets;
    }

    /** A pack's compiled rules: its rules' shapes, types and imports. A pack exists, so its class registered. */
    public static CompiledRules compiled(RulePack pack) {
        return packs.apply(Objects.requireNonNull(pack, "pack"));
    }

    /** The explainer, its class initialised (and so registered) on first use. */
    public static Explainer explainer() {
        return registered(() -> explainer, EXPLAINER);
    }

    /** The text renderers, their class initialised (and so registered) on first use. */
    public static TextReports textReports() {
        return registered(() -> textReports, TEXT_REPORTS);
    }

    /** What {@code field} holds, after initialising {@code className}, which registers it, if it holds nothing yet. */
    private static <T> T registered(Supplier<T> field, String className) {
        T value = field.get();
        if (value != null) {
            return value;
        }
        try {
            Class.forName(className, true, Internals.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException(missing);
        }
        return Objects.requireNonNull(field.get(), className + " did not register");
    }
}
