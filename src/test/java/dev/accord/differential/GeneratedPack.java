package dev.accord.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated rule pack: its declared types, DRL functions and rules (kept apart so that the
 * shrinker can drop rules), and the conditions and actions of its {@code pack.yaml}.
 *
 * @param name       unique in a run, e.g. {@code p17}
 * @param seed       the seed it was generated from: {@link PackGenerator#pack(long, int)} makes it again
 * @param types      the fact types facts may be written in, in declaration order
 * @param declares   the {@code declare} blocks, verbatim
 * @param functions  the {@code function} blocks, verbatim
 * @param rules      in file order
 */
public record GeneratedPack(String name, long seed, List<FactTypeSpec> types, String declares, String functions,
        List<Rule> rules, List<String> conditions, List<String> actions) {

    /** A rule as text, with the features it uses. */
    public record Rule(String name, String attributes, String when, String then, Set<Feature> features) {
        String drl() {
            return "rule \"" + name + "\"\n" + attributes + "when\n" + when + "then\n" + then + "end\n";
        }
    }

    public String packageName() {
        return "gen." + name;
    }

    public boolean hasEvents() {
        return types.stream().anyMatch(FactTypeSpec::event);
    }

    public FactTypeSpec type(String typeName) {
        return types.stream().filter(t -> t.name().equals(typeName)).findFirst().orElseThrow();
    }

    public String drl() {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName()).append(";\n\n");
        out.append("import dev.accord.vocabulary.Assessment;\n");
        out.append("import dev.accord.vocabulary.Status;\n");
        out.append("import dev.accord.vocabulary.Recommendation;\n");
        out.append("import java.util.List;\n");
        out.append("import java.util.ArrayList;\n");
        out.append("import java.time.LocalDate;\n\n");
        out.append(declares).append('\n').append(functions).append('\n');
        for (Rule r : rules) {
            out.append(r.drl()).append('\n');
        }
        return out.toString();
    }

    public String packYaml() {
        StringBuilder out = new StringBuilder();
        out.append("name: gen-").append(name).append('\n');
        out.append("title: \"Generated pack ").append(name).append(" (seed ").append(seed).append(")\"\n");
        out.append("conditions:\n");
        for (String c : conditions) {
            out.append("  - id: ").append(c).append("\n    title: Condition ").append(c).append('\n');
        }
        out.append("actions:\n");
        for (String a : actions) {
            out.append("  - { id: ").append(a).append(", title: \"Action ").append(a).append("\" }\n");
        }
        return out.toString();
    }

    /** Writes {@code pack.yaml} and {@code rules.drl} into {@code dir}, which it creates. */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pack.yaml"), packYaml());
            Files.writeString(dir.resolve("rules.drl"), drl());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same pack with only the rules kept. */
    public GeneratedPack withRules(List<Rule> kept) {
        return new GeneratedPack(name, seed, types, declares, functions, List.copyOf(kept), conditions, actions);
    }

    public Set<Feature> features() {
        Set<Feature> all = EnumSet.noneOf(Feature.class);
        rules.forEach(r -> all.addAll(r.features()));
        if (types.stream().anyMatch(t -> t.superType() != null)) {
            all.add(Feature.EXTENDS);
        }
        return all;
    }

    public String featureNames() {
        return String.join(", ", new TreeSet<>(features().stream().map(Enum::name).toList()));
    }

    /** The rules' names, for messages. */
    public List<String> ruleNames() {
        List<String> out = new ArrayList<>();
        rules.forEach(r -> out.add(r.name()));
        return out;
    }
}
