package dev.accord.rules.policy;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.accord.rules.policy.JavaChecker.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One walk over one parsed piece of code: every type name, name, call and member access is
 * looked at, and what the policy does not allow is refused at its place.
 */
final class CodeWalk {
    private final JavaChecker checker;

    private final CodeFragment code;
    private final ModifyBlocks.Rewritten modify;
    private final int prefix;
    private final Set<String> variables = new HashSet<>();
    private final Kind kind;
    private final String what;
    private final String text;

    CodeWalk(JavaChecker checker, CodeFragment code, ModifyBlocks.Rewritten modify, int prefix, Set<String> known,
             Kind kind, String what) {
        this.checker = checker;
        this.code = code;
        this.modify = modify;
        this.prefix = prefix;
        this.variables.addAll(known);
        this.kind = kind;
        this.what = what;
        this.text = code.code();
        if (kind == Kind.ACTION) {
            variables.addAll(JavaChecker.ENGINE_HANDLES);
        }
    }

    void check(Node root) {
        collectVariables(root);
        root.walk(this::visit);
    }

    /** Every name the code declares, wherever: a use before its declaration would not compile anyway. */
    private void collectVariables(Node root) {
        root.walk(n -> {
            if (n instanceof VariableDeclarator v) {
                variables.add(v.getNameAsString());
            } else if (n instanceof Parameter p) {
                variables.add(p.getNameAsString());
            } else if (n instanceof TypePatternExpr p) {
                variables.add(p.getNameAsString());
            } else if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr target && !isType(target.getNameAsString())) {
                variables.add(target.getNameAsString()); // MVEL declares a variable by assigning it
            }
        });
    }

    private boolean isType(String simpleName) {
        return checker.scope.resolve(simpleName) != null;
    }

    private void visit(Node n) {
        if (n instanceof ClassOrInterfaceType t) {
            if (!(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer && outer.getScope().orElse(null) == t)) {
                checker.checkTypeName(t.getNameWithScope(), () -> at(t), what);
            }
        } else if (n instanceof ClassExpr) {
            refuse(n, "uses a class literal (.class), which reaches reflection");
        } else if ((n instanceof ThisExpr || n instanceof SuperExpr) && kind != Kind.CONSTRAINT) {
            refuse(n, "uses " + n + ", which refers to the generated code rather than to a fact");
        } else if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt
                || n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
            refuse(n, "declares a class; rules may not");
        } else if (n instanceof SynchronizedStmt) {
            refuse(n, "uses synchronized, which can block other evaluations");
        } else if (n instanceof MethodCallExpr m) {
            checkCall(m);
        } else if (n instanceof MethodReferenceExpr r && DeniedMembers.METHODS.contains(r.getIdentifier())) {
            refuse(n, "refers to " + r.getIdentifier() + ", which the rule policy does not allow");
        } else if ((n instanceof FieldAccessExpr || n instanceof NameExpr) && !isInnerOfChain((Expression) n)) {
            checkAccess((Expression) n);
        }
    }

    private boolean isInnerOfChain(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        return parent instanceof FieldAccessExpr f && f.getScope() == e
                || parent instanceof MethodCallExpr m && m.getScope().orElse(null) == e;
    }

    private void checkCall(MethodCallExpr m) {
        String name = m.getNameAsString();
        Expression receiver = m.getScope().orElse(null);
        List<String> chain = receiver == null ? null : chain(receiver);
        Target target = chain == null ? Target.VALUE : resolve(chain, m);
        if (target == Target.REFUSED) {
            return; // one refusal per call: the class it is called on
        }
        if (DeniedMembers.METHODS.contains(name)) {
            refuse(m, "calls " + name + "(), which the rule policy does not allow");
            return;
        }
        if (receiver == null) {
            boolean member = kind == Kind.CONSTRAINT || inModifyBlock(m);
            boolean action = kind == Kind.ACTION && checker.policy.allowsAction(name);
            if (!member && !action && !checker.scope.isFunction(name)) {
                refuse(m, "calls " + name + "(), which is neither a function of the pack nor an allowed action ("
                        + String.join(", ", checker.policy.actions()) + ")");
            }
            return;
        }
        if (chain == null) {
            return; // the receiver is itself an expression, checked on its own
        }
        if (target == Target.ENGINE && !(chain.size() == 1 && checker.policy.allowsAction(name))) {
            refuse(m, "uses " + chain.get(0) + "." + name + "(); an action may use " + chain.get(0)
                    + " only for " + String.join(", ", checker.policy.actions()));
        } else if (target == Target.TYPE && DeniedMembers.STATIC_METHODS.contains(name)) {
            refuse(m, "calls " + String.join(".", chain) + "." + name + "(), which reads the process's settings");
        }
    }

    private void checkAccess(Expression e) {
        List<String> chain = chain(e);
        if (chain == null) {
            if (e instanceof FieldAccessExpr f && DeniedMembers.PROPERTIES.contains(f.getNameAsString())) {
                refuse(e, "reads ." + f.getNameAsString() + ", which the rule policy does not allow");
            }
            return;
        }
        if (resolve(chain, e) == Target.ENGINE) {
            refuse(e, "uses " + String.join(".", chain) + "; an action may use " + chain.get(0)
                    + " only for " + String.join(", ", checker.policy.actions()));
        }
    }

    /**
     * Decides what a chain of names ({@code a.b.c}) starts with, refusing what it may not be:
     * a class the policy does not allow, an engine handle, or a name that is nothing known.
     */
    private Target resolve(List<String> chain, Node at) {
        String root = chain.get(0);
        boolean variable = variables.contains(root);
        if (variable && JavaChecker.ENGINE_HANDLES.contains(root)) {
            return Target.ENGINE;
        }
        String type = variable ? null : typePrefix(chain);
        // A class the name could also mean is refused even when a variable has that name:
        // MVEL may prefer the class where Java prefers the variable.
        String shadowed = variable ? typePrefix(chain) : null;
        if (shadowed != null && !checker.allowsType(shadowed)) {
            refuse(at, "uses " + shadowed + ", which the rule policy does not allow");
            return Target.REFUSED;
        }
        if (type != null) {
            if (!checker.allowsType(type)) {
                refuse(at, "uses " + type + ", which the rule policy does not allow");
                return Target.REFUSED;
            }
            return Target.TYPE;
        }
        for (int i = 1; i < chain.size(); i++) {
            if (DeniedMembers.PROPERTIES.contains(chain.get(i))) {
                refuse(at, "reads ." + chain.get(i) + ", which the rule policy does not allow");
            }
        }
        if (!variable && kind != Kind.CONSTRAINT && !inModifyBlock(at)) {
            refuse(at, "uses '" + root + "', which is not a variable, a function or a type it may use");
        }
        return Target.VALUE;
    }

    /** The type a chain of names starts with: a simple name in scope, or the shortest qualified name that is a class. */
    private String typePrefix(List<String> chain) {
        String simple = checker.scope.resolve(chain.get(0));
        if (simple != null) {
            return simple;
        }
        for (int i = 2; i <= chain.size(); i++) {
            String candidate = String.join(".", chain.subList(0, i));
            if (checker.scope.isType(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean inModifyBlock(Node n) {
        return n.getBegin().map(p -> modify.isMemberOfModified(offsetOf(p))).orElse(false);
    }

    private void refuse(Node n, String message) {
        checker.refusals.refuse(at(n), what + " " + message);
    }

    private dev.accord.Location at(Node n) {
        return code.at(n.getBegin().map(this::offsetOf).orElse(0));
    }

    private int offsetOf(Position p) {
        return JavaChecker.offset(text, p.line, p.column - (p.line == 1 ? prefix : 0));
    }

    private enum Target { TYPE, VALUE, ENGINE, REFUSED }

    /** {@code a.b.c} as its names, or null when the expression is not a plain chain of names. */
    static List<String> chain(Expression e) {
        List<String> names = new ArrayList<>();
        Expression at = e;
        while (at instanceof FieldAccessExpr f) {
            names.add(0, f.getNameAsString());
            at = f.getScope();
        }
        if (!(at instanceof NameExpr n)) {
            return null;
        }
        names.add(0, n.getNameAsString());
        return names;
    }
}
