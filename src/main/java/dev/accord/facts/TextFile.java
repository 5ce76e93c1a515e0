package dev.accord.facts;

import dev.accord.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // A FIFO would block the read for ever, a device like /dev/zero never end it.
                problems.error(Location.of(name), "not a regular file (" + WholeFile.kind(file, attributes) + ")");
                return null;
            }
            if (attributes.size() > maxBytes) {
                problems.error(Location.of(name), tooLarge(attributes.size() + " bytes", maxBytes));
                return null;
            }
            // it may grow after its size was read: the limit holds for what is read, not what was announced
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, maxBytes, problems);
            }
        } catch (NoSuchFileException e) {
            problems.error(Location.of(name), "no such file");
        } catch (IOException e) {
            problems.error(Location.of(name), "cannot read: " + e.getMessage());
        }
        return null;
    }

    /**
     * Reads a stream (an entry of a jar, say) as a file is read: strictly UTF-8, at most
     * {@code maxBytes}. The caller closes the stream.
     *
     * @return the text, or null after adding the reason to {@code problems}
     */
    public static String read(InputStream in, String name, long maxBytes, Problems problems) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            problems.error(Location.of(name), tooLarge("more than " + maxBytes + " bytes", maxBytes));
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            // A byte order mark (some editors on Windows write one) is not part of the text.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.error(Location.of(name), "not UTF-8 text");
            return null;
        }
    }

    /**
     * Reads a file as {@link #read(Path, String, long, Problems)} does, for a file that must be a file of its own (a rule pack's DRL and pack.yaml): one
     * with other names (hard links) is refused unread. A hard link is another name of a file that
     * may be anywhere on the disk (/etc/passwd): the folder it sits in says nothing of it, and
     * errors would quote its lines.
     */
    public static String readOwn(Path file, String name, long maxBytes, Problems problems) {
        if (links(file) > 1) {
            problems.error(Location.of(name), "has other names (hard links); a rule pack's file must be a file of its"
                    + " own: copy it into the folder instead");
            return null;
        }
        return read(file, name, maxBytes, problems);
    }

    /** The number of names (hard links) of a file; 1 where the file system cannot say. */
    public static int links(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static String tooLarge(String size, long maxBytes) {
        return "the file is " + size + ", more than the limit of " + InputLimits.size(maxBytes);
    }
}
