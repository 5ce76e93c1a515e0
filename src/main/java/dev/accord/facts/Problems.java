package dev.accord.facts;

import dev.accord.Diagnostic;
import dev.accord.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading a file, so that one run reports all of them in
 * file order instead of stopping at the first.
 */
public final class Problems {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** How many of them are errors: asked once per row of a CSV file, so counted, not searched for. */
    private int errors;

    public void error(Location location, String message) {
        diagnostics.add(Diagnostic.error(location, message));
        errors++;
    }

    public void warning(Location location, String message) {
        diagnostics.add(Diagnostic.warning(location, message));
    }

    public void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
        for (Diagnostic d : more) {
            if (d.isError()) {
                errors++;
            }
        }
    }

    /** How many problems were found so far. */
    public int count() {
        return diagnostics.size();
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** Every problem, sorted by location (stable, so equal locations keep the order found). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.BY_LOCATION);
        return copy;
    }
}
