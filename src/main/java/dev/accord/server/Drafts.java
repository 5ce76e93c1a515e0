package dev.accord.server;

import dev.accord.AccordException;
import dev.accord.Diagnostic;
import dev.accord.FactSet;
import dev.accord.Location;
import dev.accord.RulePack;
import dev.accord.analysis.PackCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks an edited file before it is saved, as {@code accord check} would check it on disk: a DRL
 * file or pack.yaml in a copy of its pack (compiled under the strict policy, then the pack's
 * warnings), a fact set by reading it. The copy lives in a private temporary folder and is
 * deleted after; the served files are not touched.
 */
final class Drafts {

    /** What a check found; {@code errors} true means the file must not be saved. */
    record Result(boolean errors, List<Diagnostic> diagnostics) {
    }

    private final Workspace workspace;
    private final Packs packs;

    Drafts(Workspace workspace, Packs packs) {
        this.workspace = workspace;
        this.packs = packs;
    }

    Result check(String name, String content) {
        Path target = workspace.resolve(name); // refuses names outside the folders before anything else
        if (name.startsWith("rules/")) {
            return checkPackFile(name, target, content);
        }
        if (name.endsWith(".csv")) {
            return new Result(false, List.of());
        }
        try {
            FactSet.parse(content, target.toString());
            return new Result(false, List.of());
        } catch (AccordException e) {
            return new Result(true, shown(e.located(), target, name));
        }
    }

    private Result checkPackFile(String name, Path target, String content) {
        String pack = name.split("/")[1];
        Path dir = workspace.pack(pack);
        Path copy = null;
        try {
            copy = Files.createTempDirectory("accord-draft");
            Path draftDir = copy.resolve(pack);
            copyPack(dir, draftDir);
            Path draftFile = draftDir.resolve(dir.relativize(target).toString());
            Files.createDirectories(draftFile.getParent());
            Files.writeString(draftFile, content, StandardCharsets.UTF_8);
            try {
                RulePack loaded = packs.loadDraft(draftDir);
                return new Result(false, shown(PackCheck.check(loaded).stream().map(d -> d.relativeTo(draftDir)).toList(),
                        draftDir, "rules/" + pack));
            } catch (AccordException e) {
                return new Result(true, shown(e.located(), draftDir, "rules/" + pack));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    /** Diagnostics with the copy's paths named as the client knows the files. */
    private static List<Diagnostic> shown(List<Diagnostic> found, Path under, String as) {
        return found.stream().map(d -> {
            Path file = Path.of(d.location().file());
            String shownFile = file.toAbsolutePath().startsWith(under.toAbsolutePath()) && !file.equals(under)
                    ? as + "/" + under.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/')
                    : file.equals(under) ? as : file.getFileName().toString();
            return new Diagnostic(new Location(shownFile, d.location().line(), d.location().column()), d.severity(), d.message());
        }).sorted(Diagnostic.BY_LOCATION).toList();
    }

    private static void copyPack(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from, 3)) {
            for (Path f : walk.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dest);
                } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(f, dest);
                }
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
