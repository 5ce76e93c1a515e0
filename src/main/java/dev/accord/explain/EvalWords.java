package dev.accord.explain;

import dev.accord.engine.ExpressionEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code eval} in words, with the values it was evaluated on: {@code perMonth( $p.getSpent(),
 * $p.getMonths() ) <= 100} reads "perMonth( 1103.4, 6 ) <= 100, where perMonth( 1103.4, 6 ) is
 * 183.9". The variables are filled in, and each side of the comparison that is computed (a call,
 * arithmetic) is given its value, so a reader sees the number that passed or failed the test.
 */
final class EvalWords {

    private static final String[] OPERATORS = {"<=", ">=", "==", "!=", "<", ">"};

    private EvalWords() {
    }

    static String describe(String expression, Map<String, Object> variables, ExpressionEvaluator evaluator,
            ConditionWords words, java.util.function.Function<Object, String> name) {
        String filled = words.substitute(expression);
        List<String> computed = new ArrayList<>();
        List<String> sides = sides(expression);
        if (sides.size() == 1 && expression.strip().startsWith("!")) {
            // !onTrack( ... ): the value of the call it negates is what a reader needs
            String negated = expression.strip().substring(1).strip();
            Object value = evaluator.valueOrNull(negated, null, variables);
            return value == null ? filled : filled + ", where " + words.substitute(negated) + " is " + name.apply(value);
        }
        for (String side : sides) {
            // a lone call is the test itself: its value is the true or false the eval already states
            if (sides.size() == 2 && isComputed(side)) {
                Object value = evaluator.valueOrNull(side, null, variables);
                if (value != null) {
                    computed.add(words.substitute(side) + " is " + name.apply(value));
                }
            }
        }
        return computed.isEmpty() ? filled : filled + ", where " + String.join(" and ", computed);
    }

    /** The two sides of a comparison at the top level of the expression, or the whole expression. */
    static List<String> sides(String expression) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0) {
                for (String op : OPERATORS) {
                    if (expression.startsWith(op, i)) {
                        return List.of(expression.substring(0, i).strip(), expression.substring(i + op.length()).strip());
                    }
                }
            }
        }
        return List.of(expression.strip());
    }

    /** A side worth a value of its own: a call or arithmetic, not a lone literal or variable. */
    private static boolean isComputed(String side) {
        String rest = side.replaceAll("\\$\\w+(\\.\\w+(\\(\\s*\\))?)*", "v").strip();
        return rest.contains("(") || rest.matches(".+[-+*/%].+");
    }
}
