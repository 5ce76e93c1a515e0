package dev.accord.facts;

import dev.accord.Expectation;
import dev.accord.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a fact-set file says, checked for shape (keys, ids, source references) but not yet bound
 * to any pack's types.
 *
 * @param sources  by key, in file order
 * @param includes CSV files whose rows are facts too, in file order; read when a pack evaluates
 */
public record FactSetData(String file, String title, LocalDate asOf, Map<String, Source> sources, List<Fact> facts,
        Expectation expectation, List<Include> includes) {

    public FactSetData(String file, String title, LocalDate asOf, Map<String, Source> sources, List<Fact> facts,
            Expectation expectation) {
        this(file, title, asOf, sources, facts, expectation, List.of());
    }
}
