package dev.accord.cli;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.SpecialFiles;
import dev.accord.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} writes only regular files, by renaming a temporary file into place: a device, a
 * FIFO, a folder or a symbolic link at that path is refused (exit 6) and left as it was. Every
 * device here is made inside the test's temporary folder, never under /dev.
 */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aCharacterDeviceIsRefusedAndStaysADevice() throws Exception {
        Path nul = SpecialFiles.characterDevice(dir.resolve("null"), 1, 3);
        Path full = SpecialFiles.characterDevice(dir.resolve("full"), 1, 7);

        for (Path device : new Path[] {nul, full}) {
            Run run = accord("evaluate", "-o", device.toString());

            assertThat(run.code()).isEqualTo(ExitCode.OUTPUT_FAILED);
            assertThat(run.err()).isEqualTo(device + ": error: cannot write the output: not a regular file (a character"
                    + " device); -o writes only regular files (to discard the result, leave out -o and redirect stdout)\n");
            assertThat(SpecialFiles.type(device)).isEqualTo(SpecialFiles.CHARACTER_DEVICE);
        }
        assertOnlyLeft(nul, full);
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));

        Run run = accord("evaluate", "-o", fifo.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.err()).contains("not a regular file (a FIFO)");
        assertThat(SpecialFiles.type(fifo)).isEqualTo(SpecialFiles.FIFO);
        assertOnlyLeft(fifo);
    }

    @Test
    void aFolderAndASymbolicLinkAreRefusedAndLeftAsTheyWere() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("empty-folder"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not yours\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), elsewhere);

        Run toFolder = accord("evaluate", "-o", folder.toString());
        Run toLink = accord("evaluate", "-o", link.toString());

        assertThat(toFolder.code()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(toFolder.err()).contains("not a regular file (a folder)");
        assertThat(toLink.code()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(toLink.err()).contains("not a regular file (a symbolic link)");
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("not yours\n");
        assertOnlyLeft(folder, elsewhere, link);
    }

    @Test
    void aRegularFileIsReplacedAndATemporaryFileOfAKilledRunIsRemoved() throws Exception {
        Path out = Files.writeString(dir.resolve("out.txt"), "old\n");
        // what a run killed between writing and renaming leaves: its process is gone
        Path stale = Files.writeString(dir.resolve(".out.txt.999999999.123.accord-tmp"), "half");
        // one of a run still going (this process): not ours to delete
        Path live = Files.writeString(dir.resolve(".out.txt." + ProcessHandle.current().pid() + ".456.accord-tmp"), "half");

        Run run = accord("evaluate", "-o", out.toString());

        assertThat(run.code()).isZero();
        assertThat(Files.readString(out)).startsWith("NATO's conditions");
        assertOnlyLeft(out, live);
        assertThat(stale).doesNotExist();
    }

    private void assertOnlyLeft(Path... files) throws Exception {
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(files);
        }
    }
}
