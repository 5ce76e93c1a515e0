package dev.accord.rules.policy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;

/**
 * Checks one rule or query: its attributes and annotations, every pattern, constraint, source
 * ({@code from}, {@code accumulate}, {@code collect}), {@code eval}, and its actions. Anything
 * the walk does not know is refused: an allow-list covers syntax too.
 */
final class RuleChecker {

    /** Attributes without code in them, or whose code is checked here. */
    static final Set<String> ATTRIBUTES = Set.of("salience", "enabled", "no-loop", "lock-on-active",
            "auto-focus", "agenda-group", "activation-group", "ruleflow-group", "dialect", "date-effective",
            "date-expires");

    /** Drools' built-in accumulate functions. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "average", "min", "max",
            "collectList", "collectSet", "countDistinct", "sumBigDecimal", "sumBigInteger", "sumLong",
            "averageBigDecimal", "averageBigInteger", "minBigDecimal", "maxBigDecimal");

    private final FileChecker file;
    private final RuleDescr rule;
    private final String name;
    private final Set<String> variables = new HashSet<>();

    RuleChecker(FileChecker file, RuleDescr rule, Set<String> globals) {
        this.file = file;
        this.rule = rule;
        this.name = (rule.isQuery() ? "query \"" : "rule \"") + rule.getName() + "\"";
        variables.addAll(globals);
    }

    void check() {
        collectBindings(rule.getLhs());
        if (rule instanceof QueryDescr q) {
            variables.addAll(Arrays.asList(q.getParameters()));
            for (String type : q.getParameterTypes()) {
                file.checkType(type, rule.getLine(), name + ": a parameter");
            }
        }
        rule.getAttributes().values().forEach(this::checkAttribute);
        file.checkAnnotations(rule.getAnnotations(), name);
        walk(rule.getLhs());
        if (rule.getConsequence() != null) {
            checkAction(rule.getConsequence().toString(), rule.getConsequenceLine(), "the action of " + name);
        }
        for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
            checkAction(String.valueOf(named.getValue()), rule.getConsequenceLine(),
                    "the action [" + named.getKey() + "] of " + name);
        }
    }

    private void checkAction(String code, int line, String what) {
        if (code.isBlank()) {
            return;
        }
        file.java().checkStatements(file.fragment(code, line), variables, JavaChecker.Kind.ACTION, isMvel(), what);
    }

    private boolean isMvel() {
        AttributeDescr dialect = rule.getAttributes().get("dialect");
        String value = dialect != null ? dialect.getValue() : file.packageDialect();
        return value != null && value.replace("\"", "").strip().equalsIgnoreCase("mvel");
    }

    private void checkAttribute(AttributeDescr a) {
        FileChecker.checkAttribute(file, a, variables, name);
    }

    private void collectBindings(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            if (p.getIdentifier() != null) {
                variables.add(p.getIdentifier());
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    variables.addAll(ConstraintChecker.bindings(e.getExpression()));
                } else if (c instanceof BindingDescr b) {
                    variables.add(b.getVariable());
                }
            }
            collectBindings(p.getSource());
        } else if (d instanceof AccumulateDescr a) { // before the general case: it is a conditional element too
            collectBindings(a.getInput());
            a.getFunctions().stream().filter(f -> f.getBind() != null).forEach(f -> variables.add(f.getBind()));
        } else if (d instanceof CollectDescr c) {
            collectBindings(c.getInputPattern());
        } else if (d instanceof ConditionalElementDescr ce) {
            ce.getDescrs().forEach(x -> collectBindings((BaseDescr) x));
        }
    }

    private void walk(BaseDescr d) {
        if (d == null) {
            return;
        }
        if (d instanceof PatternDescr p) {
            pattern(p);
        } else if (d instanceof EvalDescr e) {
            expression(String.valueOf(e.getContent()), e.getLine(), "an eval of " + name);
        } else if (d instanceof ConditionalBranchDescr b) {
            walk(b.getCondition());
            walk(b.getElseBranch());
        } else if (d instanceof NamedConsequenceDescr) {
            // a jump to a named action, checked with the actions
        } else if (d instanceof AccumulateDescr || d instanceof CollectDescr) {
            file.refuse(d.getLine(), name + " uses accumulate or collect outside a pattern, which the rule policy cannot check");
        } else if (d instanceof ConditionalElementDescr ce) {
            ce.getDescrs().forEach(x -> walk((BaseDescr) x));
        } else {
            file.refuse(d.getLine(), name + " uses " + d.getClass().getSimpleName().replace("Descr", "")
                    + ", which the rule policy cannot check");
        }
    }

    private void pattern(PatternDescr p) {
        if (!p.isQuery()) {
            file.checkType(p.getObjectType(), p.getLine(), name);
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                file.constraints().check(file.drl(), e.getExpression(), e.getLine(), variables, "a constraint of " + name);
            } else if (c instanceof BindingDescr b) {
                file.constraints().check(file.drl(), b.getVariable() + " : " + b.getExpression(), b.getLine(), variables,
                        "a constraint of " + name);
            } else {
                file.refuse(c.getLine() > 0 ? c.getLine() : p.getLine(), name + " has a constraint the rule policy cannot check");
            }
        }
        source(p);
    }

    private void source(PatternDescr p) {
        BaseDescr source = p.getSource();
        int line = source != null && source.getLine() > 0 ? source.getLine() : p.getLine();
        if (source == null || source instanceof EntryPointDescr || source instanceof WindowReferenceDescr) {
            return;
        }
        if (source instanceof FromDescr f) {
            expression(f.getExpression(), line, "the 'from' of " + name);
        } else if (source instanceof CollectDescr c) {
            walk(c.getInputPattern());
        } else if (source instanceof AccumulateDescr a && !(source instanceof GroupByDescr)) {
            accumulate(a, line);
        } else {
            file.refuse(line, name + " takes facts from " + source.getClass().getSimpleName().replace("Descr", "")
                    + ", which the rule policy cannot check");
        }
    }

    private void accumulate(AccumulateDescr a, int line) {
        walk(a.getInput());
        for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction()) && !file.isImportedAccumulate(f.getFunction())) {
                file.refuse(line, name + " accumulates with " + f.getFunction() + ", which is not a built-in accumulate function");
            }
            for (String param : f.getParams()) {
                expression(param, line, "an accumulate function of " + name);
            }
        }
        if (a.getInitCode() == null && a.getActionCode() == null && a.getResultCode() == null) {
            return;
        }
        // Custom accumulate code: init declares what action, reverse and result use.
        Set<String> locals = new HashSet<>(variables);
        String what = "the accumulate code of " + name;
        JavaChecker java = file.java();
        for (String code : new String[] {a.getInitCode(), a.getActionCode(), a.getReverseCode()}) {
            if (code != null && !code.isBlank()) {
                CodeFragment fragment = file.fragment(code, line);
                locals.addAll(java.declaredNames(fragment.code()));
                java.checkStatements(fragment, locals, JavaChecker.Kind.CODE, isMvel(), what);
            }
        }
        if (a.getResultCode() != null && !a.getResultCode().isBlank()) {
            java.checkExpression(file.fragment(a.getResultCode(), line), locals, JavaChecker.Kind.CODE, what);
        }
    }

    private void expression(String code, int line, String what) {
        if (code == null || code.isBlank()) {
            return;
        }
        file.java().checkExpression(file.fragment(code, line), variables, JavaChecker.Kind.CODE, what);
    }
}
