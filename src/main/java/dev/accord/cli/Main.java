package dev.accord.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code accord} command line: sets up logging, runs the command, exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's stdout and stderr and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line and returns its exit code, without exiting: what tests call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        configureLogging(Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose"));
        if (args.length == 0) {
            return runDefaultJob(out, err);
        }
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code accord} with no arguments: what {@link AccordCommand} does, without building the
     * command-line model first. Picocli reads every command's annotations to build it, a tenth
     * of the default job's start-up, and there is nothing to parse.
     */
    private static int runDefaultJob(PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = new EvaluateCommand().evaluate(out, err);
        } catch (Exception e) {
            code = Failures.report(e, err, false);
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AccordCommand());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(Failures::usage);
        documentExitCodes(cl);
        return cl;
    }

    private static void documentExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeList(ExitCode.descriptions());
        cl.getSubcommands().values().forEach(Main::documentExitCodes);
    }

    /**
     * Drools logs its progress at INFO and advice at WARN ("In an eval expression ... consider
     * placing the constraint in the pattern"), each line naming its own classes: a user wants the
     * result, and Accord reports every problem itself, with a location. So without {@code
     * --verbose} only Accord's own warnings are shown. It must be set before the first logger is
     * created, hence here rather than in an option handler.
     */
    private static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
        System.setProperty("org.slf4j.simpleLogger.log.dev.accord", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
