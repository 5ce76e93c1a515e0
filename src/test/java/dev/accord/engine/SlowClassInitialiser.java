package dev.accord.engine;

/**
 * A class whose static initialiser spins for about a second and a half, for
 * {@link ClassInitialiserStopTest}: each test JVM initialises it once, from that test's rule.
 */
public final class SlowClassInitialiser {

    static {
        long until = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private SlowClassInitialiser() {
    }

    /** Always true; calling it initialises the class. */
    public static boolean ready() {
        return true;
    }
}
