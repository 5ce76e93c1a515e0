package dev.accord.rules;

import dev.accord.Location;

/** An action a pack may recommend, such as {@code WITHDRAW}. */
public record Action(String id, String title, Location location) {
}
