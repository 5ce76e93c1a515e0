package dev.accord.explain;

import dev.accord.engine.Firing;
import dev.accord.rules.RuleShape;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Why a rule whose conditions all hold did not fire, when its attributes say: another rule of its
 * {@code activation-group} fired first (only one of a group fires, the one of highest
 * {@code salience}), or its {@code agenda-group} never had the focus.
 */
final class AgendaWords {

    private AgendaWords() {
    }

    /** The reason in one sentence, or null when the attributes do not explain it. */
    static String why(RuleShape rule, Collection<RuleShape> all, List<Firing> firings) {
        Map<String, String> attributes = rule.attributes();
        String group = attributes.get("activation-group");
        if (group != null) {
            for (Firing f : firings) {
                RuleShape winner = shape(all, f.rule().key());
                if (winner != null && winner != rule && group.equals(winner.attributes().get("activation-group"))) {
                    return "rule \"" + winner.info().name() + "\" of the same activation-group \"" + group
                            + "\" fired first (salience " + salience(winner) + " against " + salience(rule)
                            + "), and only one rule of an activation-group fires";
                }
            }
        }
        String agenda = attributes.get("agenda-group");
        if (agenda != null && !agenda.equals("MAIN") && !"true".equals(attributes.get("auto-focus"))) {
            boolean focused = firings.stream().map(f -> shape(all, f.rule().key()))
                    .anyMatch(s -> s != null && agenda.equals(s.attributes().get("agenda-group")));
            return focused ? null : "it is in agenda-group \"" + agenda + "\", which never had the focus: no rule fired"
                    + " in it, and a rule of the pack must give it the focus (setFocus) or one of its rules be auto-focus";
        }
        return null;
    }

    private static String salience(RuleShape rule) {
        return rule.attributes().getOrDefault("salience", "0");
    }

    private static RuleShape shape(Collection<RuleShape> all, String key) {
        for (RuleShape s : all) {
            if (s.info().key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
