package dev.accord.explain;

/**
 * A node of a derivation: a fact from the fact set, a fact the rules concluded, or a plain value
 * a rule matched. Conclusions point down through the rule firings that justify them to the
 * facts they rest on.
 */
public sealed interface Evidence permits InputFact, Conclusion, MatchedValue, Absence, Existence, Aggregate {

    /**
     * One line saying what this is, for a reader.
     *
     * @return the line, never null
     */
    String text();
}
