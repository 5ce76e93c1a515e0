package dev.accord.render;

import java.nio.file.Path;

/**
 * A file's path as a page shows it: relative to the working folder, with forward slashes. A report
 * is often passed on to someone else; an absolute path names the author's machine and home folder
 * and means nothing on theirs, while {@code rules/pack/ties.drl} reads the same in any checkout.
 * A file beside the working folder is shown from it ({@code ../shared/facts.yaml}); one further
 * away, such as a server's folder under {@code /tmp}, by its absolute path, which is easier to
 * read than a climb of {@code ../../..} from wherever the report was made.
 */
public final class ShownPath {

    private ShownPath() {
    }

    public static String of(String file) {
        return of(file, Path.of("").toAbsolutePath());
    }

    public static String of(String file, Path workingFolder) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        try {
            Path p = Path.of(file);
            if (!p.isAbsolute()) {
                return file.replace('\\', '/');
            }
            String relative = workingFolder.relativize(p.normalize()).toString().replace('\\', '/');
            if (relative.startsWith("../../") || relative.equals("../..")) {
                return p.normalize().toString().replace('\\', '/');
            }
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            return file; // not a path on this system (InvalidPathException), or on another drive
        }
    }

    /** {@code file:line} with the file shown relative to the working folder. */
    public static String of(dev.accord.Location location) {
        return location.line() <= 0 ? of(location.file()) : of(location.file()) + ":" + location.line();
    }
}
