package dev.accord.rules.policy;

import dev.accord.Diagnostic;
import dev.accord.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the policy refused, as diagnostics; one refusal per place and message. */
final class Refusals {

    private final Set<Diagnostic> found = new LinkedHashSet<>();

    void refuse(Location at, String message) {
        found.add(Diagnostic.error(at, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(found);
        out.sort(Diagnostic.BY_LOCATION);
        return out;
    }
}
