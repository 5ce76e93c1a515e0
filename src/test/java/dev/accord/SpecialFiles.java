package dev.accord;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes devices and FIFOs for tests, always inside a test's temporary folder (never under
 * /dev): {@code mknod dir/null c 1 3} is a second name for the null device. A test that needs
 * one is skipped where it cannot be made (not root, no mknod).
 */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A character device node {@code major:minor} at {@code file}, which must be in a temporary folder. */
    public static Path characterDevice(Path file, int major, int minor) {
        run("mknod", file.toString(), "c", String.valueOf(major), String.valueOf(minor));
        return file;
    }

    public static Path fifo(Path file) {
        run("mkfifo", file.toString());
        return file;
    }

    /** The file type bits of a path's mode (not following a link): 0020000 for a character device. */
    public static int type(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    public static final int CHARACTER_DEVICE = 0020000;
    public static final int FIFO = 0010000;

    private static void run(String... command) {
        assumeTrue(!Path.of(command[1]).toAbsolutePath().startsWith("/dev"), "never under /dev");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            boolean done = p.waitFor(10, TimeUnit.SECONDS);
            String output = new String(p.getInputStream().readAllBytes());
            assumeTrue(done && p.exitValue() == 0, () -> String.join(" ", command) + " failed: " + output);
        } catch (IOException e) {
            assumeTrue(false, command[0] + " is not available: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            assumeTrue(false, "interrupted");
        }
    }
}
