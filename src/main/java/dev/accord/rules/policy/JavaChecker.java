package dev.accord.rules.policy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
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
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks Java (and the Java-like part of MVEL) against a {@link RulePolicy}: parses it with
 * JavaParser, then looks at every type name, name, call and member access. Code it cannot parse
 * is refused, since what cannot be read cannot be checked.
 */
final class JavaChecker {

    /** What a piece of code is, which decides what its bare names and calls may mean. */
    enum Kind {
        /** A rule's action: may call the engine's actions and use {@code drools}. */
        ACTION,
        /** A constraint inside a pattern: bare names and calls are members of the matched fact. */
        CONSTRAINT,
        /** Any other expression or code (eval, from, accumulate code, attributes, functions). */
        CODE
    }

    private static final Set<String> ENGINE_HANDLES = Set.of("drools", "kcontext");

    private final RulePolicy policy;
    private final TypeScope scope;
    private final Refusals refusals;
    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setPreprocessUnicodeEscapes(false)
            .setAttributeComments(false));

    JavaChecker(RulePolicy policy, TypeScope scope, Refusals refusals) {
        this.policy = policy;
        this.scope = scope;
        this.refusals = refusals;
    }

    /**
     * Brackets nested deeper than this are refused unread: JavaParser recurses once per level
     * and would overflow the stack long before a real rule needs this many.
     */
    static final int MAX_NESTING = 64;

    /** Statements: an action, a function body, accumulate code. */
    void checkStatements(CodeFragment code, Set<String> variables, Kind kind, boolean mvel, String what) {
        if (tooDeep(code, what)) {
            return;
        }
        ModifyBlocks.Rewritten rewritten = ModifyBlocks.rewrite(code.code());
        String text = rewritten.code();
        ParseResult<?> parsed = parse(() -> parser.parseBlock("{" + rewritten.code() + "\n}"));
        if (!parsed.isSuccessful() && mvel) {
            text = withSemicolons(text); // MVEL lets a statement end at the end of its line
            String withEnds = text;
            parsed = parse(() -> parser.parseBlock("{" + withEnds + "\n}"));
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseUnreadable(code, parsed, 1, what, mvel);
            return;
        }
        new Visit(code, rewritten, 1, variables, kind, what).check((Node) parsed.getResult().get());
    }

    /** One expression: a constraint's operand, eval, from, an attribute, an accumulate result. */
    void checkExpression(CodeFragment code, Set<String> variables, Kind kind, String what) {
        if (tooDeep(code, what)) {
            return;
        }
        String text = code.code().replace("!.", " ."); // MVEL's null-safe dereference; same calls
        ParseResult<Expression> parsed = parse(() -> parser.parseExpression(text));
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseUnreadable(code, parsed, 0, what, false);
            return;
        }
        new Visit(code, ModifyBlocks.rewrite(""), 0, variables, kind, what).check(parsed.getResult().get());
    }

    /**
     * An annotation's value, which Drools may evaluate as MVEL: a literal or a bare word (a name,
     * a number, a duration like 1h30m) is data; anything else is checked as an expression.
     */
    void checkAnnotationValue(CodeFragment code, String what) {
        String value = code.code().strip();
        if (value.isEmpty() || value.matches("[\\w\\- ]+")) {
            return;
        }
        if (tooDeep(code, what)) {
            return;
        }
        ParseResult<Expression> parsed = parse(() -> parser.parseExpression(value));
        if (parsed.isSuccessful() && parsed.getResult().orElse(null) instanceof LiteralExpr) {
            return;
        }
        checkExpression(code, Set.of(), Kind.CODE, what);
    }

    /** A type written in the DRL: a global's, a field's, a function's parameter or result. */
    void checkType(CodeFragment code, String what) {
        if (tooDeep(code, what)) {
            return;
        }
        ParseResult<Type> parsed = parse(() -> parser.parseType(code.code()));
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseUnreadable(code, parsed, 0, what, false);
            return;
        }
        new Visit(code, ModifyBlocks.rewrite(""), 0, Set.of(), Kind.CODE, what).check(parsed.getResult().get());
    }

    /** Refuses code whose brackets nest past {@link #MAX_NESTING}, at the bracket that goes too deep. */
    private boolean tooDeep(CodeFragment code, String what) {
        String text = code.code();
        boolean[] isCode = ModifyBlocks.codeMask(text);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCode[i]) {
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    refusals.refuse(code.at(i), what + " nests brackets more than " + MAX_NESTING
                            + " deep, past what the rule policy checks");
                    return true;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }

    /** Parses; a stack overflow (input nested deeper than the bracket count shows) counts as unreadable. */
    private static <T> ParseResult<T> parse(java.util.function.Supplier<ParseResult<T>> parsing) {
        try {
            return parsing.get();
        } catch (StackOverflowError e) {
            return new ParseResult<>(null, List.of(new com.github.javaparser.Problem("too deeply nested", null, e)), null);
        }
    }

    /** The local variables some statements declare (accumulate's init code declares what the rest uses). */
    Set<String> declaredNames(String statements) {
        Set<String> names = new HashSet<>();
        parse(() -> parser.parseBlock("{" + ModifyBlocks.rewrite(statements).code() + "\n}")).getResult()
                .ifPresent(b -> b.walk(VariableDeclarator.class, v -> names.add(v.getNameAsString())));
        return names;
    }

    /** Whether a type is allowed: by the policy, or declared by the pack. */
    boolean allowsType(String qualifiedName) {
        return scope.isDeclared(qualifiedName) || policy.allowsClass(qualifiedName);
    }

    /** Checks a type name (simple or qualified) as written at {@code at}. */
    void checkTypeName(String name, Location0 at, String what) {
        String resolved = resolveTypeName(name);
        if (resolved == null) {
            refusals.refuse(at.location(), what + " uses the unknown type " + name);
        } else if (!allowsType(resolved)) {
            refusals.refuse(at.location(), what + " uses " + resolved + ", which the rule policy does not allow");
        }
    }

    private String resolveTypeName(String name) {
        String[] parts = name.split("\\.");
        String first = scope.resolve(parts[0]);
        if (first != null) {
            return first + name.substring(parts[0].length());
        }
        for (int i = 2; i <= parts.length; i++) {
            String candidate = String.join(".", List.of(parts).subList(0, i));
            if (scope.isType(candidate)) {
                return name;
            }
        }
        return null;
    }

    private void refuseUnreadable(CodeFragment code, ParseResult<?> parsed, int prefix, String what, boolean mvel) {
        int line = 1;
        int column = 1;
        if (!parsed.getProblems().isEmpty() && parsed.getProblems().get(0).getLocation().isPresent()) {
            var begin = parsed.getProblems().get(0).getLocation().get().getBegin().getRange();
            if (begin.isPresent()) {
                line = begin.get().begin.line;
                column = begin.get().begin.column - (line == 1 ? prefix : 0);
            }
        }
        refusals.refuse(code.at(offset(code.code(), line, column)), what + " cannot be checked: it is not "
                + (mvel ? "MVEL the policy can read (write it as Java statements)" : "valid Java") + "; "
                + "the rule policy refuses what it cannot read");
    }

    /** Offset of a 1-based line and column in {@code text}. */
    static int offset(String text, int line, int column) {
        return Math.min(text.length(), CodeFragment.offsetIn(text, 0, line, Math.max(column, 1)));
    }

    /** Ends each line that could end a statement with ';', for MVEL, keeping every offset on earlier lines. */
    private static String withSemicolons(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            boolean[] code = ModifyBlocks.codeMask(line);
            int end = line.length();
            for (int i = 0; i < line.length(); i++) {
                boolean startsRun = !code[i] && (i == 0 || code[i - 1]);
                if (startsRun && line.startsWith("//", i)) {
                    end = i; // a comment, not a string: the ';' goes before it
                    break;
                }
            }
            String t = line.substring(0, end).strip();
            out.append(line, 0, end);
            if (!t.isEmpty() && ";{},([+-*/&|?:=.".indexOf(t.charAt(t.length() - 1)) < 0) {
                out.append(';');
            }
            out.append(line, end, line.length()).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** A place to report, computed only when a refusal needs it. */
    interface Location0 {
        dev.accord.Location location();
    }

    /** One walk over one parsed fragment. */
    private final class Visit {
        private final CodeFragment code;
        private final ModifyBlocks.Rewritten modify;
        private final int prefix;
        private final Set<String> variables = new HashSet<>();
        private final Kind kind;
        private final String what;
        private final String text;

        Visit(CodeFragment code, ModifyBlocks.Rewritten modify, int prefix, Set<String> known, Kind kind, String what) {
            this.code = code;
            this.modify = modify;
            this.prefix = prefix;
            this.variables.addAll(known);
            this.kind = kind;
            this.what = what;
            this.text = code.code();
            if (kind == Kind.ACTION) {
                variables.addAll(ENGINE_HANDLES);
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
            return scope.resolve(simpleName) != null;
        }

        private void visit(Node n) {
            if (n instanceof ClassOrInterfaceType t) {
                if (!(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer && outer.getScope().orElse(null) == t)) {
                    checkTypeName(t.getNameWithScope(), () -> at(t), what);
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
                boolean action = kind == Kind.ACTION && policy.allowsAction(name);
                if (!member && !action && !scope.isFunction(name)) {
                    refuse(m, "calls " + name + "(), which is neither a function of the pack nor an allowed action ("
                            + String.join(", ", policy.actions()) + ")");
                }
                return;
            }
            if (chain == null) {
                return; // the receiver is itself an expression, checked on its own
            }
            if (target == Target.ENGINE && !(chain.size() == 1 && policy.allowsAction(name))) {
                refuse(m, "uses " + chain.get(0) + "." + name + "(); an action may use " + chain.get(0)
                        + " only for " + String.join(", ", policy.actions()));
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
                        + " only for " + String.join(", ", policy.actions()));
            }
        }

        /**
         * Decides what a chain of names ({@code a.b.c}) starts with, refusing what it may not be:
         * a class the policy does not allow, an engine handle, or a name that is nothing known.
         */
        private Target resolve(List<String> chain, Node at) {
            String root = chain.get(0);
            boolean variable = variables.contains(root);
            if (variable && ENGINE_HANDLES.contains(root)) {
                return Target.ENGINE;
            }
            String type = variable ? null : typePrefix(chain);
            // A class the name could also mean is refused even when a variable has that name:
            // MVEL may prefer the class where Java prefers the variable.
            String shadowed = variable ? typePrefix(chain) : null;
            if (shadowed != null && !allowsType(shadowed)) {
                refuse(at, "uses " + shadowed + ", which the rule policy does not allow");
                return Target.REFUSED;
            }
            if (type != null) {
                if (!allowsType(type)) {
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
            String simple = scope.resolve(chain.get(0));
            if (simple != null) {
                return simple;
            }
            for (int i = 2; i <= chain.size(); i++) {
                String candidate = String.join(".", chain.subList(0, i));
                if (scope.isType(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private boolean inModifyBlock(Node n) {
            return n.getBegin().map(p -> modify.isMemberOfModified(offsetOf(p))).orElse(false);
        }

        private void refuse(Node n, String message) {
            refusals.refuse(at(n), what + " " + message);
        }

        private dev.accord.Location at(Node n) {
            return code.at(n.getBegin().map(this::offsetOf).orElse(0));
        }

        private int offsetOf(Position p) {
            return offset(text, p.line, p.column - (p.line == 1 ? prefix : 0));
        }
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
