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
import dev.accord.RulePolicy;
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

    static final Set<String> ENGINE_HANDLES = Set.of("drools", "kcontext");

    final RulePolicy policy;
    final TypeScope scope;
    final Refusals refusals;
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
        new CodeWalk(this, code, rewritten, 1, variables, kind, what).check((Node) parsed.getResult().get());
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
        new CodeWalk(this, code, ModifyBlocks.rewrite(""), 0, variables, kind, what).check(parsed.getResult().get());
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
        new CodeWalk(this, code, ModifyBlocks.rewrite(""), 0, Set.of(), Kind.CODE, what).check(parsed.getResult().get());
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

}
