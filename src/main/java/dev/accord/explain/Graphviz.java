package dev.accord.explain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Lays a graph out with Graphviz's {@code dot} when it is installed. Any failure (not installed,
 * an error, too slow) gives an empty answer, and the caller falls back to the built-in layout.
 */
final class Graphviz {

    private static final long TIMEOUT_SECONDS = 10;

    private Graphviz() {
    }

    static Optional<String> svg(String dot) {
        Path output = null;
        try {
            // Output goes to a file, not a pipe, so a stuck or chatty dot cannot block us past the timeout.
            output = Files.createTempFile("accord-graph", ".svg");
            Process p = new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(output.toFile()).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            String text = Files.readString(output);
            int start = text.indexOf("<svg");
            return start < 0 ? Optional.empty() : Optional.of(text.substring(start).replaceFirst("<svg", "<svg class=\"derivation\""));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
