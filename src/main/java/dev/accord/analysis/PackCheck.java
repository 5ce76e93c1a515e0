package dev.accord.analysis;

import dev.accord.Action;
import dev.accord.Condition;
import dev.accord.Diagnostic;
import dev.accord.Location;
import dev.accord.RulePack;
import dev.accord.internal.Internals;
import dev.accord.rules.Constraint;
import dev.accord.rules.DeclaredType;
import dev.accord.rules.DeclaredTypes;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything wrong with a pack that compiles, found before it runs: rules a reviewer could not
 * read (no {@code @explain}, or placeholders naming nothing), conditions and actions of
 * {@code pack.yaml} that no rule concludes, declared types and fields no rule reads, and rules
 * that can recommend different actions on the same facts with nothing to decide between them.
 * Every finding is a warning at the place to fix, file names relative to the pack.
 */
public final class PackCheck {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$[A-Za-z_][\\w$]*)[^}]*}");
    /** Fields every fact fills from its own metadata and explanations always show. */
    private static final Set<String> META_FIELDS = Set.of("id", "source");

    private final RulePack pack;
    private final List<Diagnostic> found = new ArrayList<>();
    /** The pack's type declarations, parsed from its DRL once for every check that reads them. */
    private final List<DeclaredType> declared;

    private PackCheck(RulePack pack) {
        this.pack = pack;
        this.declared = DeclaredTypes.of(pack.directory());
    }

    /**
     * Checks a compiled pack for what compiles but is likely wrong.
     *
     * @param pack the pack
     * @return the compiler's warnings and the checks' findings; empty when there are none
     */
    public static List<Diagnostic> check(RulePack pack) {
        PackCheck c = new PackCheck(pack);
        c.found.addAll(pack.warnings());
        c.explanations();
        c.manifest();
        c.unread();
        c.eventSubtypes();
        c.found.addAll(ActionConflicts.find(pack));
        c.found.sort(Diagnostic.BY_LOCATION);
        return List.copyOf(c.found);
    }

    private void explanations() {
        for (RuleShape r : Internals.compiled(pack).shapes().values()) {
            String template = r.info().explainTemplate();
            if (template == null) {
                warn(r.info().location(), "rule \"" + r.info().name() + "\" has no @explain: a reviewer will read only"
                        + " \"rule matched\" where it fires");
                continue;
            }
            Set<String> bound = bound(r.conditions());
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                if (!bound.contains(m.group(1))) {
                    warn(r.info().location(), "@explain of rule \"" + r.info().name() + "\" names " + m.group()
                            + ", but the rule binds no " + m.group(1) + (bound.isEmpty() ? "" : "; it binds " + String.join(", ", new TreeSet<>(bound))));
                }
            }
        }
    }

    /** The variables a rule's action (and so its @explain) can use: none from inside not or exists. */
    private static Set<String> bound(List<LhsElement> elements) {
        Set<String> out = new HashSet<>();
        for (LhsElement e : elements) {
            if (e instanceof LhsElement.Pattern p) {
                if (p.binding() != null) {
                    out.add(p.binding());
                }
                p.constraints().stream().map(Constraint::binding).filter(b -> b != null).forEach(out::add);
                if (p.source() instanceof LhsElement.Accumulate acc) {
                    acc.functions().stream().map(LhsElement.Function::binding).filter(b -> b != null).forEach(out::add);
                }
            } else if (e instanceof LhsElement.Or o) {
                out.addAll(bound(o.branches()));
            }
        }
        return out;
    }

    /**
     * Conditions and actions no rule concludes. A rule that names the condition or action with a
     * variable ({@code new Assessment($c, Status.MET)}, the id read from a fact) may conclude any,
     * so then nothing is reported: the check cannot know which ids the facts hold.
     */
    private void manifest() {
        boolean anyCondition = concludesByVariable("Assessment");
        for (Condition c : pack.conditions()) {
            Pattern assessed = Pattern.compile("new\\s+(?:[\\w$]+\\.)*Assessment\\s*\\(\\s*\"" + Pattern.quote(c.id()) + "\"");
            if (!anyCondition && Internals.compiled(pack).shapes().values().stream().noneMatch(r -> assessed.matcher(r.consequence()).find())) {
                warn(at("pack.yaml", c.location()), "condition '" + c.id() + "' is assessed by no rule: it will always be NOT_ASSESSED");
            }
        }
        boolean anyAction = concludesByVariable("Recommendation");
        for (Action a : pack.actions()) {
            Pattern recommended = Pattern.compile("new\\s+(?:[\\w$]+\\.)*Recommendation\\s*\\(\\s*\"" + Pattern.quote(a.id()) + "\"");
            if (!anyAction && Internals.compiled(pack).shapes().values().stream().noneMatch(r -> recommended.matcher(r.consequence()).find())) {
                warn(at("pack.yaml", a.location()), "action '" + a.id() + "' is recommended by no rule");
            }
        }
    }

    /** True when some rule makes a {@code type} whose first argument is not a text literal. */
    private boolean concludesByVariable(String type) {
        Pattern byVariable = Pattern.compile("new\\s+(?:[\\w$]+\\.)*" + type + "\\s*\\(\\s*[^\"\\s)]");
        return Internals.compiled(pack).shapes().values().stream().anyMatch(r -> byVariable.matcher(r.consequence()).find());
    }

    private void unread() {
        Set<String> types = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (RuleShape r : Internals.compiled(pack).shapes().values()) {
            collect(r.conditions(), types, words);
            words(r.consequence(), words);
            if (r.info().explainTemplate() != null) {
                words(r.info().explainTemplate(), words);
            }
        }
        Map<String, DeclaredType> byName = new HashMap<>();
        declared.forEach(t -> byName.putIfAbsent(t.name(), t));
        // A pattern of a type matches its subtypes' facts too; a base type whose subtypes rules
        // match is there to be extended, and its own facts are rarely written.
        Set<String> matched = new HashSet<>(types);
        for (DeclaredType t : declared) {
            Set<String> chain = new java.util.LinkedHashSet<>();
            for (DeclaredType up = t; up != null && chain.add(up.name()); up = byName.get(up.supertype())) {
                // the type and its supertypes, nearest first
            }
            if (chain.stream().anyMatch(types::contains)) {
                matched.addAll(chain);
            }
        }
        for (DeclaredType t : declared) {
            if (!matched.contains(t.name())) {
                warn(t.location(), "type " + t.name() + " is matched by no rule: facts of it change nothing");
                continue;
            }
            for (DeclaredType.Field f : t.fields()) {
                boolean dates = pack.dateField(t.name()).filter(f.name()::equals).isPresent(); // read by as-of evaluation
                if (!f.context() && !dates && !META_FIELDS.contains(f.name()) && !words.contains(f.name())) {
                    warn(f.location(), "field " + t.name() + "." + f.name() + " is read by no rule;"
                            + " mark it @context if it is there for the reader");
                }
            }
        }
    }

    /**
     * Declared subtypes of event types that do not say what Drools needs: it passes neither
     * {@code @role(event)} nor {@code @timestamp} down to a subtype. Without the role its facts
     * are plain facts, off the session clock; with the role but no timestamp of its own, each is
     * stamped with the clock as it goes in, not with its date. An analyst extending an incident
     * type rarely means either.
     */
    private void eventSubtypes() {
        Map<String, DeclaredType> byName = new HashMap<>();
        declared.forEach(t -> byName.putIfAbsent(t.name(), t));
        for (DeclaredType t : declared) {
            DeclaredType eventBase = null;
            DeclaredType timestampBase = null;
            Set<String> seen = new HashSet<>();
            for (DeclaredType up = byName.get(t.supertype()); up != null && seen.add(up.name()); up = byName.get(up.supertype())) {
                eventBase = eventBase == null && up.event() ? up : eventBase;
                timestampBase = timestampBase == null && up.timestamped() ? up : timestampBase;
            }
            if (eventBase != null && !t.event()) {
                warn(t.location(), "type " + t.name() + " extends the event type " + eventBase.name() + " but is not an event"
                        + " itself (Drools does not pass @role(event) down): its facts are not on the session clock, and"
                        + " windows and temporal operators treat them as plain facts; add @role(event) to " + t.name());
            } else if (t.event() && !t.timestamped() && timestampBase != null) {
                warn(t.location(), "event type " + t.name() + " names no @timestamp of its own (Drools does not pass"
                        + " @timestamp down from " + timestampBase.name() + "): its facts are stamped with the session clock"
                        + " as they go in, not with their date; repeat the @timestamp on " + t.name());
            }
        }
    }

    private static void collect(List<LhsElement> elements, Set<String> types, Set<String> words) {
        for (LhsElement e : elements) {
            words(e.text(), words);
            if (e instanceof LhsElement.Pattern p) {
                types.add(p.type());
                if (p.source() instanceof LhsElement.Accumulate acc) {
                    collect(acc.inputs(), types, words);
                } else if (p.source() instanceof LhsElement.Collect c) {
                    collect(c.inputs(), types, words);
                }
            } else if (e instanceof LhsElement.Not n) {
                collect(n.elements(), types, words);
            } else if (e instanceof LhsElement.Exists x) {
                collect(x.elements(), types, words);
            } else if (e instanceof LhsElement.Or o) {
                collect(o.branches(), types, words);
            } else if (e instanceof LhsElement.Forall f) {
                collect(f.elements(), types, words);
            } else if (e instanceof LhsElement.Other o) {
                collect(o.inner(), types, words);
            }
        }
    }

    /** The words of the text; a getter call ({@code $v.getFatalities()}) reads its property too. */
    private static void words(String text, Set<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            words.add(word);
            int prefix = word.startsWith("get") ? 3 : word.startsWith("is") ? 2 : 0;
            if (prefix > 0 && word.length() > prefix && Character.isUpperCase(word.charAt(prefix))) {
                words.add(Character.toLowerCase(word.charAt(prefix)) + word.substring(prefix + 1));
            }
        }
    }

    private static Location at(String file, Location l) {
        return new Location(file, l.line(), l.column());
    }

    private void warn(Location at, String message) {
        found.add(Diagnostic.warning(at, message));
    }
}
