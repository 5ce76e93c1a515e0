package dev.accord.facts;

import dev.accord.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file as UTF-8 text, strictly: a file that is not UTF-8 is reported, not garbled. */
public final class TextFile {

    private TextFile() {
    }

    /**
     * @param name     how to name the file in a diagnostic
     * @param maxBytes the largest file accepted; a larger one is reported, not read
     * @return the text, or null after adding the reason to {@code problems}
     */
    public static String read(Path file, String name, long maxBytes, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(Location.of(name), "the file is " + size + " bytes, more than the limit of "
                        + InputLimits.size(maxBytes));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            problems.error(Location.of(name), "no such file");
        } catch (CharacterCodingException e) {
            problems.error(Location.of(name), "not UTF-8 text");
        } catch (IOException e) {
            problems.error(Location.of(name), "cannot read: " + e.getMessage());
        }
        return null;
    }
}
