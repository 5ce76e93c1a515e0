package dev.accord.rules;

import dev.accord.Location;

/**
 * One constraint of a pattern, such as {@code status == TieStatus.ACTIVE} or {@code $to : to}.
 *
 * @param text       as written in the DRL
 * @param expression the test in the expression language Drools evaluates it in (MVEL), with
 *                   {@code in}, {@code matches} and the like rewritten; null for a pure binding
 * @param binding    the variable a {@code $v : field} constraint binds, or null
 * @param bound      the field expression bound to {@code binding}, or null
 * @param subject    the left-most operand ({@code status}), whose value explains a failure
 */
public record Constraint(String text, String expression, String binding, String bound, String subject,
        Location location) {

    public boolean isTest() {
        return expression != null && !expression.isBlank();
    }
}
