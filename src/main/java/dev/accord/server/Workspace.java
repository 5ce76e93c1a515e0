package dev.accord.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folders the server may read and write: rule packs under the rules folders, fact sets under
 * the facts folders. Files are named to clients as {@code rules/PACK/FILE} and {@code facts/NAME}
 * (never as server paths), and every name is resolved here: no absolute path, no {@code ..}, no
 * symbolic link anywhere on the way, and the real path must lie inside its folder. The files are
 * the only state: nothing is stored anywhere else.
 */
final class Workspace {

    /** Files an analyst edits; anything else (a jar, a key) is neither listed nor served. */
    private static final List<String> PACK_FILES = List.of(".drl", ".yaml", ".yml");
    private static final List<String> FACT_FILES = List.of(".yaml", ".yml", ".json", ".csv");

    private final List<Path> ruleRoots;
    private final List<Path> factRoots;

    /**
     * @param ruleRoots folders as the operator gave them: packs are loaded by these paths, so a
     *                  decision names its files as {@code accord evaluate} would
     */
    Workspace(List<Path> ruleRoots, List<Path> factRoots) {
        this.ruleRoots = ruleRoots.stream().map(Path::normalize).toList();
        this.factRoots = factRoots.stream().map(Path::normalize).toList();
        this.ruleRoots.forEach(Workspace::real);
        this.factRoots.forEach(Workspace::real);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open folder " + p, e);
        }
    }

    /** Nothing on the way from the root is a link, and the file really lies under the root's real path. */
    private static boolean inside(Path file, Path root) {
        try {
            Path realRoot = root.toRealPath();
            Path existing = file;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            return existing != null && existing.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** Pack folders (with a pack.yaml) directly under a rules folder, or a rules folder that is itself a pack. */
    TreeMap<String, Path> packs() {
        TreeMap<String, Path> packs = new TreeMap<>();
        for (Path root : ruleRoots) {
            if (Files.isRegularFile(root.resolve("pack.yaml"), LinkOption.NOFOLLOW_LINKS)) {
                packs.putIfAbsent(root.getFileName().toString(), root);
                continue;
            }
            // Packs may be grouped in subfolders (rules/corpus/...); a pack's own subfolders hold no packs.
            try (Stream<Path> walk = Files.walk(root, 3)) {
                walk.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))
                        .filter(d -> Files.isRegularFile(d.resolve("pack.yaml"), LinkOption.NOFOLLOW_LINKS))
                        .sorted().forEach(d -> packs.putIfAbsent(d.getFileName().toString(), d));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packs;
    }

    Path pack(String name) {
        Path dir = packs().get(name);
        if (dir == null) {
            throw Problem.notFound("no rule pack named '" + name + "'; see /v1/packs");
        }
        return dir;
    }

    /** Fact-set files (YAML and JSON) under the facts folders, by name relative to their folder. */
    TreeMap<String, Path> factSets() {
        TreeMap<String, Path> sets = new TreeMap<>();
        for (Path root : factRoots) {
            try (Stream<Path> walk = Files.walk(root, 4)) {
                walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> endsWith(f, List.of(".yaml", ".yml", ".json")))
                        .forEach(f -> sets.putIfAbsent(root.relativize(f).toString().replace('\\', '/'), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sets;
    }

    Path factSet(String name) {
        Path file = resolve("facts/" + name);
        if (!endsWith(file, List.of(".yaml", ".yml", ".json"))) {
            throw Problem.notFound("'" + name + "' is not a fact set");
        }
        return file;
    }

    /** The editable files of a pack, as client names. */
    List<String> packFiles(String pack) {
        Path dir = pack(pack);
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, 3)) {
            walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).filter(f -> endsWith(f, PACK_FILES))
                    .sorted().forEach(f -> files.add("rules/" + pack + "/" + dir.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The file a client name stands for, whether or not it exists yet.
     *
     * @throws Problem 403 for a name that leaves its folder (.., an absolute path, a link), 404 for an unknown folder
     */
    Path resolve(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0 || name.contains("\\")) {
            throw Problem.badRequest("no file named");
        }
        List<String> parts = List.of(name.split("/", -1));
        if (parts.stream().anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
            throw Problem.forbidden("'" + name + "': a file name may not contain '..', '.', '//' or start with '/'");
        }
        Path root;
        List<String> rest;
        if (parts.get(0).equals("rules") && parts.size() >= 3) {
            root = pack(parts.get(1));
            rest = parts.subList(2, parts.size());
        } else if (parts.get(0).equals("facts") && parts.size() >= 2) {
            rest = parts.subList(1, parts.size());
            root = factRootHolding(rest);
        } else {
            throw Problem.notFound("'" + name + "': files are named rules/PACK/FILE or facts/NAME");
        }
        Path file = root;
        for (String part : rest) {
            file = file.resolve(part);
            if (Files.isSymbolicLink(file)) {
                throw Problem.forbidden("'" + name + "' goes through a symbolic link, which the server does not follow");
            }
        }
        if (!file.normalize().startsWith(root) || !inside(file, root)) {
            throw Problem.forbidden("'" + name + "' lies outside the served folders");
        }
        boolean allowed = endsWith(file, name.startsWith("rules/") ? PACK_FILES : FACT_FILES);
        if (!allowed) {
            throw Problem.forbidden("'" + name + "': only .drl, .yaml, .yml, .json and .csv files are served");
        }
        return file;
    }

    private Path factRootHolding(List<String> rest) {
        if (factRoots.isEmpty()) {
            throw Problem.notFound("the server has no facts folder");
        }
        for (Path root : factRoots) {
            if (Files.exists(root.resolve(String.join("/", rest)), LinkOption.NOFOLLOW_LINKS)) {
                return root;
            }
        }
        return factRoots.get(0); // a new file goes into the first facts folder
    }

    String read(String name) {
        Path file = resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw Problem.notFound("no file '" + name + "'");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Problem.of(500, "io", "Cannot read the file", "cannot read '" + name + "'");
        }
    }

    /**
     * Writes a file whole: to a temporary file beside it, then moved into place, so a reader (or
     * the watcher) never sees half of it and a failed write leaves the old file as it was.
     */
    void write(String name, String content) {
        Path file = resolve(name);
        if (!Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            throw Problem.notFound("no folder for '" + name + "'");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".accord-tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw Problem.of(500, "io", "Cannot write the file", "cannot write '" + name + "'");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the folder is gone; nothing left to clean
                }
            }
        }
    }

    /** A server path shown as a client name, so no diagnostic tells a client where the server keeps its files. */
    Optional<String> nameOf(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (var pack : packs().entrySet()) {
            Path dir = pack.getValue().toAbsolutePath();
            if (abs.startsWith(dir)) {
                return Optional.of("rules/" + pack.getKey() + "/" + dir.relativize(abs).toString().replace('\\', '/'));
            }
        }
        for (Path root : factRoots) {
            Path dir = root.toAbsolutePath();
            if (abs.startsWith(dir)) {
                return Optional.of("facts/" + dir.relativize(abs).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }

    List<Path> ruleRoots() {
        return ruleRoots;
    }

    List<Path> factRoots() {
        return factRoots;
    }

    private static boolean endsWith(Path f, List<String> suffixes) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return suffixes.stream().anyMatch(n::endsWith);
    }
}
