package dev.accord.render;

/** The colours statuses are shown in, shared by every picture so they read the same everywhere. */
public final class Palette {

    private Palette() {
    }

    /** Every status a condition can have, in the order legends list them. */
    public static final java.util.List<String> STATUSES = java.util.List.of("MET", "NOT_MET", "UNKNOWN", "CONFLICT", "NOT_ASSESSED");

    /**
     * Background for a status: green for MET, red for NOT_MET, amber for UNKNOWN, violet for
     * CONFLICT (rules disagree: a person must look), light grey for NOT_ASSESSED (no rule spoke).
     */
    public static String fill(String status) {
        return switch (status) {
            case "MET" -> "#d9f2dc";
            case "NOT_MET" -> "#f8d7d5";
            case "UNKNOWN" -> "#fcefc7";
            case "CONFLICT" -> "#e7d9f6";
            default -> "#eeeeee";
        };
    }

    /** Text colour for a status badge. */
    public static String ink(String status) {
        return switch (status) {
            case "MET" -> "#1d6b2a";
            case "NOT_MET" -> "#9b1c14";
            case "UNKNOWN" -> "#7a5a00";
            case "CONFLICT" -> "#5b2a86";
            default -> "#444444";
        };
    }

    /**
     * Background and text colour for the n-th action a timeline recommends (in order of first
     * appearance): blue, teal, brown, indigo, slate: none of them a status colour, so the recommendation
     * lane does not read as a condition's status. CONFLICT and NONE take their own.
     */
    public static String[] action(String action, int n) {
        if (action.equals("CONFLICT")) {
            return new String[] {fill("CONFLICT"), ink("CONFLICT")};
        }
        if (action.equals("NONE")) {
            return new String[] {"#ffffff", "#666666"};
        }
        String[][] colours = {{"#d6e4f5", "#1f3b63"}, {"#d3eeee", "#135454"}, {"#eadfd1", "#5a3d1c"}, {"#dcdcf3", "#2e2e73"},
            {"#dfe3e8", "#33414f"}};
        return colours[n % colours.length];
    }
}
