package dev.accord.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process for tests, capturing what it prints. */
public final class Cli {

    /** What one run returned and printed. */
    public record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    public static Run accord(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
