package dev.accord.rules;

import dev.accord.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drools.compiler.lang.DescrDumper;
import org.drools.compiler.lang.DumperContext;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.base.time.TimeUtils;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BehaviorDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads the structure of a rule from Drools' parse of it. Constraints are rewritten into the
 * expression language Drools evaluates them in, with Drools' own rewriter, so that Accord
 * evaluates {@code in}, {@code matches} or {@code not in} exactly as the engine does.
 */
final class RuleShapeReader {

    private final String file;

    private RuleShapeReader(String file) {
        this.file = file;
    }

    static RuleShape read(RuleDescr rule, RuleInfo info, String file) {
        RuleShapeReader reader = new RuleShapeReader(file);
        List<LhsElement> conditions = reader.elements(rule.getLhs());
        Object consequence = rule.getConsequence();
        java.util.Map<String, String> attributes = new java.util.TreeMap<>();
        rule.getAttributes().forEach((name, a) -> attributes.put(name, a.getValue()));
        return new RuleShape(info, List.copyOf(conditions), consequence == null ? "" : consequence.toString(),
                java.util.Collections.unmodifiableMap(attributes));
    }

    private List<LhsElement> elements(BaseDescr descr) {
        List<LhsElement> out = new ArrayList<>();
        if (descr instanceof AndDescr and) {
            for (BaseDescr d : and.getDescrs()) {
                out.add(element(d));
            }
        } else if (descr != null) {
            out.add(element(descr));
        }
        return out;
    }

    private LhsElement element(BaseDescr d) {
        Location at = at(d);
        if (d instanceof PatternDescr p) {
            return pattern(p);
        }
        if (d instanceof NotDescr not) {
            return new LhsElement.Not(children(not.getDescrs()), at);
        }
        if (d instanceof ExistsDescr exists) {
            return new LhsElement.Exists(children(exists.getDescrs()), at);
        }
        if (d instanceof OrDescr or) {
            List<LhsElement> branches = new ArrayList<>();
            for (BaseDescr b : or.getDescrs()) {
                List<LhsElement> branch = elements(b);
                branches.add(branch.size() == 1 ? branch.get(0) : new LhsElement.Exists(branch, at(b)));
            }
            return new LhsElement.Or(List.copyOf(branches), at);
        }
        if (d instanceof AndDescr and) {
            return new LhsElement.Exists(elements(and), at);
        }
        if (d instanceof EvalDescr eval) {
            return new LhsElement.Eval(String.valueOf(eval.getContent()).strip(), at);
        }
        if (d instanceof ForallDescr forall) {
            return new LhsElement.Forall(children(forall.getDescrs()), at);
        }
        return new LhsElement.Other(d.getText() == null || d.getText().isBlank() ? d.getClass().getSimpleName() : d.getText(), at);
    }

    private List<LhsElement> children(List<? extends BaseDescr> descrs) {
        List<LhsElement> out = new ArrayList<>();
        for (BaseDescr d : descrs) {
            out.addAll(elements(d));
        }
        return List.copyOf(out);
    }

    private LhsElement.Pattern pattern(PatternDescr p) {
        List<Constraint> constraints = new ArrayList<>();
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                constraints.add(constraint(e.getExpression(), at(e)));
            } else if (c instanceof BindingDescr b) {
                constraints.add(new Constraint(b.getVariable() + " : " + b.getExpression(), null, b.getVariable(),
                        b.getExpression(), b.getExpression(), at(b)));
            }
        }
        return new LhsElement.Pattern(p.getIdentifier(), p.getObjectType(), List.copyOf(constraints), source(p.getSource()), at(p),
                window(p));
    }

    /** The pattern's sliding window, if it has one ({@code over window:time( 90d )}). */
    private static LhsElement.Window window(PatternDescr p) {
        for (BehaviorDescr b : p.getBehaviors()) {
            if (!"window".equals(b.getType()) || b.getParameters().isEmpty()) {
                continue;
            }
            String parameter = b.getParameters().get(0).strip();
            String text = "window:" + b.getSubType() + "( " + parameter + " )";
            if ("time".equals(b.getSubType())) {
                try {
                    return new LhsElement.Window(text, TimeUtils.parseTimeString(parameter));
                } catch (RuntimeException e) {
                    return new LhsElement.Window(text, -1);
                }
            }
            return new LhsElement.Window(text, -1);
        }
        return null;
    }

    private LhsElement.Source source(PatternSourceDescr source) {
        if (source == null) {
            return null;
        }
        if (source instanceof AccumulateDescr acc) {
            List<LhsElement.Function> functions = new ArrayList<>();
            for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                functions.add(new LhsElement.Function(f.getBind(), f.getFunction(), Arrays.asList(f.getParams())));
            }
            return new LhsElement.Accumulate(elements(acc.getInput()), List.copyOf(functions), acc.getInitCode() != null);
        }
        if (source instanceof CollectDescr collect) {
            return new LhsElement.Collect(elements(collect.getInputPattern()));
        }
        if (source instanceof FromDescr from) {
            return new LhsElement.FromExpression(from.getExpression());
        }
        return new LhsElement.FromExpression(source.getText());
    }

    /** Parses one constraint and rewrites it as Drools does before evaluating it. */
    static Constraint constraint(String text, Location at) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse(text);
        if (parser.hasErrors() || parsed == null) {
            return new Constraint(text, null, null, null, null, at);
        }
        DumperContext context = new DumperContext();
        String expression = DescrDumper.getInstance().dump(parsed, context);
        String binding = null;
        String bound = null;
        if (!context.getBindings().isEmpty()) {
            BindingDescr b = context.getBindings().get(0);
            binding = b.getVariable();
            bound = b.getExpression();
        }
        String subject = parser.getLeftMostExpr();
        return new Constraint(text, expression, binding, bound, subject == null ? bound : subject, at);
    }

    private Location at(BaseDescr d) {
        return new Location(file, d.getLine(), d.getColumn() + 1);
    }
}
