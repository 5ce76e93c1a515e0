package dev.accord.engine;

import dev.accord.facts.Fact;

/**
 * A fact of a fact set and the object it became: an instance of the pack's type. A row of a CSV
 * file keeps only where it came from and rebuilds its {@link Fact} from the object when an
 * explanation asks for it: a session may hold a million rows, and the text of each is not needed.
 */
public final class BoundFact {

    private final Fact fact;
    private final CsvRowOrigin row;
    private final Object object;

    public BoundFact(Fact fact, Object object) {
        this(fact, null, object);
    }

    private BoundFact(Fact fact, CsvRowOrigin row, Object object) {
        this.fact = fact;
        this.row = row;
        this.object = object;
    }

    static BoundFact ofRow(CsvRowOrigin row, Object object) {
        return new BoundFact(null, row, object);
    }

    /** The fact as written; for a CSV row, rebuilt from the bound object's fields. */
    public Fact fact() {
        return fact != null ? fact : row.fact(object);
    }

    /** How explanations name the fact ({@link Fact#label()}), without rebuilding a CSV row. */
    public String label() {
        return fact != null ? fact.label() : row.label();
    }

    public Object object() {
        return object;
    }
}
