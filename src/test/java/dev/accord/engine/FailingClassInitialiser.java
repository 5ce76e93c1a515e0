package dev.accord.engine;

/** A class whose static initialiser throws, for {@link ClassInitialiserStopTest}. */
public final class FailingClassInitialiser {

    static {
        if (!Boolean.getBoolean("accord.test.never-set")) {
            throw new IllegalStateException("no configuration for the rates table");
        }
    }

    private FailingClassInitialiser() {
    }

    /** Never returns: calling it fails the class's initialisation. */
    public static boolean ready() {
        return true;
    }
}
