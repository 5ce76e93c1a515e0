package dev.accord.engine;

import dev.accord.facts.Fact;

/** A fact of a fact set and the object it became: an instance of the pack's type. */
public record BoundFact(Fact fact, Object object) {
}
