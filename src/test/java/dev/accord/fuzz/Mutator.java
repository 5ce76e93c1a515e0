package dev.accord.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Mutates valid input into nearly valid input: a seeded sequence of cuts, copies, swaps and
 * insertions of tokens the format cares about. Same seed, same mutants.
 */
public final class Mutator {

    private final Random random;
    private final List<String> tokens;

    public Mutator(long seed, List<String> tokens) {
        this.random = new Random(seed);
        this.tokens = tokens;
    }

    public String mutate(String input) {
        String s = input;
        int operations = 1 + random.nextInt(4);
        for (int i = 0; i < operations; i++) {
            s = once(s);
        }
        return s;
    }

    private String once(String s) {
        if (s.isEmpty()) {
            return token();
        }
        int at = random.nextInt(s.length() + 1);
        int end = Math.min(s.length(), at + random.nextInt(40));
        return switch (random.nextInt(9)) {
            case 0 -> s.substring(0, at) + s.substring(end);                               // cut
            case 1 -> s.substring(0, end) + s.substring(at, end) + s.substring(end);        // repeat
            case 2, 3 -> s.substring(0, at) + token() + s.substring(at);                    // insert a token
            case 4 -> s.substring(0, at) + token() + s.substring(end);                      // replace
            case 5 -> s.substring(0, at);                                                   // truncate
            case 6 -> swapLines(s);
            case 7 -> s.substring(0, at) + (char) random.nextInt(0x3000) + s.substring(Math.min(s.length(), at + 1)); // one odd char
            default -> s.substring(0, at) + token().repeat(1 + random.nextInt(200)) + s.substring(at); // many of one token
        };
    }

    private String token() {
        return tokens.get(random.nextInt(tokens.size()));
    }

    private String swapLines(String s) {
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
            return s;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
    }
}
