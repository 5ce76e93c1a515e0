package dev.accord.server;

/** Tokens for a server that is reachable from other machines. */
public final class Tokens {

    private Tokens() {
    }

    /** A random token of 192 bits, URL-safe. */
    public static String generate() {
        return Access.random();
    }
}
