package dev.accord.cli;

import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.Timeline;
import dev.accord.analysis.TimelineBuilder;
import dev.accord.render.ControlCharacters;
import dev.accord.render.TimelineFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code accord timeline}: the decision at each date, as a table, JSON, CSV or a chart page. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Decides at each date from --from to --to, one step apart, in one session whose clock advances:"
                + " the recommendation and every condition's status at each date, what changed and why,"
                + " and the dated facts and events in between."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./accord timeline facts/timeline/",
            "  ./accord timeline facts/timeline/ --from 2020-03-01 --every 2w --format csv",
            "  ./accord timeline facts/timeline/ --format html --output timeline.html"})
public final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Parameters(arity = "1..*", paramLabel = "FACTS",
            description = "Fact sets (YAML or JSON), or folders of them; all are combined into one timeline.")
    List<Path> facts;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "The first date. Default: the earliest dated fact.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "The last date. Default: the latest dated fact, or the fact sets' asOf if later.")
    LocalDate to;

    @Option(names = "--every", paramLabel = "STEP", defaultValue = "1M", converter = StepConverter.class,
            description = "The step between dates: 1M (a month), 2w, 15d, 1y. Default: ${DEFAULT-VALUE}.")
    Period every = Period.ofMonths(1);

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (a table, then the changes and why), json, csv, or html (a self-contained page with a chart)."
                    + " Default: ${DEFAULT-VALUE}.")
    TimelineFormat format = TimelineFormat.TEXT;

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        RulePack loaded = pack.load();
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println(w.relativeTo(loaded.directory())));
        List<FactSet> sets = new ArrayList<>();
        for (Path file : files()) {
            sets.add(FactSet.load(file));
        }
        String name = facts.stream().map(Path::toString).collect(Collectors.joining(", "));
        Timeline timeline;
        try {
            timeline = TimelineBuilder.build(loaded, FactSet.combine(name, sets), from, to, every, limits.limits(spec));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String rendered = format.render(timeline);
        output.write(format == TimelineFormat.TEXT ? ControlCharacters.escape(rendered) : rendered, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** The files given, folders replaced by the YAML and JSON files directly in them, by name. */
    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : facts) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> list = Files.list(p)) {
                List<Path> inside = list.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)$") && Files.isRegularFile(f))
                        .sorted().toList();
                if (inside.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "no fact set (.yaml, .yml, .json) in " + p);
                }
                out.addAll(inside);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static final class StepConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                return TimelineBuilder.step(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<TimelineFormat> {
        @Override
        public TimelineFormat convert(String value) {
            return TimelineFormat.byId(value).orElseThrow(() -> new TypeConversionException("unknown format '" + value
                    + "'; expected one of " + Arrays.stream(TimelineFormat.values()).map(TimelineFormat::id)
                    .collect(Collectors.joining(", "))));
        }
    }
}
