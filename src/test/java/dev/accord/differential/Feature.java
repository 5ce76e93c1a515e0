package dev.accord.differential;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the generator of rule packs and fact sets may use. Every feature is on by default; the
 * system property {@code accord.differential.without} (a comma-separated list of these names)
 * switches some off, e.g. to see whether a difference goes away without activation groups:
 * {@code -Daccord.differential.without=ACTIVATION_GROUP}. Each generated rule records the
 * features it uses, and a difference is reported with the features of its minimal pack.
 *
 * <p>On the code of November 2026 (issue 13) these features bring out the known bugs; run with
 * them off to look past those bugs:
 * <ul>
 *   <li>{@link #ACTIVATION_GROUP}: bug 1, a reused session keeps an activation group's state
 *       (a second rule of the group fires on the second evaluation of a RulePack);</li>
 *   <li>{@link #BOXED_FIELDS}: bug 2, an Integer/Double field a fact leaves out reads as 0;</li>
 *   <li>{@link #EXTENDS} with {@link #DATED} or {@link #EVENTS}: bug 3, SubRep/SubEv facts are not
 *       dated by the field their super type names, so an as-of evaluation sees later ones;</li>
 *   <li>{@link #EVENTS}: bug 4, a timeline row differs from evaluating as of its date: with
 *       {@link #INSERT}, the row keeps what a rule inserted (not logically) while a window held an
 *       event; without it, a row misses what an {@code after[0d, 10d]} between two events concludes.</li>
 * </ul>
 * With {@code -Daccord.differential.without=BOXED_FIELDS,ACTIVATION_GROUP,EXTENDS} (and with
 * {@code INSERT} off too) only bug 4's timeline differences remain.
 */
public enum Feature {
    // Conditions (left-hand sides)
    JOIN("two patterns joined on a field (B( ref == $a.id ))"),
    NOT("not T( ... )"),
    EXISTS("exists T( ... )"),
    FORALL("forall( $a : A( ... ) B( ref == $a.id ) )"),
    OR("( T( ... ) or U( ... ) )"),
    ACCUMULATE("accumulate with one function: Number( ... ) from accumulate( T( $v : f ), sum( $v ) )"),
    ACCUMULATE_MULTI("accumulate with several functions and inline result constraints"),
    COLLECT("List( size >= k ) from collect( T( ... ) )"),
    FROM("String( ... ) from a DRL function returning a list"),
    EVAL_FUNCTION("eval( function( $a.getN() ) ) with a DRL function"),
    ENUM_CONSTRAINT("constraints on a declared enum (kind == Level.HIGH)"),
    BOXED_FIELDS("constraints on Integer/Double fields, which facts may leave out (null)"),
    PRIMITIVE_LEFT_OUT("int/boolean fields left out of facts (their default, 0/false)"),
    CHAINING("rules matching Assessments and Flags other rules concluded"),
    // Attributes
    SALIENCE("salience n"),
    ACTIVATION_GROUP("activation-group \"g\": rules in one group, usually with different salience"),
    AGENDA_GROUP("agenda-group \"focus\" with auto-focus true"),
    NO_LOOP("no-loop true on a rule that modifies what it matched"),
    LOCK_ON_ACTIVE("lock-on-active true on a rule that modifies what it matched"),
    // Actions
    INSERT("insert( new Flag(...) ), not logical"),
    INSERT_LOGICAL_FLAG("insertLogical( new Flag(...) ) used by other rules"),
    MODIFY("modify( $a ) { ... }: one-way changes of input facts, and a counter up to a bound"),
    DELETE("delete( $b ) of an input fact"),
    // Types
    EXTENDS("declare C extends A (and SubRep extends Rep, SubEv extends Ev when those are on)"),
    DATED("declare Rep @dated(date): facts dated later than the as-of date are left out"),
    EVENTS("declare Ev @role(event) @timestamp(date), windows and temporal operators (stream mode)");

    private final String description;

    Feature(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The features on in this run: all of them, less those named in {@code accord.differential.without}. */
    public static Set<Feature> enabled() {
        Set<Feature> on = EnumSet.allOf(Feature.class);
        String without = System.getProperty("accord.differential.without", "");
        Arrays.stream(without.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Feature.valueOf(s.toUpperCase(Locale.ROOT))).forEach(on::remove);
        return on;
    }
}
