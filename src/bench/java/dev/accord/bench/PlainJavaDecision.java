package dev.accord.bench;

import dev.accord.FactSet;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import dev.accord.internal.Internals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The default pack's seventeen rules written by hand in plain Java, over plain records: the
 * fastest this decision can be made, with no rule engine and no explanation. Only the
 * conclusions (recommendations, condition statuses, considerations) are computed.
 */
final class PlainJavaDecision {

    record Agreement(String id, LocalDate signed) { }
    record Actor(String id, String name, String kind) { }
    record Tie(String from, String to, String status, boolean verified) { }
    record Talks(String party, String counterpart, String status) { }
    record ViolenceReport(LocalDate periodFrom, double changePercent) { }
    record Claim(String by) { }
    record Threat(String by, String ifAction) { }

    /** The facts of a fact set as plain records. */
    record Facts(List<Agreement> agreements, List<Actor> actors, List<Tie> ties, List<Talks> talks,
            List<ViolenceReport> reports, List<Claim> claims, List<Threat> threats) {

        static Facts of(FactSet set) {
            Facts f = new Facts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Fact fact : Internals.factSets().facts(set)) {
                switch (fact.type()) {
                    case "Agreement" -> f.agreements.add(new Agreement(fact.id(), LocalDate.parse(text(fact, "signed"))));
                    case "Actor" -> f.actors.add(new Actor(fact.id(), text(fact, "name"), text(fact, "kind")));
                    case "Tie" -> f.ties.add(new Tie(text(fact, "from"), text(fact, "to"), text(fact, "status"),
                            Boolean.parseBoolean(text(fact, "verified"))));
                    case "Talks" -> f.talks.add(new Talks(text(fact, "party"), text(fact, "counterpart"), text(fact, "status")));
                    case "ViolenceReport" -> f.reports.add(new ViolenceReport(LocalDate.parse(text(fact, "periodFrom")),
                            Double.parseDouble(text(fact, "changePercent"))));
                    case "Claim" -> f.claims.add(new Claim(text(fact, "by")));
                    case "Threat" -> f.threats.add(new Threat(text(fact, "by"), text(fact, "ifAction")));
                    default -> throw new IllegalArgumentException("no plain type for " + fact.type());
                }
            }
            return f;
        }

        private static String text(Fact fact, String field) {
            Node.Entry entry = fact.fields().get(field);
            return entry != null && entry.value() instanceof Node.Scalar s && !s.isNull() ? s.text() : null;
        }
    }

    /** What was concluded: condition to statuses, recommended actions, consideration topics. */
    record Result(Map<String, TreeSet<String>> assessments, TreeSet<String> recommendations, TreeSet<String> considerations) { }

    private PlainJavaDecision() {
    }

    static Result decide(Facts f) {
        Map<String, TreeSet<String>> assessed = new TreeMap<>();
        List<Actor> insurgents = f.actors.stream().filter(a -> a.kind.equals("INSURGENT_GROUP")).toList();
        List<Actor> terrorists = f.actors.stream().filter(a -> a.kind.equals("TERRORIST_ORGANISATION")).toList();
        List<Actor> governments = f.actors.stream().filter(a -> a.kind.equals("GOVERNMENT")).toList();

        for (Actor party : insurgents) {
            boolean activeTerrorTie = false;
            boolean unsoundTerrorTie = false;
            boolean anyTerrorTie = false;
            for (Tie t : f.ties) {
                if (t.from.equals(party.id) && isTerrorist(terrorists, t.to)) {
                    anyTerrorTie = true;
                    activeTerrorTie |= t.status.equals("ACTIVE");
                    unsoundTerrorTie |= !t.status.equals("SEVERED") || !t.verified;
                }
            }
            for (Actor org : terrorists) {
                for (Tie t : f.ties) {
                    if (!t.from.equals(party.id) || !t.to.equals(org.id)) {
                        continue;
                    }
                    switch (t.status) {
                        case "ACTIVE" -> add(assessed, "ties-cut", "NOT_MET");
                        case "SEVERED" -> {
                            if (t.verified && !unsoundTerrorTie) {
                                add(assessed, "ties-cut", "MET");
                            } else if (!t.verified && !activeTerrorTie) {
                                add(assessed, "ties-cut", "UNKNOWN");
                            }
                        }
                        default -> {
                            if (!activeTerrorTie) {
                                add(assessed, "ties-cut", "UNKNOWN");
                            }
                        }
                    }
                }
            }
            if (!anyTerrorTie) {
                add(assessed, "ties-cut", "UNKNOWN");
            }
            for (Actor government : governments) {
                boolean ongoing = false;
                boolean stalled = false;
                boolean any = false;
                for (Talks t : f.talks) {
                    if (t.party.equals(party.id) && t.counterpart.equals(government.id)) {
                        any = true;
                        ongoing |= t.status.equals("ONGOING");
                        stalled |= !t.status.equals("ONGOING");
                    }
                }
                if (ongoing) {
                    add(assessed, "talks-started", "MET");
                } else if (stalled) {
                    add(assessed, "talks-started", "NOT_MET");
                } else if (!any) {
                    add(assessed, "talks-started", "UNKNOWN");
                }
            }
        }
        for (Agreement agreement : f.agreements) {
            boolean short20 = false;
            boolean fell20 = false;
            for (ViolenceReport r : f.reports) {
                if (!r.periodFrom.isBefore(agreement.signed)) {
                    short20 |= r.changePercent > -20;
                    fell20 |= r.changePercent <= -20;
                }
            }
            if (short20) {
                add(assessed, "violence-falls", "NOT_MET");
            } else if (fell20) {
                add(assessed, "violence-falls", "MET");
            } else {
                add(assessed, "violence-falls", "UNKNOWN");
            }
        }

        TreeSet<String> recommendations = new TreeSet<>();
        boolean anyNotMet = assessed.values().stream().anyMatch(s -> s.contains("NOT_MET"));
        boolean anyUnknown = assessed.values().stream().anyMatch(s -> s.contains("UNKNOWN"));
        if (met(assessed, "ties-cut") && met(assessed, "talks-started") && met(assessed, "violence-falls")) {
            recommendations.add("WITHDRAW");
        }
        if (anyNotMet) {
            recommendations.add("STAY");
        }
        if (anyUnknown && !anyNotMet) {
            recommendations.add("REVIEW");
        }

        TreeSet<String> considerations = new TreeSet<>();
        if (recommendations.contains("STAY") || recommendations.contains("REVIEW")) {
            for (Threat t : f.threats) {
                if (t.ifAction.equals("STAY") && f.actors.stream().anyMatch(a -> a.id.equals(t.by))) {
                    considerations.add("escalation-risk");
                }
            }
        }
        TreeSet<String> ties = assessed.getOrDefault("ties-cut", new TreeSet<>());
        if (ties.contains("NOT_MET") || ties.contains("UNKNOWN")) {
            considerations.add("safe-haven-risk");
        }
        for (Claim c : f.claims) {
            if (insurgents.stream().anyMatch(a -> a.id.equals(c.by))) {
                considerations.add("unverified-claim");
            }
        }
        return new Result(assessed, recommendations, considerations);
    }

    private static boolean isTerrorist(List<Actor> terrorists, String id) {
        for (Actor a : terrorists) {
            if (a.id.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean met(Map<String, TreeSet<String>> assessed, String condition) {
        return assessed.getOrDefault(condition, new TreeSet<>()).contains("MET");
    }

    private static void add(Map<String, TreeSet<String>> assessed, String condition, String status) {
        assessed.computeIfAbsent(condition, c -> new TreeSet<>()).add(status);
    }
}
