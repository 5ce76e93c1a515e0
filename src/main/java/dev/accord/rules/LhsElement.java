package dev.accord.rules;

import dev.accord.Location;
import java.util.List;

/**
 * One element of a rule's {@code when} part, in Accord's own terms so that explanations need no
 * Drools types: a pattern over facts, or a {@code not}, {@code exists}, {@code or} or
 * {@code eval} around other elements.
 */
public sealed interface LhsElement {

    Location location();

    /** The element as written in the DRL, on one line. */
    String text();

    /**
     * {@code $tie : Tie( from == $party.id, status == TieStatus.ACTIVE )}.
     *
     * @param binding the pattern's variable, or null
     * @param source  where facts come from when not working memory, or null
     */
    record Pattern(String binding, String type, List<Constraint> constraints, Source source, Location location,
            Window window) implements LhsElement {

        public Pattern(String binding, String type, List<Constraint> constraints, Source source, Location location) {
            this(binding, type, constraints, source, location, null);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder();
            if (binding != null) {
                b.append(binding).append(" : ");
            }
            b.append(type).append("( ");
            b.append(String.join(", ", constraints.stream().map(Constraint::text).toList()));
            b.append(constraints.isEmpty() ? ")" : " )");
            if (window != null) {
                b.append(" over ").append(window.text());
            }
            if (source != null) {
                b.append(" from ").append(source.text());
            }
            return b.toString();
        }
    }

    /** {@code not ( ... )}: holds when no facts satisfy the inner elements. */
    record Not(List<LhsElement> elements, Location location) implements LhsElement {
        @Override
        public String text() {
            return "not " + joined(elements);
        }
    }

    /** {@code exists ( ... )}: holds when some facts satisfy the inner elements. */
    record Exists(List<LhsElement> elements, Location location) implements LhsElement {
        @Override
        public String text() {
            return "exists " + joined(elements);
        }
    }

    /** {@code ( a or b )}: holds when one of the branches does. */
    record Or(List<LhsElement> branches, Location location) implements LhsElement {
        @Override
        public String text() {
            return "( " + String.join(" or ", branches.stream().map(LhsElement::text).toList()) + " )";
        }
    }

    /**
     * {@code forall( $b : Benchmark( due == true ) Benchmark( this == $b, met == true ) )}: every
     * fact that matches the first element also satisfies the others. With one element, every
     * fact of its type satisfies its constraints.
     */
    record Forall(List<LhsElement> elements, Location location) implements LhsElement {
        @Override
        public String text() {
            return "forall( " + String.join(" ", elements.stream().map(LhsElement::text).toList()) + " )";
        }
    }

    /** {@code eval( expression )}. */
    record Eval(String expression, Location location) implements LhsElement {
        @Override
        public String text() {
            return "eval( " + expression + " )";
        }
    }

    /**
     * Something Accord does not analyse (a construct Drools adds after this model was written);
     * shown as written.
     *
     * @param inner the elements inside it, where Drools' parse gives them; for checks of what rules read
     */
    record Other(String text, Location location, List<LhsElement> inner) implements LhsElement {
        public Other(String text, Location location) {
            this(text, location, List.of());
        }
    }

    /**
     * {@code over window:time( 90d )}: the pattern sees only the events of the last 90 days on the
     * session clock.
     *
     * @param millis the length of a time window; -1 for a length window ({@code window:length( n )})
     */
    record Window(String text, long millis) {
    }

    /** Where a pattern's facts come from when it has a {@code from} clause. */
    sealed interface Source {
        String text();
    }

    /** {@code from accumulate( inputs, function( args ) )}. */
    record Accumulate(List<LhsElement> inputs, List<Function> functions, boolean customCode) implements Source {
        public Accumulate {
            inputs = List.copyOf(inputs);
            functions = List.copyOf(functions);
        }

        @Override
        public String text() {
            return "accumulate( " + joined(inputs) + ", "
                    + String.join(", ", functions.stream().map(Function::text).toList()) + " )";
        }
    }

    /** An accumulate function call such as {@code count( $x )} or {@code $total : sum( $r.value )}. */
    record Function(String binding, String name, List<String> arguments) {
        public String text() {
            return (binding == null ? "" : binding + " : ") + name + "( " + String.join(", ", arguments) + " )";
        }
    }

    /** {@code from collect( inputs )}: the list of the facts that satisfy the inputs. */
    record Collect(List<LhsElement> inputs) implements Source {
        public Collect {
            inputs = List.copyOf(inputs);
        }

        @Override
        public String text() {
            return "collect( " + joined(inputs) + " )";
        }
    }

    /** {@code from expression}: facts taken from an expression such as a list field. */
    record FromExpression(String expression) implements Source {
        @Override
        public String text() {
            return expression;
        }
    }

    private static String joined(List<LhsElement> elements) {
        if (elements.size() == 1) {
            String inner = elements.get(0).text();
            return elements.get(0) instanceof Pattern ? inner : "( " + inner + " )";
        }
        return "( " + String.join(" and ", elements.stream().map(LhsElement::text).toList()) + " )";
    }
}
