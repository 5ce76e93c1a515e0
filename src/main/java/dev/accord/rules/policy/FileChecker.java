package dev.accord.rules.policy;

import dev.accord.RulePolicy;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/** Checks one DRL file: imports, globals, declared types, functions, attributes, then each rule. */
final class FileChecker {

    private static final Set<String> RULE_ATTRIBUTES_WITH_CODE = Set.of("salience", "enabled");

    private final RulePolicy policy;
    private final DrlText drl;
    private final PackageDescr descr;
    private final TypeScope scope;
    private final Refusals refusals;
    private final JavaChecker java;
    private final ConstraintChecker constraints;
    private final Set<String> accumulateImports = new HashSet<>();
    private final Set<String> globals = new HashSet<>();
    private final Map<AbstractClassTypeDeclarationDescr, String> existing;

    /**
     * @param existing the declarations whose name Drools resolves to an existing class, with that class
     */
    FileChecker(RulePolicy policy, DrlText drl, PackageDescr descr, TypeScope scope, Refusals refusals,
                Map<AbstractClassTypeDeclarationDescr, String> existing) {
        this.existing = existing;
        this.policy = policy;
        this.drl = drl;
        this.descr = descr;
        this.scope = scope;
        this.refusals = refusals;
        this.java = new JavaChecker(policy, scope, refusals);
        this.constraints = new ConstraintChecker(java, refusals);
    }

    void check() {
        for (ImportDescr i : descr.getImports()) {
            checkImport(i.getTarget(), i.getLine(), "import " + i.getTarget());
        }
        for (FunctionImportDescr i : descr.getFunctionImports()) {
            String target = i.getTarget();
            checkImport(target.contains(".") ? target.substring(0, target.lastIndexOf('.')) : target, i.getLine(),
                    "import function " + target);
        }
        descr.getAccumulateImports().forEach(i -> {
            checkImport(i.getTarget(), i.getLine(), "import accumulate " + i.getTarget());
            accumulateImports.add(i.getFunctionName());
        });
        for (GlobalDescr g : descr.getGlobals()) {
            checkType(g.getType(), g.getLine(), "global " + g.getIdentifier());
            globals.add(g.getIdentifier());
        }
        descr.getTypeDeclarations().forEach(this::checkDeclaration);
        for (EnumDeclarationDescr e : descr.getEnumDeclarations()) {
            checkDeclaration(e);
            for (EnumLiteralDescr literal : e.getLiterals()) {
                for (String arg : literal.getConstructorArgs()) {
                    java.checkExpression(fragment(arg, literal.getLine() > 0 ? literal.getLine() : e.getLine()),
                            Set.of(), JavaChecker.Kind.CODE, "enum " + e.getTypeName() + "." + literal.getName());
                }
            }
        }
        for (WindowDeclarationDescr w : descr.getWindowDeclarations()) {
            refuse(w.getLine(), "window " + w.getName() + ": window declarations cannot be checked by the rule policy");
        }
        descr.getFunctions().forEach(this::checkFunction);
        descr.getAttributes().forEach(a -> checkAttribute(this, a, globals, "package " + descr.getName()));
        for (RuleDescr rule : descr.getRules()) {
            new RuleChecker(this, rule, globals).check();
        }
    }

    private void checkImport(String written, int line, String what) {
        String target = UnicodeEscapes.decode(written).text();
        if (target.endsWith(".*")) {
            String pkg = target.substring(0, target.length() - 2);
            if (!policy.allowsClass(pkg + ".Any") && !scope.declaresIn(pkg)) {
                refuse(line, what + ": imports every class of " + pkg + ", which the rule policy does not allow;"
                        + " import the classes you need one by one");
            }
        } else if (!java.allowsType(target)) {
            refuse(line, what + ": " + target + " is not allowed by the rule policy");
        }
    }

