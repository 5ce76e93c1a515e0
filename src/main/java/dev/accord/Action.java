package dev.accord;

/**
 * An action a pack may recommend, such as {@code WITHDRAW}, as {@code pack.yaml} lists it.
 *
 * @param id       what rules recommend it by
 * @param title    a short title for reports
 * @param location where {@code pack.yaml} lists it
 */
public record Action(String id, String title, Location location) {
}
