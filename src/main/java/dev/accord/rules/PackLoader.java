package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import dev.accord.RulePolicy;
import dev.accord.facts.InputLimits;
import dev.accord.facts.Problems;
import dev.accord.facts.TextFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a pack folder: {@code pack.yaml} and every {@code .drl} file below it, in path order. */
public final class PackLoader {

    /** A loaded pack: what {@code pack.yaml} says and the compiled rules. */
    public record Loaded(Manifest manifest, CompiledRules rules) {
    }

    private PackLoader() {
    }

    /**
     * @param policy         what the DRL may use, checked before anything is compiled
     * @param compileTimeout how long parsing, checking and compiling may take together
     * @throws InvalidRulesException with every problem, files named relative to {@code directory}
     *                               (its {@code base()})
     */
    public static Loaded load(Path directory, RulePolicy policy, Duration compileTimeout) {
        return load(directory, policy, compileTimeout, PackCache.none());
    }

    /**
     * Like {@link #load(Path, RulePolicy, Duration)}, taking the compiled rules from {@code cache}
     * when it holds them for exactly these DRL files, and storing them there otherwise.
     */
    public static Loaded load(Path directory, RulePolicy policy, Duration compileTimeout, PackCache cache) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidRulesException(List.of(Diagnostic.error(Location.of(directory.toString()),
                    Files.exists(directory) ? "not a directory: a rule pack is a folder with pack.yaml and .drl files"
                            : "no such rule pack folder")));
        }
        Path manifestFile = directory.resolve(ManifestReader.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw fail(directory, Location.of(ManifestReader.FILE), "missing: a rule pack needs a pack.yaml naming its conditions and actions");
        }
        Problems problems = new Problems();
        String manifestText = TextFile.readOwn(manifestFile, ManifestReader.FILE, InputLimits.MAX_MANIFEST_BYTES, problems);
        return compile(directory, manifestText, drlFiles(directory, problems), problems, policy, compileTimeout, cache);
    }

    /**
     * Compiles a pack given as texts: {@code pack.yaml} and DRL files by the names diagnostics
     * give them (relative paths such as {@code rules/ties.drl}), in the order of their names.
     *
     * @param base what the file names in diagnostics are relative to, e.g. the pack's name
     * @throws InvalidRulesException with every problem, files named relative to {@code base}
     */
    public static Loaded load(Path base, String manifestText, java.util.Map<String, String> drl, RulePolicy policy,
            Duration compileTimeout, PackCache cache) {
        Problems problems = new Problems();
        List<DrlSource> sources = new ArrayList<>();
        new java.util.TreeMap<>(drl).forEach((name, text) -> {
            if (text.length() > InputLimits.MAX_DRL_FILE_BYTES) {
                problems.error(Location.of(name), "the file is " + text.length() + " characters, more than the limit of "
                        + InputLimits.MAX_DRL_FILE_BYTES);
            } else {
                sources.add(DrlSource.of(name, text));
            }
        });
        if (manifestText == null) {
            problems.error(Location.of(ManifestReader.FILE), "missing: a rule pack needs a pack.yaml naming its conditions and actions");
        } else if (manifestText.length() > InputLimits.MAX_MANIFEST_BYTES) {
            problems.error(Location.of(ManifestReader.FILE), "the file is " + manifestText.length()
                    + " characters, more than the limit of " + InputLimits.MAX_MANIFEST_BYTES);
            manifestText = null;
        }
        return compile(base, manifestText, sources, problems, policy, compileTimeout, cache);
    }

    private static Loaded compile(Path base, String manifestText, List<DrlSource> drl, Problems problems, RulePolicy policy,
            Duration compileTimeout, PackCache cache) {
        Manifest manifest = manifestText == null ? null : ManifestReader.read(manifestText, problems);
        if (drl.isEmpty() && !problems.hasErrors()) {
            problems.error(Location.of("."), "the pack has no .drl files");
        }
        if (problems.hasErrors()) {
            throw new InvalidRulesException(problems.sorted(), base);
        }
        try {
            return new Loaded(manifest, TimedCompilation.run(() -> PackCompiler.compile(drl, policy, cache), compileTimeout));
        } catch (InvalidRulesException e) {
            throw new InvalidRulesException(e.diagnostics(), base);
        }
    }

    /** The DRL files of a pack folder, read, in path order. */
    static List<DrlSource> drlSources(Path directory) {
        Problems problems = new Problems();
        List<DrlSource> sources = drlFiles(directory, problems);
        if (problems.hasErrors()) {
            throw new InvalidRulesException(problems.sorted(), directory);
        }
        return sources;
    }

    private static List<DrlSource> drlFiles(Path directory, Problems problems) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw fail(directory, Location.of("."), "cannot list the pack's files: " + e.getMessage());
        }
        List<DrlSource> sources = new ArrayList<>();
        for (Path p : paths) {
            String relative = directory.relativize(p).toString().replace('\\', '/');
            String text = TextFile.readOwn(p, relative, InputLimits.MAX_DRL_FILE_BYTES, problems);
            if (text != null) {
                sources.add(DrlSource.of(relative, text));
            }
        }
        return sources;
    }

    private static InvalidRulesException fail(Path directory, Location at, String message) {
        return new InvalidRulesException(List.of(Diagnostic.error(at, message)), directory);
    }
}
