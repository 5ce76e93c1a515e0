package dev.accord.rules;

import dev.accord.Action;
import dev.accord.Condition;
import dev.accord.Location;
import dev.accord.Source;
import dev.accord.facts.MappingView;
import dev.accord.facts.Node;
import dev.accord.facts.Problems;
import dev.accord.facts.SourcesReader;
import dev.accord.facts.TreeReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a pack's {@code pack.yaml}. */
final class ManifestReader {

    static final String FILE = "pack.yaml";

    private static final Set<String> TOP_KEYS = Set.of("name", "title", "agreement", "sources", "conditions", "actions");
    private static final Set<String> AGREEMENT_KEYS = Set.of("title", "signed", "source");
    private static final Set<String> CONDITION_KEYS = Set.of("id", "title", "clause", "source");
    private static final Set<String> ACTION_KEYS = Set.of("id", "title");

    private final Problems problems;
    private Map<String, Source> sources = Map.of();

    private ManifestReader(Problems problems) {
        this.problems = problems;
    }

    /** Returns the manifest, or null when {@code problems} has errors. */
    static Manifest read(String text, Problems problems) {
        Node root = TreeReader.read(text, FILE, problems);
        if (root == null) {
            return null;
        }
        Manifest manifest = new ManifestReader(problems).read(root);
        return problems.hasErrors() ? null : manifest;
    }

    private Manifest read(Node root) {
        MappingView top = MappingView.of(root, FILE, problems);
        if (top == null) {
            return null;
        }
        top.allowOnly(TOP_KEYS);
        String name = top.requiredText("name");
        sources = SourcesReader.read(top.mapping("sources"), problems);
        Agreement agreement = agreement(top.mapping("agreement"));
        List<Condition> conditions = conditions(top.list("conditions"));
        List<Action> actions = actions(top.list("actions"));
        if (conditions.isEmpty()) {
            problems.error(top.location(), FILE + ": a pack needs at least one condition under 'conditions'");
        }
        if (actions.isEmpty()) {
            problems.error(top.location(), FILE + ": a pack needs at least one action under 'actions'");
        }
        String title = top.text("title");
        return new Manifest(name, title == null ? name : title, agreement, sources, conditions, actions);
    }

    private Agreement agreement(MappingView view) {
        if (view == null) {
            return null;
        }
        view.allowOnly(AGREEMENT_KEYS);
        String source = view.text("source");
        checkSource(view, source);
        return new Agreement(view.requiredText("title"), view.date("signed"), source);
    }

    private List<Condition> conditions(List<Node> items) {
        List<Condition> conditions = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MappingView c = MappingView.of(items.get(i), "condition #" + (i + 1), problems);
            if (c == null) {
                continue;
            }
            c.allowOnly(CONDITION_KEYS);
            String id = c.requiredText("id");
            String source = c.text("source");
            checkSource(c, source);
            if (id != null && unique(id, c.location(), seen, "condition")) {
                String title = c.text("title");
                conditions.add(new Condition(id, title == null ? id : title, c.text("clause"), source, c.location()));
            }
        }
        return List.copyOf(conditions);
    }

    private List<Action> actions(List<Node> items) {
        List<Action> actions = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MappingView a = MappingView.of(items.get(i), "action #" + (i + 1), problems);
            if (a == null) {
                continue;
            }
            a.allowOnly(ACTION_KEYS);
            String id = a.requiredText("id");
            if (id != null && unique(id, a.location(), seen, "action")) {
                String title = a.text("title");
                actions.add(new Action(id, title == null ? id : title, a.location()));
            }
        }
        return List.copyOf(actions);
    }

    private boolean unique(String id, Location at, Map<String, Location> seen, String what) {
        Location first = seen.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, "duplicate " + what + " '" + id + "' (first given at line " + first.line() + ")");
            return false;
        }
        return true;
    }

    private void checkSource(MappingView view, String source) {
        if (source != null && !sources.containsKey(source)) {
            problems.error(view.mapping().get("source").location(), "unknown source '" + source + "'; "
                    + (sources.isEmpty() ? FILE + " defines no sources" : "defined: " + String.join(", ", sources.keySet())));
        }
    }
}
