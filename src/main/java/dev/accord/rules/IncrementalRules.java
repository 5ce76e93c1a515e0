package dev.accord.rules;

import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.WindowReference;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.drools.base.util.index.ConstraintTypeOperator;

/**
 * Decides whether a timeline may advance one session from date to date and still give, at each
 * date, what a fresh evaluation as of that date gives (see {@link SessionTraits}). It reads what
 * each rule's conditions take from working memory and what its action puts there:
 * <ul>
 * <li>An action may {@code insertLogical} new objects: truth maintenance then takes them back
 * when their premises go, as a fresh session would never have made them.</li>
 * <li>An action may {@code insert} new objects for good only when everything its rule reads is
 * there from the first date on: no dated facts or events of those types, none made by another
 * rule. The usual case is a default that applies unless a fact set states one.</li>
 * <li>Anything else ({@code modify}, {@code delete}, the engine itself) is refused.</li>
 * <li>No logical conclusion may take away, through {@code not}, {@code forall}, {@code
 * accumulate} or {@code collect}, a premise it rests on, directly or through other rules: the
 * rules must be stratified, or the answer depends on what arrived first.</li>
 * </ul>
 * Conclusions of Accord's vocabulary are told apart by their literal condition, status and
 * action ({@code new Assessment("x", Status.MET)} cannot match {@code Assessment( condition ==
 * "x", status == Status.NOT_MET )}), which keeps the usual "MET unless NOT_MET" rules stratified.
 * Whatever this reading does not understand counts as not incremental.
 */
final class IncrementalRules {

    /** Words of an action that change working memory other than by inserting, or that reach the engine. */
    private static final Pattern OTHER_CHANGES = Pattern.compile(
            "\\b(modify|update|delete|retract|drools|kcontext|getKieRuntime|setFocus|halt|getEntryPoint)\\b");
    private static final Pattern INSERT = Pattern.compile("\\binsert\\s*\\(");
    private static final Pattern ANY_INSERT = Pattern.compile("\\binsert(?:Logical)?\\b");
    private static final Pattern INSERT_OF_NEW = Pattern.compile(
            "\\binsert(?:Logical)?\\s*\\(\\s*new\\s+([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*\\(");
    private static final Pattern NEW_ASSESSMENT = Pattern.compile(
            "\\s*\"((?:\\\\.|[^\"\\\\])*)\"\\s*,\\s*(?:[\\w.]*\\.)?Status\\s*\\.\\s*(\\w+)");
    private static final Pattern NEW_RECOMMENDATION = Pattern.compile("\\s*\"((?:\\\\.|[^\"\\\\])*)\"");

    private IncrementalRules() {
    }

    /** A kind of object a pattern reads: its type and the fields it compares with literals. */
    private record Read(Class<?> type, Map<String, String> literals, boolean negative) {
    }

    /** A kind of object an action inserts: its type (null when not known) and the field values known from its text. */
    private record Made(Class<?> type, Map<String, String> values) {

