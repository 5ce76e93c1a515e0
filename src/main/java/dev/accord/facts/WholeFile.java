package dev.accord.facts;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a regular file whole or not at all: to a temporary file beside it, then renamed into
 * place, so a reader sees the old file or the new one, never half of one, and a failure leaves
 * the old one. Only ever a regular file: a path that names a device, a FIFO, a folder or a
 * symbolic link is refused before anything is written (renaming over {@code /dev/null} would
 * otherwise replace the device with a file). The temporary file carries the writer's process
 * id, so one left by a process that was killed is deleted by the next write into that folder.
 */
public final class WholeFile {

    private static final String TEMPORARY_SUFFIX = ".accord-tmp";

    private WholeFile() {
    }

    /** The path exists and is not a regular file; {@link #getReason()} says what it is. */
    public static final class NotARegularFileException extends FileSystemException {
        NotARegularFileException(Path file, String reason) {
            super(file.toString(), null, reason);
        }
    }

    /** The new file keeps the permissions the old one had, or gets the usual rw-r--r--. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        requireRegularOrAbsent(absolute);
        Path folder = absolute.getParent();
        removeStaleTemporaries(folder);
        String prefix = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".";
        Path temporary = Files.createTempFile(folder, prefix, TEMPORARY_SUFFIX);
        try {
            Files.write(temporary, bytes);
            keepPermissions(absolute, temporary);
            requireRegularOrAbsent(absolute); // once more, just before the rename
            move(temporary, absolute);
            temporary = null;
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Refuses a path that exists and is not a regular file (a symbolic link is not followed). */
    public static void requireRegularOrAbsent(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new NotARegularFileException(file, "not a regular file (" + kind(file, attributes) + ")");
        }
    }

    /** What a file that is not a regular one is, in words. */
    public static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = (Integer) mode & 0170000;
            switch (type) {
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0010000: return "a FIFO";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view: say it generally
        }
        return "a device, FIFO or other special file";
    }

    /** Deletes temporary files this class left in {@code folder} from processes that no longer run. */
    static void removeStaleTemporaries(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + TEMPORARY_SUFFIX)) {
            for (Path f : files) {
                long pid = writerOf(f.getFileName().toString());
                boolean running = pid < 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying only: a folder we cannot list or a file we cannot delete is left as it is
        }
    }

    /** The process id in a temporary file's name ".name.PID.random.accord-tmp", or -1. */
    private static long writerOf(String name) {
        String[] parts = name.substring(0, name.length() - TEMPORARY_SUFFIX.length()).split("\\.");
        if (parts.length < 3) {
            return -1;
        }
        try {
            return Long.parseLong(parts[parts.length - 2]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A temporary file is private; the result should have the permissions the file had, or the usual ones. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare; a plain replace still never leaves a half-written file.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
