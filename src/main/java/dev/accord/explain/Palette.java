package dev.accord.explain;

/** The colours statuses are shown in, shared by every picture so they read the same everywhere. */
final class Palette {

    private Palette() {
    }

    /** Background for a status: green for MET, red for NOT_MET, amber for UNKNOWN, grey otherwise. */
    static String fill(String status) {
        return switch (status) {
            case "MET" -> "#d9f2dc";
            case "NOT_MET" -> "#f8d7d5";
            case "UNKNOWN" -> "#fcefc7";
            default -> "#eeeeee";
        };
    }

    /** Text colour for a status badge. */
    static String ink(String status) {
        return switch (status) {
            case "MET" -> "#1d6b2a";
            case "NOT_MET" -> "#9b1c14";
            case "UNKNOWN" -> "#7a5a00";
            default -> "#444444";
        };
    }
}
