package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.Location;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What an {@code @explain} placeholder may read: {@code {$var.a.b}} reads properties by
 * reflection, so it is limited to <em>fields</em> (of the types the pack declares, of Java
 * classes it imports that are not the JDK's or the engine's, and of Accord's vocabulary) and a
 * short allow-list of accessors of everyday values ({@link #ACCESSORS}). Anything else
 * ({@code class}, {@code classLoader}, {@code newInstance}, {@code hashCode}...) is refused when
 * the pack loads, at the placeholder, and never read when a sentence is filled.
 */
public final class ExplainFields {

    /** The accessors a placeholder may read on values that are not facts, with the types that have them. */
    public static final Map<String, List<Class<?>>> ACCESSORS = Map.ofEntries(
            Map.entry("length", List.of(CharSequence.class)),
            Map.entry("size", List.of(Collection.class, Map.class)),
            Map.entry("empty", List.of(CharSequence.class, Collection.class, Map.class)),
            Map.entry("intValue", List.of(Number.class)),
            Map.entry("longValue", List.of(Number.class)),
            Map.entry("doubleValue", List.of(Number.class)),
            Map.entry("name", List.of(Enum.class)),
            Map.entry("ordinal", List.of(Enum.class)),
            Map.entry("year", List.of(TemporalAccessor.class)),
            Map.entry("monthValue", List.of(TemporalAccessor.class)),
            Map.entry("month", List.of(TemporalAccessor.class)),
            Map.entry("dayOfMonth", List.of(TemporalAccessor.class)),
            Map.entry("dayOfWeek", List.of(TemporalAccessor.class)),
            Map.entry("dayOfYear", List.of(TemporalAccessor.class)));

    /** Same pattern as the template filler's: a variable, then a dotted property path. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?[A-Za-z_][\\w$]*)((?:\\.[A-Za-z_]\\w*)*)}");

    /** Classes whose fields are not a fact's data: the JDK's and the engine's. */
    private static final List<String> PLATFORM = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.drools.",
            "org.kie.", "org.mvel2.", "org.antlr.");

    private ExplainFields() {
    }

    /** Whether a sentence may read {@code property} of a value of class {@code type}. */
    public static boolean readable(Class<?> type, String property) {
        if (type == Class.class || ClassLoader.class.isAssignableFrom(type)) {
            return false;
        }
        List<Class<?>> owners = ACCESSORS.get(property);
        if (owners != null && owners.stream().anyMatch(o -> o.isAssignableFrom(type))) {
            return true;
        }
        return hasField(type, property);
    }

    /** A non-static field of that name, declared by the class or a super class that is not the JDK's or the engine's. */
    private static boolean hasField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && !isPlatform(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPlatform(Class<?> c) {
        String name = c.getName();
        return c.isPrimitive() || c.isArray() || PLATFORM.stream().anyMatch(name::startsWith);
    }

    /**
     * Refuses every placeholder of a rule's {@code @explain} whose path names something that is
     * neither a field nor an allowed accessor; at the placeholder.
     */
    static List<Diagnostic> check(List<DrlSource> files, List<PackageDescr> descrs) {
        Set<String> fields = fieldNames(descrs);
        List<Diagnostic> refused = new ArrayList<>();
        for (int i = 0; i < descrs.size(); i++) {
            DrlSource file = files.get(i);
            for (RuleDescr r : descrs.get(i).getRules()) {
                AnnotationDescr explain = r.getAnnotation("explain");
                Object value = explain == null ? null : explain.getSingleValueStripped();
                if (value == null) {
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(AnnotationDescr.unquote(value.toString()));
                while (m.find()) {
                    for (String property : m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("\\.")) {
                        if (!fields.contains(property) && !ACCESSORS.containsKey(property)) {
                            refused.add(Diagnostic.error(locate(file, m.group(), explain.getLine() > 0 ? explain.getLine() : r.getLine()),
                                    "@explain of rule \"" + r.getName() + "\": " + m.group() + " reads '" + property
                                    + "', which is neither a field of a type the pack declares or imports nor one of the"
                                    + " accessors a sentence may read (" + String.join(", ", new TreeSet<>(ACCESSORS.keySet())) + ")"));
                            break;
                        }
                    }
                }
            }
        }
        return refused;
    }

    /** The field names of the pack's declared types, of its imported non-JDK classes, and of the vocabulary. */
    private static Set<String> fieldNames(List<PackageDescr> descrs) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : List.of(dev.accord.vocabulary.Assessment.class, dev.accord.vocabulary.Recommendation.class,
                dev.accord.vocabulary.Consideration.class)) {
            addFields(c, names);
        }
        for (PackageDescr p : descrs) {
            List<AbstractClassTypeDeclarationDescr> types = new ArrayList<>(p.getTypeDeclarations());
            types.addAll(p.getEnumDeclarations());
            types.forEach(t -> names.addAll(t.getFields().keySet()));
            for (ImportDescr i : p.getImports()) {
                if (i.getTarget().endsWith(".*") || PLATFORM.stream().anyMatch(i.getTarget()::startsWith)) {
                    continue;
                }
                try {
                    addFields(Class.forName(i.getTarget(), false, ExplainFields.class.getClassLoader()), names);
                } catch (ClassNotFoundException | LinkageError e) {
                    // not a class on the class path (a declared type, or an error Drools reports)
                }
            }
        }
        return names;
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && !isPlatform(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    names.add(f.getName());
                }
            }
        }
    }

    private static Location locate(DrlSource file, String placeholder, int fromLine) {
        for (int n = Math.max(fromLine, 1); n <= file.lines().size(); n++) {
            int column = file.line(n).indexOf(placeholder);
            if (column >= 0) {
                return new Location(file.path(), n, column + 1);
            }
        }
        return new Location(file.path(), Math.max(fromLine, 1), 1);
    }
}
