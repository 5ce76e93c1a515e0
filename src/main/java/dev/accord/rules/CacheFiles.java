package dev.accord.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pack cache accepts as one of its files: a regular file (not a link, FIFO or device,
 * which could block a read for ever or never end it), owned by the user running Accord (not
 * one another user put in a shared folder), read only up to a size.
 */
final class CacheFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CacheFiles.class);
    /** The uid of this process, or -1 where it cannot be known (then ownership is not checked). */
    private static final int OWN_UID = ownUid();

    private CacheFiles() {
    }

    /** Whether {@code file} is a regular file of this user's (false when it is missing). */
    static boolean isOwnRegularFile(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (!a.isRegularFile()) {
            LOG.info("ignoring {} in the pack cache: not a regular file", file);
            return false;
        }
        if (OWN_UID >= 0 && uid(file) != OWN_UID) {
            LOG.info("ignoring {} in the pack cache: owned by another user", file);
            return false;
        }
        return true;
    }

    /** Removes what is at {@code file} when it is not a regular file of this user's (a link is removed, not what it leads to). */
    static void removeIfNotOwnRegular(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !isOwnRegularFile(file)
                && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(file);
        }
    }

    /** At most {@code limit} bytes of a file; a longer file is refused, not read to its end. */
    static byte[] read(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new IOException("larger than " + limit + " bytes");
            }
            return bytes;
        }
    }

    private static int uid(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OWN_UID;
        }
    }

    private static int ownUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return -1;
        }
    }

}