        boolean matches(Read read) {
            if (type != null && !read.type().isAssignableFrom(type)) {
                return false;
            }
            for (Map.Entry<String, String> v : values.entrySet()) {
                String literal = read.literals().get(v.getKey());
                if (literal != null && !literal.equals(v.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Why a timeline may not advance one session date by date, or null when it may. */
    static String whyNot(List<RuleImpl> rules, Map<String, RuleShape> shapes, PackTypes types, Set<Class<?>> events) {
        Map<RuleImpl, List<Read>> reads = new HashMap<>();
        Set<Class<?>> known = new HashSet<>(List.of(Assessment.class, Recommendation.class, Consideration.class));
        types.names().forEach(name -> types.find(name).ifPresent(known::add));
        for (RuleImpl rule : rules) {
            List<Read> r = new ArrayList<>();
            if (!walk(rule.getLhs(), false, r)) {
                return "rule \"" + rule.getName() + "\" has a condition Accord does not analyse for timelines";
            }
            reads.put(rule, r);
            r.forEach(read -> known.add(read.type()));
        }
        Map<RuleImpl, List<Made>> makes = new HashMap<>();
        Set<RuleImpl> insertsForGood = new HashSet<>();
        for (RuleImpl rule : rules) {
            RuleShape shape = shapes.get(RuleInfo.key(rule.getPackageName(), rule.getName()));
            if (shape == null) {
                return "rule \"" + rule.getName() + "\" was not read";
            }
            String action = code(shape.consequence(), true);
            if (OTHER_CHANGES.matcher(action).find()) {
                return "rule \"" + rule.getName() + "\" changes facts other than by inserting new ones";
            }
            if (INSERT.matcher(action).find()) {
                insertsForGood.add(rule);
            }
            List<Made> made = made(shape.consequence(), known);
            if (made == null || made.size() != count(ANY_INSERT.matcher(action))) {
                return "rule \"" + rule.getName() + "\" inserts an object it did not make";
            }
            makes.put(rule, made);
        }
        for (RuleImpl rule : insertsForGood) {
            for (Read read : reads.get(rule)) {
                Class<?> type = read.type();
                boolean changes = types.datedTypes().stream().anyMatch(type::isAssignableFrom)
                        || events.stream().anyMatch(type::isAssignableFrom)
                        || rules.stream().anyMatch(o -> o != rule && affects(makes.get(o), List.of(read)));
                if (changes) {
                    return "rule \"" + rule.getName() + "\" inserts for good on premises that change from date to date";
                }
            }
        }
        List<RuleImpl> logical = rules.stream().filter(r -> !insertsForGood.contains(r)).toList();
        for (RuleImpl from : logical) {
            for (RuleImpl to : logical) {
                List<Read> negative = reads.get(to).stream().filter(Read::negative).toList();
                if (affects(makes.get(from), negative) && reaches(to, from, logical, reads, makes)) {
                    return "rule \"" + to.getName() + "\" reads, through not, forall, accumulate or collect, what depends on itself";
                }
            }
        }
        return null;
    }

    /** What the action inserts, in order, or null when it inserts something other than a new object. */
    private static List<Made> made(String consequence, Set<Class<?>> known) {
        String code = code(consequence, false);
        List<Made> made = new ArrayList<>();
        Matcher m = INSERT_OF_NEW.matcher(code);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s", "");
            String simple = name.substring(name.lastIndexOf('.') + 1);
            String args = code.substring(m.end());
            List<Class<?>> named = known.stream().filter(c -> c.getSimpleName().equals(simple)).toList();
            if (named.isEmpty()) {
                made.add(new Made(null, Map.of())); // a type no rule reads by name may still match a supertype's pattern
            }
            for (Class<?> type : named) {
                made.add(new Made(type, values(type, args)));
            }
            if (named.size() > 1) {
                return null;
            }
        }
        return made;
    }

    /** The field values of a new vocabulary object read from its constructor's literal arguments. */
    private static Map<String, String> values(Class<?> type, String args) {
        if (type == Assessment.class) {
            Matcher a = NEW_ASSESSMENT.matcher(args);
            if (a.lookingAt()) {
                return Map.of("condition", a.group(1), "status", a.group(2));
            }
        } else if (type == Recommendation.class) {
            Matcher r = NEW_RECOMMENDATION.matcher(args);
            if (r.lookingAt()) {
                return Map.of("action", r.group(1));
            }
        }
        return Map.of();
    }

    /** True when the conclusions of rule {@code from} can reach the premises of rule {@code to}, through any chain of rules. */
    private static boolean reaches(RuleImpl from, RuleImpl to, List<RuleImpl> rules, Map<RuleImpl, List<Read>> reads,
            Map<RuleImpl, List<Made>> makes) {
        Deque<RuleImpl> pending = new ArrayDeque<>(List.of(from));
        Set<RuleImpl> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            RuleImpl r = pending.pop();
            if (!seen.add(r)) {
                continue;
            }
            for (RuleImpl next : rules) {
                if (affects(makes.get(r), reads.get(next))) {
                    if (next == to) {
                        return true;
                    }
                    pending.push(next);
                }
            }
        }
        return false;
    }

    private static boolean affects(List<Made> made, List<Read> reads) {
        for (Made m : made) {
            for (Read r : reads) {
                if (m.matches(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The action's code without its comments, and with the text of its string and character
     * literals blanked when {@code blankLiterals}, so that words in them are not read as calls.
     */
    static String code(String action, boolean blankLiterals) {
        StringBuilder out = new StringBuilder(action.length());
        int i = 0;
        while (i < action.length()) {
            char c = action.charAt(i);
            if (c == '/' && i + 1 < action.length() && action.charAt(i + 1) == '/') {
                while (i < action.length() && action.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < action.length() && action.charAt(i + 1) == '*') {
                int end = action.indexOf("*/", i + 2);
                i = end < 0 ? action.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < action.length() && action.charAt(i) != c) {
                    if (action.charAt(i) == '\\' && i + 1 < action.length()) {
                        if (!blankLiterals) {
                            out.append(action, i, i + 2);
                        }
                        i += 2;
                    } else {
                        if (!blankLiterals) {
                            out.append(action.charAt(i));
                        }
                        i++;
                    }
                }
                if (i < action.length()) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Adds what the element reads from working memory; false when an element is of a kind not
     * analysed. Whatever more facts can make stop matching ({@code not}, {@code forall}, the
     * source of an {@code accumulate} or {@code collect}) is read negatively.
     */
    private static boolean walk(RuleConditionElement element, boolean negated, List<Read> out) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            if (pattern.getSource() == null || pattern.getSource() instanceof WindowReference) {
                if (!(pattern.getObjectType() instanceof ClassObjectType type)) {
                    return false;
                }
                out.add(new Read(type.getClassType(), literals(pattern.getConstraints()), negated));
                return true;
            }
            return walk(pattern.getSource(), negated, out);
        }
        if (element instanceof GroupElement group) {
            return walkAll(group.getChildren(), negated || group.isNot(), out);
        }
        if (element instanceof Forall || element instanceof Accumulate || element instanceof Collect) {
            return walkAll(element.getNestedElements(), true, out);
        }
        return element instanceof From || element instanceof EvalCondition;
    }

    private static boolean walkAll(Collection<? extends RuleConditionElement> elements, boolean negated, List<Read> out) {
        for (RuleConditionElement e : elements) {
            if (!walk(e, negated, out)) {
                return false;
            }
        }
        return true;
    }

    /** The fields a pattern compares for equality with a literal, and the literal as text. */
    private static Map<String, String> literals(List<Constraint> constraints) {
        Map<String, String> out = new HashMap<>();
        for (Constraint c : constraints) {
            if (c instanceof MVELConstraint mvel && mvel.getConstraintType() == ConstraintTypeOperator.EQUAL && mvel.getField() != null
                    && !mvel.isUnification()) {
                String expression = mvel.getExpression();
                int eq = expression.indexOf("==");
                Object value = mvel.getField().getValue();
                if (eq > 0 && value != null) {
                    out.put(expression.substring(0, eq).strip(), value instanceof Enum<?> e ? e.name() : value.toString());
                }
            }
        }
        return out;
    }
}
