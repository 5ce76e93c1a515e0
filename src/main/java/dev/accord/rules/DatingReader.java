package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.Role;

/**
 * Finds how each type of a pack is dated: events by their {@code @timestamp}, other declared
 * types by {@code @dated(field)}. As-of evaluation and timelines leave out facts dated later than
 * the date they speak for; an analyst must be able to see, in the DRL, which date that is.
 */
final class DatingReader {

    private DatingReader() {
    }

    /** True when some type of the packages is an event: the session then runs in stream mode. */
    static boolean hasEvents(Iterable<KiePackage> packages) {
        for (KiePackage p : packages) {
            for (TypeDeclaration t : ((InternalKnowledgePackage) p).getTypeDeclarations().values()) {
                if (t.getRole() == Role.Type.EVENT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @throws InvalidRulesException when an {@code @dated} or {@code @timestamp} names no usable field */
    static Map<Class<?>, Dating> read(Iterable<KiePackage> packages, List<PackageDescr> descrs) {
        Map<String, TypeDeclarationDescr> declared = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (PackageDescr p : descrs) {
            for (TypeDeclarationDescr t : p.getTypeDeclarations()) {
                declared.put(t.getTypeName(), t);
                files.put(t.getTypeName(), p.getResource().getSourcePath());
            }
        }
        Map<Class<?>, Dating> out = new HashMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (KiePackage p : packages) {
            for (TypeDeclaration t : ((InternalKnowledgePackage) p).getTypeDeclarations().values()) {
                Class<?> type = t.getTypeClass();
                if (type == null) {
                    continue;
                }
                TypeDeclarationDescr descr = declared.get(t.getTypeName());
                Location at = descr == null ? Location.of("?")
                        : new Location(files.get(t.getTypeName()), descr.getLine(), descr.getColumn() + 1);
                String field = null;
                boolean event = t.getRole() == Role.Type.EVENT;
                if (event && t.getTimestampAttribute() != null) {
                    field = t.getTimestampAttribute();
                } else if (descr != null && descr.getAnnotation("dated") != null) {
                    AnnotationDescr dated = descr.getAnnotation("dated");
                    Object value = dated.getSingleValueStripped();
                    field = value == null ? null : AnnotationDescr.unquote(value.toString());
                    if (field == null || field.isBlank()) {
                        errors.add(Diagnostic.error(at, t.getTypeName() + ": @dated needs the name of a date field, e.g. @dated(reported)"));
                        continue;
                    }
                }
                if (field == null) {
                    continue;
                }
                Method getter = getter(type, field);
                if (getter == null || !Dating.isDateType(getter.getReturnType())) {
                    errors.add(Diagnostic.error(at, t.getTypeName() + ": " + (event ? "@timestamp" : "@dated") + "(" + field
                            + ") must name a field of type java.time.LocalDate, java.time.LocalDateTime, java.util.Date or long"
                            + " (epoch milliseconds)"
                            + (getter == null ? "; the type has no field '" + field + "'" : "")));
                    continue;
                }
                out.put(type, new Dating(type, field, getter, event));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Diagnostic.BY_LOCATION);
            throw new InvalidRulesException(errors);
        }
        inherit(packages, out);
        return out;
    }

    /**
     * Gives each declared type that is not dated itself the dating of its nearest dated supertype
     * ({@code declare Sub extends Base}): a report is as dated as the kind of report it extends,
     * and an evaluation as of a date must leave out the subtype's later facts too. Drools does
     * not make a subtype of an event an event (its role is its own), so such a subtype is dated
     * for as-of evaluation but is a plain fact in the session, as Drools has it; a subtype that is
     * an event with no {@code @timestamp} of its own is stamped by Drools with the session clock,
     * and is only left out when its inherited date is later.
     */
    private static void inherit(Iterable<KiePackage> packages, Map<Class<?>, Dating> out) {
        for (KiePackage p : packages) {
            for (TypeDeclaration t : ((InternalKnowledgePackage) p).getTypeDeclarations().values()) {
                Class<?> type = t.getTypeClass();
                if (type == null || out.containsKey(type)) {
                    continue;
                }
                for (Class<?> up = type.getSuperclass(); up != null && up != Object.class; up = up.getSuperclass()) {
                    Dating base = out.get(up);
                    if (base != null) {
                        Method getter = getter(type, base.field());
                        if (getter != null) {
                            out.put(type, new Dating(type, base.field(), getter, false));
                        }
                        break;
                    }
                }
            }
        }
    }

    private static Method getter(Class<?> type, String field) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : List.of("get" + suffix, "is" + suffix)) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }
}
