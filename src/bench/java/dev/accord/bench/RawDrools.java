package dev.accord.bench;

import dev.accord.FactSet;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import dev.accord.internal.Internals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The baseline: Drools on its own. Compiles a pack's DRL files with the knowledge builder (no
 * parsing for Accord, no rule structures), and runs them in a plain session with no
 * listeners, returning only the recommendations.
 */
final class RawDrools {

    private RawDrools() {
    }

    static KieBase compile(Path packDir) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RawDrools.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch(); // files may use types declared in later ones
        for (Path drl : drlFiles(packDir)) {
            try {
                batch.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(drl)), ResourceType.DRL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    /**
     * Runs the rules on the facts in a fresh session with no listeners, and returns what the
     * rules recommended. (A stateless session would need the drools-commands module to hand back
     * results; a stateless session is this same sequence inside.)
     */
    static List<Object> decide(KieBase kieBase, List<Object> facts) {
        return decide(kieBase.newKieSession(), facts);
    }

    /** The same in a given session, which is disposed after (a pooled one goes back to its pool). */
    static List<Object> decide(KieSession session, List<Object> facts) {
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<>(session.getObjects(o -> o instanceof dev.accord.vocabulary.Recommendation));
        } finally {
            session.dispose();
        }
    }

    /** The fact set's facts as instances of the declared types of {@code kieBase} (package {@code pkg}). */
    static List<Object> facts(KieBase kieBase, String pkg, FactSet set) {
        List<Object> out = new ArrayList<>();
        for (Fact fact : Internals.factSets().facts(set)) {
            FactType type = kieBase.getFactType(pkg, fact.type());
            try {
                Object o = type.newInstance();
                set(type, o, "id", fact.id());
                set(type, o, "source", fact.source());
                for (Node.Entry e : fact.fields().values()) {
                    set(type, o, e.key(), e.value() instanceof Node.Scalar s && !s.isNull() ? s.text() : null);
                }
                out.add(o);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static void set(FactType type, Object o, String name, String text) {
        FactField field = type.getField(name);
        if (field == null || text == null) {
            return;
        }
        Class<?> t = field.getType();
        Object value;
        if (t == String.class) {
            value = text;
        } else if (t == boolean.class || t == Boolean.class) {
            value = Boolean.parseBoolean(text);
        } else if (t == double.class || t == Double.class) {
            value = Double.parseDouble(text);
        } else if (t == int.class || t == Integer.class) {
            value = Integer.parseInt(text);
        } else if (t == LocalDate.class) {
            value = LocalDate.parse(text);
        } else if (t.isEnum()) {
            value = enumValue(t, text);
        } else {
            throw new IllegalArgumentException("no conversion to " + t + " for " + name);
        }
        field.set(o, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class) type, text);
    }

    static List<Path> drlFiles(Path packDir) {
        try (Stream<Path> files = Files.walk(packDir)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
