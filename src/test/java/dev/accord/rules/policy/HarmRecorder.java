package dev.accord.rules.policy;

import java.io.FilePermission;
import java.lang.management.ManagementPermission;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.logging.LoggingPermission;

/**
 * Watches a hostile pack run under the trusted policy, to show that its attack is real: while
 * armed, a security manager records every permission the JVM checks (the JDK checks one before it
 * exits, starts a process, opens a file or a socket, reads a property or the environment, ...)
 * and refuses the ones that would do harm here (exit, process start, writing or deleting a file,
 * network, native code, shutdown hooks, JVM-wide settings), so the attack reaches its harmful call and stops there.
 *
 * <p>Java 17 installs a security manager at run time (with a deprecation warning); the surefire
 * configuration sets {@code java.security.manager=allow} so later JDKs up to 23 do too.
 */
@SuppressWarnings("removal")
final class HarmRecorder extends SecurityManager {

    private static final SecurityManager NONE = null;
    /** Runtime permissions that change the JVM or the machine beyond the test: stopped, not only recorded. */
    private static final List<String> HARMFUL_RUNTIME = List.of("exitVM", "setSecurityManager", "setIO",
            "loadLibrary", "shutdownHooks", "setContextClassLoader", "setDefaultUncaughtExceptionHandler",
            "preferences", "setFactory", "manageProcess");

    private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
    private volatile boolean armed;

    /**
     * Runs {@code work} with the recorder installed; returns what was checked, in order, then the
     * lines {@code work} returned (or what it threw).
     */
    static synchronized List<String> record(Callable<List<String>> work) {
        HarmRecorder recorder = new HarmRecorder();
        System.setSecurityManager(recorder);
        recorder.armed = true;
        List<String> returned = List.of();
        try {
            returned = work.call();
        } catch (Exception | Error e) {
            recorder.seen.add("threw " + e);
        } finally {
            recorder.armed = false;
            System.setSecurityManager(NONE);
        }
        List<String> all = new ArrayList<>(recorder.seen);
        all.addAll(returned);
        return all;
    }

    @Override
    public void checkPermission(Permission p) {
        if (!armed || inside.get()) {
            return;
        }
        inside.set(true);
        try {
            String line = p.getClass().getSimpleName() + " " + p.getName() + " " + p.getActions();
            seen.add(line);
            if (harmful(p) && !initialisingAClass()) {
                throw new SecurityException("HarmRecorder stopped " + line);
            }
        } finally {
            inside.set(false);
        }
    }

    @Override
    public void checkPermission(Permission p, Object context) {
        checkPermission(p);
    }

    /**
     * A JDK class's static initialiser may load its native library or configure logging; stopping
     * that would leave the class unusable for the rest of the test run (NoClassDefFoundError).
     */
    private static boolean initialisingAClass() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().equals("<clinit>")));
    }

    /** Whether code Drools compiled from the corpus (package {@code hostile}) is on the stack. */
    private static boolean fromThePack() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("hostile.")));
    }

    private static boolean harmful(Permission p) {
        String name = p.getName();
        String actions = p.getActions();
        if (p instanceof RuntimePermission) {
            return HARMFUL_RUNTIME.stream().anyMatch(name::startsWith);
        }
        if (p instanceof FilePermission) {
            return actions.contains("execute") || actions.contains("write") || actions.contains("delete");
        }
        if (p instanceof SocketPermission) {
            return actions.contains("connect") || actions.contains("listen") || actions.contains("accept")
                    || actions.contains("resolve");
        }
        if (p instanceof LoggingPermission) {
            return fromThePack(); // the compiler configures logging too
        }
        return p instanceof URLPermission || p instanceof ManagementPermission
                || p.getClass().getSimpleName().equals("MBeanServerPermission");
    }
}
