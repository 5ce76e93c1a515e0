package dev.accord.watch;

import dev.accord.AccordException;
import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.LoadOptions;
import dev.accord.Outcome;
import dev.accord.RulePack;
import dev.accord.analysis.Coverage;
import dev.accord.analysis.ScenarioResult;
import dev.accord.analysis.ScenarioRunner;
import dev.accord.engine.SessionRunner;
import dev.accord.render.ScenarioReport;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The edit loop: on every save in the pack or the fact sets, re-checks the pack and re-runs the
 * fact sets (or, with none given, the pack's scenarios), in the same warm JVM. A save that breaks
 * the pack prints its diagnostics and leaves the last good pack in use.
 */
public final class Watch implements AutoCloseable {

    /** Saves arrive as bursts of events (write, rename, touch); wait this long for the burst to end. */
    private static final long SETTLE_MILLIS = 150;

    private final Path packDir;
    private final LoadOptions loading;
    private final EvaluationLimits limits;
    private final List<Path> facts;
    private final List<Path> scenarios;
    private final Consumer<String> out;
    private final WatchService watcher;
    private RulePack pack;

    /**
     * Watches a pack folder with the default load options and limits.
     *
     * @param packDir   the pack's folder
     * @param facts     fact sets to evaluate on every change; when empty, {@code scenarios} are tested
     * @param scenarios scenario files or folders, used when {@code facts} is empty
     * @param out       receives each report, one call per run
     * @throws IOException when a folder cannot be watched
     */
    public Watch(Path packDir, List<Path> facts, List<Path> scenarios, Consumer<String> out) throws IOException {
        this(packDir, LoadOptions.defaults(), EvaluationLimits.defaults(), facts, scenarios, out);
    }

    /**
     * Watches a pack folder.
     *
     * @param packDir   the pack's folder
     * @param loading   how the pack is loaded each time it changes
     * @param limits    the limits of each evaluation
     * @param facts     fact sets to evaluate on every change; when empty, {@code scenarios} are tested
     * @param scenarios scenario files or folders, used when {@code facts} is empty
     * @param out       receives each report, one call per run
     * @throws IOException when a folder cannot be watched
     */
    public Watch(Path packDir, LoadOptions loading, EvaluationLimits limits, List<Path> facts, List<Path> scenarios,
            Consumer<String> out) throws IOException {
        this.packDir = packDir;
        this.loading = loading;
        this.limits = limits;
        this.facts = List.copyOf(facts);
        this.scenarios = List.copyOf(scenarios);
        this.out = out;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path dir : watchedFolders()) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    private Set<Path> watchedFolders() throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        List<Path> roots = new ArrayList<>();
        roots.add(packDir);
        roots.addAll(facts.stream().map(f -> f.toAbsolutePath().getParent()).toList());
        roots.addAll(facts.isEmpty() ? scenarios : List.of());
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isDirectory).forEach(dirs::add);
                }
            }
        }
        return dirs;
    }

    /** Runs once now, then again after every relevant change, until {@link #close()} or interruption. */
    public void run() {
        cycle("start");
        try {
            while (true) {
                WatchKey key = watcher.take();
                Set<String> changed = new LinkedHashSet<>();
                collect(key, changed);
                // Let the burst of events of one save settle, then take them all at once.
                for (WatchKey more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    cycle(String.join(", ", changed));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the loop ends
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && relevant(name)) {
                changed.add(dir.resolve(name).toString());
            }
        }
        key.reset();
    }

    /** DRL, pack.yaml, fact sets and the CSV files they include; not editors' swap and backup files. */
    private static boolean relevant(Path name) {
        String n = name.toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !n.endsWith("~") && (n.endsWith(".drl") || n.endsWith(".yaml")
                || n.endsWith(".yml") || n.endsWith(".json") || n.endsWith(".csv"));
    }

    /** One run: reload the pack if it changed, then evaluate or test; report as one block of text. */
    void cycle(String trigger) {
        StringBuilder report = new StringBuilder("── ").append(trigger).append(" ──\n");
        // An action of the last run may still spin past its time limit; each save would add one more such thread.
        int stopped = SessionRunner.stopRunaways();
        if (stopped > 0) {
            report.append("stopped ").append(stopped).append(stopped == 1 ? " evaluation" : " evaluations")
                    .append(" of the last run still stuck in a rule's action\n");
        }
        try {
            pack = RulePack.load(packDir, loading);
        } catch (AccordException e) {
            e.located().forEach(d -> report.append(d).append('\n'));
            report.append(pack == null ? "the pack does not load; nothing to run until it does\n"
                    : "the pack does not load; still using the last good pack\n");
            out.accept(report.toString());
            return;
        }
        if (facts.isEmpty()) {
            List<ScenarioResult> results = ScenarioRunner.run(pack, ScenarioRunner.scenarioFiles(scenarios), limits);
            report.append(ScenarioReport.render(pack.name(), results,
                    Coverage.of(pack, results.stream().map(ScenarioResult::decision).filter(Objects::nonNull).toList())));
        } else {
            for (Path f : facts) {
                report.append(evaluate(f));
            }
        }
        out.accept(report.toString());
    }

    private String evaluate(Path file) {
        try {
            Decision d = pack.evaluate(FactSet.load(file), limits);
            String conditions = d.conditions().stream().map(c -> c.id() + " " + c.statusLabel()).collect(Collectors.joining(", "));
            return file + ": " + recommendation(d) + " (" + conditions + ")\n"
                    + d.warnings().stream().map(Diagnostic::toString).map(w -> "  " + w + "\n").collect(Collectors.joining());
        } catch (AccordException e) {
            return e.located().stream().map(Diagnostic::toString).collect(Collectors.joining("\n", "", "\n"));
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    /** The recommendation as a scenario's expect block writes it: the action, NONE or CONFLICT. */
    private static String recommendation(Decision d) {
        return d.outcome() == Outcome.RECOMMENDED ? d.action().orElseThrow()
                : d.outcome() == Outcome.NO_RECOMMENDATION ? "NONE" : "CONFLICT";
    }
}