    private void checkDeclaration(AbstractClassTypeDeclarationDescr type) {
        String what = "declare " + type.getTypeName();
        String shadowed = existing.get(type);
        if (shadowed != null) {
            refuse(type.getLine(), what + ": the name is that of the existing class " + shadowed
                    + ", which Drools would extend instead of declaring a new type; the rule policy refuses"
                    + " declarations of existing classes: choose another name");
        }
        for (QualifiedName superType : type.getSuperTypes()) {
            if (!"java.lang.Object".equals(superType.getFullName()) && !"Object".equals(superType.getName())) {
                checkType(superType.getFullName(), type.getLine(), what + " (its super type)");
            }
        }
        checkAnnotations(type.getAnnotations(), what);
        for (TypeFieldDescr field : type.getFields().values()) {
            int line = field.getLine() > 0 ? field.getLine() : type.getLine();
            String fieldWhat = what + "." + field.getFieldName();
            checkType(field.getPattern().getObjectType(), line, fieldWhat);
            checkAnnotations(field.getAnnotations(), fieldWhat);
            if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
                java.checkExpression(fragment(field.getInitExpr(), line), Set.of(), JavaChecker.Kind.CODE,
                        fieldWhat + " (its initial value)");
            }
        }
    }

    private void checkFunction(FunctionDescr f) {
        String what = "function " + f.getName();
        if (f.getReturnType() != null && !"void".equals(f.getReturnType())) {
            checkType(f.getReturnType(), f.getLine(), what);
        }
        f.getParameterTypes().forEach(t -> checkType(t, f.getLine(), what));
        Set<String> variables = new HashSet<>(globals);
        variables.addAll(f.getParameterNames());
        boolean mvel = "mvel".equalsIgnoreCase(f.getDialect());
        java.checkStatements(fragment(f.getBody(), f.getLine()), variables, JavaChecker.Kind.CODE, mvel, what);
    }

    /**
     * Annotation values are code: Drools evaluates a rule's metadata with MVEL when it compiles
     * the pack. A literal or a bare word is fine; anything else is checked as an expression.
     */
    void checkAnnotations(Collection<AnnotationDescr> annotations, String what) {
        for (AnnotationDescr a : annotations) {
            for (Object value : a.getValueMap().values()) {
                Object[] values = value instanceof Object[] array ? array : new Object[] {value};
                for (Object v : values) {
                    java.checkAnnotationValue(fragment(String.valueOf(v), a.getLine()), what + " @" + a.getName());
                }
            }
        }
    }

    static void checkAttribute(FileChecker file, AttributeDescr a, Set<String> variables, String what) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        if (!RuleChecker.ATTRIBUTES.contains(name)) {
            file.refuse(a.getLine(), what + ": the attribute '" + name + "' is not allowed by the rule policy");
        } else if (RULE_ATTRIBUTES_WITH_CODE.contains(name) && !value.matches("\\(?\\s*-?\\d+\\s*\\)?|true|false")) {
            file.java.checkExpression(file.fragment(value, a.getLine()), variables, JavaChecker.Kind.CODE,
                    what + ": its " + name);
        } else if ("dialect".equals(name) && !value.replace("\"", "").strip().matches("(?i)java|mvel")) {
            file.refuse(a.getLine(), what + ": unknown dialect " + value);
        }
    }

    String packageDialect() {
        return descr.getAttributes().stream().filter(a -> "dialect".equals(a.getName()))
                .map(AttributeDescr::getValue).findFirst().orElse(null);
    }

    boolean isImportedAccumulate(String name) {
        return accumulateImports.contains(name);
    }

    void checkType(String type, int line, String what) {
        if (type != null && !type.isBlank()) {
            java.checkType(fragment(type, line), what);
        }
    }

    CodeFragment fragment(String code, int nearLine) {
        return new CodeFragment(drl, code, nearLine);
    }

    void refuse(int line, String message) {
        String text = drl.text();
        int from = drl.offsetOfLine(line);
        int indent = 0;
        while (from + indent < text.length() && (text.charAt(from + indent) == ' ' || text.charAt(from + indent) == '\t')) {
            indent++;
        }
        refusals.refuse(line > 0 ? drl.locationOf(from + indent) : dev.accord.Location.of(drl.path()), message);
    }

    JavaChecker java() {
        return java;
    }

    ConstraintChecker constraints() {
        return constraints;
    }

    DrlText drl() {
        return drl;
    }
}
