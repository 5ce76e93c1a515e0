package dev.accord.cli;

import dev.accord.facts.WholeFile;
import dev.accord.render.TextStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command's result goes and how text looks: stdout by default, or a file written whole
 * or not at all; colour and wrapping only on a terminal, never with {@code NO_COLOR}.
 */
final class OutputOptions {

    enum Colour { auto, always, never }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE instead of stdout. The file is written whole or not at all;"
                    + " FILE must be a regular file or not exist (not a device, FIFO, folder or symbolic link).")
    Path output;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text output: auto (on a terminal, unless NO_COLOR is set), always or never."
                    + " Default: ${DEFAULT-VALUE}.")
    Colour colour = Colour.auto;

    /** The style for text: wrapped and coloured only when it goes to a terminal. */
    TextStyle textStyle() {
        boolean terminal = output == null && Terminal.isInteractive();
        boolean noColour = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
        boolean paint = colour == Colour.always || colour == Colour.auto && terminal && !noColour && !Terminal.isDumb();
        return new TextStyle(terminal ? Terminal.width() : 0, paint);
    }

    /** Prints to stdout, or replaces {@code --output} atomically. */
    void write(String content, PrintWriter out) {
        if (output == null) {
            out.print(content);
            out.flush();
            return;
        }
        try {
            WholeFile.write(output, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OutputException(output, e);
        }
    }

    /** Writing the output file failed; the message names the file and the reason. */
    static final class OutputException extends RuntimeException {
        OutputException(Path file, IOException cause) {
            super(file + ": error: cannot write the output: " + reason(cause), cause);
        }

        private static String reason(IOException e) {
            if (e instanceof WholeFile.NotARegularFileException n) {
                return n.getReason() + "; -o writes only regular files (to discard the result, leave out -o"
                        + " and redirect stdout)";
            }
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "no such folder";
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
