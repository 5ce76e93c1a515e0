package dev.accord.cli;

import dev.accord.AccordException;
import dev.accord.EvaluationException;
import dev.accord.InvalidFactsException;
import dev.accord.InvalidRulesException;
import dev.accord.render.ControlCharacters;
import java.io.PrintWriter;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns failures into diagnostics on stderr and a distinct exit code. A user never sees a stack
 * trace for bad input; an internal error shows one only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        return report(e, cl.getErr(), parsed.hasMatchedOption("--verbose"));
    }

    /** Reports a failure of a command on {@code err} and returns the exit code it calls for. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof AccordException a) {
            a.located().forEach(d -> err.println(ControlCharacters.escape(String.valueOf(d))));
            err.flush();
            return code(a);
        }
        if (e instanceof OutputOptions.OutputException o) {
            err.println(ControlCharacters.escape(o.getMessage()));
            err.flush();
            return ExitCode.OUTPUT_FAILED;
        }
        err.println("accord: internal error: " + e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --verbose for the stack trace, and please report it.");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    static int usage(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("accord: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int code(AccordException e) {
        if (e instanceof InvalidRulesException) {
            return ExitCode.INVALID_RULES;
        }
        if (e instanceof InvalidFactsException) {
            return ExitCode.INVALID_FACTS;
        }
        return e instanceof EvaluationException ? ExitCode.EVALUATION_FAILED : ExitCode.INTERNAL_ERROR;
    }
}
