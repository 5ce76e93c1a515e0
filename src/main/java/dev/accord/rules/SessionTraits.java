package dev.accord.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.TypeDeclaration;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Role;

/**
 * What a pack's rules do that decides how Accord may run its sessions without changing any
 * answer. A decision must equal what a new Drools session gives on the same facts; two
 * shortcuts are taken only when the rules cannot tell the difference:
 * <ul>
 * <li><b>reusable</b>: an emptied session ({@code reset()}) may serve the next evaluation. Drools'
 * reset leaves state behind for some features: it sets every activation group's "triggered for
 * recency" to the old session's recency before it restarts the counter, so a reused session
 * cancels the new activations of a group (Drools 10.2). Agenda groups, focus, rule-flow groups,
 * lock-on-active, timers, calendars and effective dates keep agenda or timer state too. A pack
 * using any of them gets a new session every time.</li>
 * <li><b>incremental</b>: a timeline may advance one session from date to date instead of
 * evaluating each date afresh. That equals a fresh evaluation only when conclusions follow their
 * premises both ways: every action only {@code insertLogical}s new objects (no {@code modify},
 * {@code delete}, no access to the engine), or {@code insert}s new objects on premises that are
 * all there from the first date (no dated facts, events or other rules' conclusions among them:
 * a default that applies unless a fact set states one); the session is reusable in the sense
 * above; every event type names its {@code @timestamp} (one without is stamped with the clock
 * as it goes in, which in a timeline is the date it is inserted at, not the date evaluated); and
 * no conclusion can take away, through {@code not}, {@code forall}, {@code accumulate} or
 * {@code collect}, a premise it rests on (the rules are stratified). Anything the reading does
 * not understand counts as not incremental.</li>
 * </ul>
 */
public record SessionTraits(boolean reusable, boolean incremental, String why) {

    /** The traits of a compiled pack: read from Drools' rules, with each rule's action text from {@code shapes}. */
    static SessionTraits of(KieBase kieBase, Map<String, RuleShape> shapes, PackTypes types) {
        List<RuleImpl> rules = new ArrayList<>();
        Set<Class<?>> events = new HashSet<>();
        String unstamped = null;
        for (KiePackage p : kieBase.getKiePackages()) {
            for (TypeDeclaration t : ((InternalKnowledgePackage) p).getTypeDeclarations().values()) {
                if (t.getRole() == Role.Type.EVENT && t.getTypeClass() != null) {
                    events.add(t.getTypeClass());
                    if (t.getTimestampAttribute() == null) {
                        // Stamped with the session clock as it goes in: in a timeline that is the date
                        // it is inserted at, as of a date the date evaluated. Not the same.
                        unstamped = unstamped == null ? t.getTypeName() : unstamped;
                    }
                }
            }
            for (Rule r : p.getRules()) {
                rules.add((RuleImpl) r);
            }
            if (!p.getGlobalVariables().isEmpty()) {
                return new SessionTraits(false, false, "the pack declares globals");
            }
        }
        for (RuleImpl rule : rules) {
            String feature = agendaFeature(rule);
            if (feature != null) {
                return new SessionTraits(false, false, "rule \"" + rule.getName() + "\" uses " + feature);
            }
        }
        String notIncremental = unstamped != null
                ? "event type " + unstamped + " has no @timestamp: Drools stamps its facts with the clock as they go in"
                : IncrementalRules.whyNot(rules, shapes, types, events);
        return new SessionTraits(true, notIncremental == null, notIncremental);
    }

    /** The feature of the rule whose state Drools' reset does not clear, or null. */
    private static String agendaFeature(RuleImpl rule) {
        if (rule.getActivationGroup() != null && !rule.getActivationGroup().isEmpty()) {
            return "activation-group";
        }
        if (!rule.isMainAgendaGroup()) {
            return "agenda-group";
        }
        if (rule.getAutoFocus()) {
            return "auto-focus";
        }
        if (rule.getRuleFlowGroup() != null && !rule.getRuleFlowGroup().isEmpty()) {
            return "ruleflow-group";
        }
        if (rule.isLockOnActive()) {
            return "lock-on-active";
        }
        if (rule.getTimer() != null) {
            return "a timer";
        }
        if (rule.hasCalendars()) {
            return "calendars";
        }
        if (rule.getDateEffective() != null || rule.getDateExpires() != null) {
            return "date-effective or date-expires";
        }
        return null;
    }

}
