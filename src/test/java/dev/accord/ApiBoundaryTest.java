package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary of the public API, which {@code module-info.java} draws: the exported packages'
 * public signatures name no Drools type, and the internal types they still name are exactly
 * those listed in {@code src/test/resources/api/internal-types-in-api.txt}, so that no new one
 * slips in (javac's {@code -Xlint:exports} warns of them too). The exports themselves are
 * {@link #EXPORTED}, checked against the module descriptor.
 */
class ApiBoundaryTest {

    /** The packages callers may import: what module-info.java exports. */
    static final List<String> EXPORTED = List.of("dev.accord", "dev.accord.vocabulary", "dev.accord.explain",
            "dev.accord.analysis");

    private static final Path LISTED = Path.of("src/test/resources/api/internal-types-in-api.txt");

    @Test
    void theModuleExportsExactlyTheApiPackages() throws IOException {
        java.lang.module.ModuleDescriptor module;
        try (var in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        assertThat(module.name()).isEqualTo("dev.accord");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse())
                .extracting(java.lang.module.ModuleDescriptor.Exports::source).containsExactlyInAnyOrderElementsOf(EXPORTED);
        assertThat(module.opens()).allSatisfy(o -> assertThat(o.isQualified()).as("opened to named modules only: " + o).isTrue());
    }

    @Test
    void noExportedSignatureNamesADroolsType() {
        TreeMap<String, Set<String>> drools = new TreeMap<>();
        signatures().forEach((member, types) -> types.stream()
                .filter(t -> t.startsWith("org.drools.") || t.startsWith("org.kie."))
                .forEach(t -> drools.computeIfAbsent(t, k -> new TreeSet<>()).add(member)));

        assertThat(drools).isEmpty();
    }

    @Test
    void theInternalTypesExportedSignaturesNameAreExactlyThoseListed() throws IOException {
        Set<String> named = new TreeSet<>();
        signatures().values().forEach(types -> types.stream().filter(ApiBoundaryTest::internal).forEach(named::add));
        Set<String> listed = new TreeSet<>(Files.readAllLines(LISTED).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());

        assertThat(named).as("internal types in exported signatures; a new one belongs in an API package")
                .isEqualTo(listed);
    }

    private static boolean internal(String type) {
        return type.startsWith("dev.accord.") && !EXPORTED.contains(type.substring(0, type.lastIndexOf('.')))
                && !EXPORTED.contains(packageOfNested(type));
    }

    private static String packageOfNested(String type) {
        String outer = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
        return outer.substring(0, outer.lastIndexOf('.'));
    }

    /** Public member of a public exported class to the types its signature names. */
    private static TreeMap<String, Set<String>> signatures() {
        TreeMap<String, Set<String>> all = new TreeMap<>();
        for (Class<?> c : exportedClasses()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            Set<String> ofClass = new TreeSet<>();
            if (c.getGenericSuperclass() != null) {
                collect(c.getGenericSuperclass(), ofClass);
            }
            for (Type t : c.getGenericInterfaces()) {
                collect(t, ofClass);
            }
            all.put(c.getName(), ofClass);
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    Set<String> types = new TreeSet<>();
                    collect(m.getGenericReturnType(), types);
                    parameters(m, types);
                    all.put(c.getName() + "." + m.getName(), types);
                }
            }
            for (var k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    Set<String> types = new TreeSet<>();
                    parameters(k, types);
                    all.put(c.getName() + ".<init>" + k.getParameterCount(), types);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    Set<String> types = new TreeSet<>();
                    collect(f.getGenericType(), types);
                    all.put(c.getName() + "#" + f.getName(), types);
                }
            }
        }
        return all;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void parameters(Executable e, Set<String> types) {
        for (Type t : e.getGenericParameterTypes()) {
            collect(t, types);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            collect(t, types);
        }
    }

    private static void collect(Type type, Set<String> into) {
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (!element.isPrimitive()) {
                into.add(element.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, into);
            }
        } else if (type instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), into);
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> collect(b, into));
        }
    }

    /** The compiled classes of the exported packages, nested ones included. */
    private static List<Class<?>> exportedClasses() {
        Path classes = Path.of("target/classes");
        return EXPORTED.stream().flatMap(pkg -> {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                        .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length())).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).<Class<?>>map(name -> {
            try {
                return Class.forName(name, false, ApiBoundaryTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
