package dev.accord.facts;

import dev.accord.Location;
import dev.accord.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code include} list of a fact set: {@code - { csv: incidents.csv, type: Incident }}.
 * Paths are resolved against the fact set's folder and must stay inside it, so that a fact set
 * passed around cannot make Accord read files elsewhere on the reader's machine.
 */
final class IncludeReader {

    private static final Set<String> KEYS = Set.of("csv", "type", "source");

    private IncludeReader() {
    }

    static List<Include> read(List<Node> items, String factSetFile, Map<String, Source> sources, Map<String, Location> listedIds,
                              Problems problems) {
        List<Include> out = new ArrayList<>();
        Path shown = Path.of(factSetFile);
        Path folder = shown.toAbsolutePath().normalize().getParent();
        for (int i = 0; i < items.size(); i++) {
            MappingView view = MappingView.of(items.get(i), "include #" + (i + 1), problems);
            if (view == null) {
                continue;
            }
            view.allowOnly(KEYS);
            String written = view.requiredText("csv");
            String type = view.requiredText("type");
            String source = view.text("source");
            if (source != null && !sources.containsKey(source)) {
                problems.error(view.mapping().get("source").location(), "include #" + (i + 1) + ": unknown source '" + source
                        + "'; " + (sources.isEmpty() ? "the fact set defines no sources" : "defined: " + String.join(", ", sources.keySet())));
            }
            if (written == null || type == null) {
                continue;
            }
            Location at = view.mapping().get("csv").location();
            Path file = inside(folder, written, at, problems);
            if (file != null) {
                Path parent = shown.getParent();
                String name = (parent == null ? Path.of(written) : parent.resolve(written)).normalize().toString();
                out.add(new Include(file, name, type, source, at, listedIds));
            }
        }
        return List.copyOf(out);
    }

    /** The file, when it is a readable file inside {@code folder}; otherwise reports why and returns null. */
    private static Path inside(Path folder, String written, Location at, Problems problems) {
        Path file;
        try {
            file = folder.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.error(at, "include: not a valid path: '" + written + "'");
            return null;
        }
        if (!file.startsWith(folder)) {
            problems.error(at, "include: '" + written + "' is outside the fact set's folder; included files must be in it or below it");
            return null;
        }
        if (!Files.exists(file)) {
            problems.error(at, "include: no such file '" + written + "' (in " + folder + ")");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.error(at, "include: '" + written + "' is not a regular file; an included file must be one");
            return null;
        }
        if (TextFile.links(file) > 1) {
            // A hard link is another name of a file that may be anywhere on the disk (/etc/passwd):
            // the folder check cannot see it, and errors would quote that file's lines.
            problems.error(at, "include: '" + written + "' has other names (hard links); an included file must be a"
                    + " file of its own: copy it into the folder instead");
            return null;
        }
        try {
            // A link inside the folder may still lead out of it.
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                problems.error(at, "include: '" + written + "' leads outside the fact set's folder (through a link)");
                return null;
            }
        } catch (IOException e) {
            problems.error(at, "include: cannot read '" + written + "': " + e.getMessage());
            return null;
        }
        return file;
    }
}
