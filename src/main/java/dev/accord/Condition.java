package dev.accord;

/**
 * A condition of the agreement as {@code pack.yaml} states it. Rules assess it by its {@code id}.
 *
 * @param id       what rules assess it by, e.g. {@code ties-cut}
 * @param title    a short title for reports
 * @param clause   the agreement's own words, quoted
 * @param source   key into the pack's {@linkplain RulePack#sources() sources}, or null
 * @param location where {@code pack.yaml} states it
 */
public record Condition(String id, String title, String clause, String source, Location location) {
}
