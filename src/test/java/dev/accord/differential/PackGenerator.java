package dev.accord.differential;

import dev.accord.differential.FactTypeSpec.Field;
import dev.accord.differential.FactTypeSpec.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates rule packs from a seed: a fixed family of declared types (some left out by the
 * pack's features) and random rules over them, each built from the constructs of {@link Feature}.
 * Every generated pack terminates: a rule that modifies what it matched changes it one way only
 * ({@code flag} false to true, {@code x} null to 7) or counts up to a bound ({@code n < 5},
 * {@code count < 3}), whatever {@code no-loop} or {@code lock-on-active} add.
 */
public final class PackGenerator {

    static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH"};
    private static final String[] STATUSES = {"MET", "NOT_MET", "UNKNOWN"};

    private final Set<Feature> enabled;

    public PackGenerator(Set<Feature> enabled) {
        this.enabled = EnumSet.copyOf(enabled);
    }

    /** The pack for {@code seed}; {@code index} only names it. The same seed gives the same pack. */
    public GeneratedPack pack(long seed, int index) {
        return new Build(seed, "p" + index).pack();
    }

    /** The state of generating one pack. */
    private final class Build {
        final long seed;
        final String name;
        final Random r;
        final Set<Feature> on = EnumSet.noneOf(Feature.class);
        final List<FactTypeSpec> types = new ArrayList<>();
        final List<String> conditions = new ArrayList<>();
        final List<String> actions = new ArrayList<>();
        final List<GeneratedPack.Rule> rules = new ArrayList<>();
        /** Per rule: the next variable number, and the features it uses. */
        int var;
        Set<Feature> used;

        Build(long seed, String name) {
            this.seed = seed;
            this.name = name;
            this.r = new Random(seed);
        }

        boolean has(Feature f) {
            return on.contains(f);
        }

        boolean hasType(String t) {
            return types.stream().anyMatch(x -> x.name().equals(t));
        }

        GeneratedPack pack() {
            for (Feature f : enabled) {
                // Most features in most packs, so that they meet; events in fewer, since event packs
                // never reuse sessions and session reuse is a thing to test.
                double p = f == Feature.EVENTS ? 0.4 : 0.6;
                if (r.nextDouble() < p) {
                    on.add(f);
                }
            }
            StringBuilder declares = new StringBuilder("declare enum Level LOW, MEDIUM, HIGH; end\n\n");
            declareTypes(declares);
            String functions = has(Feature.FROM) || has(Feature.EVAL_FUNCTION) ? FUNCTIONS : "";
            int nConditions = 2 + r.nextInt(3);
            for (int i = 1; i <= nConditions; i++) {
                conditions.add("c" + i);
            }
            int nActions = 2 + r.nextInt(2);
            for (int i = 1; i <= nActions; i++) {
                actions.add("ACT" + i);
            }
            int nRules = 6 + r.nextInt(9);
            if (has(Feature.MODIFY) && r.nextBoolean()) {
                rules.add(new GeneratedPack.Rule("init counter", "", "    not Counter()\n",
                        "    insert( new Counter(\"k\", 0) );\n", EnumSet.of(Feature.MODIFY)));
            }
            for (int i = 1; i <= nRules; i++) {
                rules.add(rule("r" + i));
            }
            // Two rules of one activation group with different salience: only the higher fires.
            if (has(Feature.ACTIVATION_GROUP) && r.nextBoolean()) {
                String group = "pair";
                String c = pick(conditions);
                for (int k = 0; k < 2; k++) {
                    var = 0;
                    used = EnumSet.of(Feature.ACTIVATION_GROUP, Feature.SALIENCE);
                    String when = element();
                    String then = "    insertLogical( new Assessment(\"" + c + "\", Status." + STATUSES[k] + ") );\n";
                    rules.add(new GeneratedPack.Rule("grouped " + (k + 1), "    salience " + (10 - 5 * k)
                            + "\n    activation-group \"" + group + "\"\n", when, then, used));
                }
            }
            return new GeneratedPack(name, seed, List.copyOf(types), declares.toString(), functions, List.copyOf(rules),
                    List.copyOf(conditions), List.copyOf(actions));
        }

        void declareTypes(StringBuilder out) {
            List<Field> a = List.of(new Field("id", Kind.ID), new Field("kind", Kind.LEVEL), new Field("n", Kind.INT),
                    new Field("x", Kind.INTEGER), new Field("d", Kind.DOUBLE), new Field("flag", Kind.BOOLEAN),
                    new Field("tag", Kind.STRING));
            out.append("declare A\n    id : String\n    kind : Level\n    n : int\n    x : Integer\n    d : Double\n"
                    + "    flag : boolean\n    tag : String\nend\n\n");
            types.add(new FactTypeSpec("A", null, a, null, false));
            List<Field> b = List.of(new Field("id", Kind.ID), new Field("ref", Kind.STRING), new Field("n", Kind.INT),
                    new Field("x", Kind.INTEGER), new Field("kind", Kind.LEVEL));
            out.append("declare B\n    id : String\n    ref : String\n    n : int\n    x : Integer\n    kind : Level\nend\n\n");
            types.add(new FactTypeSpec("B", null, b, null, false));
            if (has(Feature.EXTENDS)) {
                out.append("declare C extends A\n    extra : int\nend\n\n");
                types.add(new FactTypeSpec("C", "A", plus(a, new Field("extra", Kind.INT)), null, false));
            }
            if (has(Feature.DATED)) {
                List<Field> rep = List.of(new Field("id", Kind.ID), new Field("date", Kind.DATE),
                        new Field("value", Kind.DOUBLE), new Field("level", Kind.LEVEL));
                out.append("declare Rep\n    @dated(date)\n    id : String\n    date : LocalDate\n    value : Double\n"
                        + "    level : Level\nend\n\n");
                types.add(new FactTypeSpec("Rep", null, rep, "date", false));
                if (has(Feature.EXTENDS)) {
                    out.append("declare SubRep extends Rep\n    region : String\nend\n\n");
                    types.add(new FactTypeSpec("SubRep", "Rep", plus(rep, new Field("region", Kind.STRING)), "date", false));
                }
            }
            if (has(Feature.EVENTS)) {
                List<Field> ev = List.of(new Field("id", Kind.ID), new Field("date", Kind.DATE),
                        new Field("amount", Kind.INT), new Field("kind", Kind.LEVEL));
                out.append("declare Ev\n    @role(event)\n    @timestamp(date)\n    id : String\n    date : LocalDate\n"
                        + "    amount : int\n    kind : Level\nend\n\n");
                types.add(new FactTypeSpec("Ev", null, ev, "date", true));
                if (has(Feature.EXTENDS)) {
                    // Drools does not pass @role(event) on to a declared subtype (a window on it would not
                    // compile), so the subtype says it again; @timestamp only in some packs: the date field
                    // is inherited, and so should the dating be (Accord's docs).
                    out.append("declare SubEv extends Ev\n    @role(event)\n")
                            .append(r.nextBoolean() ? "    @timestamp(date)\n" : "").append("    note : String\nend\n\n");
                    types.add(new FactTypeSpec("SubEv", "Ev", plus(ev, new Field("note", Kind.STRING)), "date", true));
                }
            }
            out.append("declare Flag\n    name : String\n    value : int\nend\n\n");
            out.append("declare Counter\n    name : String\n    count : int\nend\n\n");
        }

        GeneratedPack.Rule rule(String ruleName) {
            var = 0;
            used = EnumSet.noneOf(Feature.class);
            StringBuilder attributes = new StringBuilder();
            StringBuilder when = new StringBuilder();
            String then;
            double kind = r.nextDouble();
            if (kind < 0.15 && has(Feature.MODIFY)) {
                then = modifying(when, attributes);
            } else if (kind < 0.22 && has(Feature.DELETE)) {
                String v = next();
                String t = pick("B", "A");
                when.append("    ").append(v).append(" : ").append(t).append("( ").append(constraints(t, 1)).append(" )\n");
                then = "    delete( " + v + " );\n";
                use(Feature.DELETE);
            } else {
                int elements = 1 + r.nextInt(3);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < elements; i++) {
                    parts.add(element());
                }
                // "from f( $x )" followed by a "( A() or B() )" reads to the parser as one call
                // expression: the elements with a from over a function go last.
                parts.sort(java.util.Comparator.comparing(e -> e.contains("from splitTags")));
                parts.forEach(when::append);
                then = conclusion();
            }
            if (has(Feature.SALIENCE) && r.nextDouble() < 0.3) {
                attributes.append("    salience ").append(r.nextInt(7) - 3).append('\n');
                use(Feature.SALIENCE);
            }
            if (has(Feature.ACTIVATION_GROUP) && r.nextDouble() < 0.2) {
                attributes.append("    activation-group \"g").append(1 + r.nextInt(2)).append("\"\n");
                use(Feature.ACTIVATION_GROUP);
            }
            if (has(Feature.AGENDA_GROUP) && r.nextDouble() < 0.15) {
                attributes.append("    agenda-group \"focus\"\n    auto-focus true\n");
                use(Feature.AGENDA_GROUP);
            }
            return new GeneratedPack.Rule(ruleName, attributes.toString(), when.toString(), then, used);
        }

        /** A rule that changes what it matched, one way or up to a bound. */
        String modifying(StringBuilder when, StringBuilder attributes) {
            use(Feature.MODIFY);
            String v = next();
            int choice = r.nextInt(4);
            if (choice == 0 && rules.stream().anyMatch(x -> x.name().equals("init counter"))) {
                when.append("    ").append(v).append(" : Counter( count < 3 )\n").append(element());
                return "    modify( " + v + " ) { setCount( " + v + ".getCount() + 1 ) }\n";
            }
            if (choice == 1 && has(Feature.BOXED_FIELDS)) {
                use(Feature.BOXED_FIELDS);
                when.append("    ").append(v).append(" : B( x == null").append(more("B")).append(" )\n");
                return "    modify( " + v + " ) { setX( 7 ) }\n";
            }
            if (choice == 2) {
                when.append("    ").append(v).append(" : A( flag == false").append(more("A")).append(" )\n");
                return "    modify( " + v + " ) { setFlag( true ) }\n";
            }
            // Counts n up, which reactivates the rule unless no-loop or lock-on-active stops it; n < 5 bounds it.
            when.append("    ").append(v).append(" : A( n < 5").append(more("A")).append(" )\n");
            if (has(Feature.NO_LOOP) && r.nextBoolean()) {
                attributes.append("    no-loop true\n");
                use(Feature.NO_LOOP);
            } else if (has(Feature.LOCK_ON_ACTIVE) && r.nextBoolean()) {
                attributes.append("    lock-on-active true\n");
                use(Feature.LOCK_ON_ACTIVE);
            }
            return "    modify( " + v + " ) { setN( " + v + ".getN() + 1 ) }\n";
        }

        String more(String type) {
            String c = constraints(type, r.nextInt(2));
            return c.isEmpty() ? "" : ", " + c;
        }

        String conclusion() {
            double p = r.nextDouble();
            if (p < 0.12 && has(Feature.INSERT)) {
                use(Feature.INSERT);
                return "    insert( new Flag(\"f" + (1 + r.nextInt(2)) + "\", " + r.nextInt(3) + ") );\n";
            }
            if (p < 0.22 && has(Feature.INSERT_LOGICAL_FLAG)) {
                use(Feature.INSERT_LOGICAL_FLAG);
                return "    insertLogical( new Flag(\"f" + (1 + r.nextInt(2)) + "\", " + r.nextInt(3) + ") );\n";
            }
            if (p < 0.55) {
                String insert = has(Feature.INSERT) && r.nextDouble() < 0.1 ? "insert" : "insertLogical";
                if (insert.equals("insert")) {
                    use(Feature.INSERT);
                }
                return "    " + insert + "( new Recommendation(\"" + pick(actions) + "\", \"generated\") );\n";
            }
            return "    insertLogical( new Assessment(\"" + pick(conditions) + "\", Status." + pick(STATUSES) + ") );\n";
        }

        /** One element of a rule's conditions, one line or more, each ending in a newline. */
        String element() {
            List<Runnable> menu = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            menu.add(() -> out.append("    ").append(pattern(inputType(), r.nextInt(3))).append('\n'));
            if (has(Feature.JOIN)) {
                menu.add(() -> {
                    use(Feature.JOIN);
                    String v = next();
                    out.append("    ").append(v).append(" : ").append(pattern(aType(), r.nextInt(2))).append('\n');
                    out.append("    B( ref == ").append(v).append(".id").append(more("B")).append(" )\n");
                });
            }
            if (has(Feature.NOT)) {
                menu.add(() -> {
                    use(Feature.NOT);
                    out.append("    not ").append(pattern(inputType(), 1 + r.nextInt(2))).append('\n');
                });
            }
            if (has(Feature.EXISTS)) {
                menu.add(() -> {
                    use(Feature.EXISTS);
                    out.append("    exists ").append(pattern(inputType(), 1 + r.nextInt(2))).append('\n');
                });
            }
            if (has(Feature.FORALL)) {
                menu.add(() -> {
                    use(Feature.FORALL);
                    String v = next();
                    out.append("    forall( ").append(v).append(" : A( ").append(constraints("A", 1)).append(" )\n")
                            .append("            B( ref == ").append(v).append(".id").append(more("B")).append(" ) )\n");
                });
            }
            if (has(Feature.OR)) {
                menu.add(() -> {
                    use(Feature.OR);
                    out.append("    ( ").append(pattern(inputType(), 1)).append(" or ").append(pattern(inputType(), 1))
                            .append(" )\n");
                });
            }
            if (has(Feature.ACCUMULATE)) {
                menu.add(() -> {
                    use(Feature.ACCUMULATE);
                    String q = next();
                    String[] src = numericSource(q);
                    String fn = pick("sum", "count", "max", "min", "average");
                    out.append("    Number( doubleValue ").append(pick(">", ">=", "<")).append(' ').append(r.nextInt(8))
                            .append(" ) from accumulate( ").append(src[0]).append(", ").append(fn).append("( ").append(q)
                            .append(" ) )\n");
                });
            }
            if (has(Feature.ACCUMULATE_MULTI)) {
                menu.add(() -> {
                    use(Feature.ACCUMULATE_MULTI);
                    String q = next();
                    String s = next();
                    String c = next();
                    String m = next();
                    String[] src = numericSource(q);
                    out.append("    accumulate( ").append(src[0]).append(";\n        ").append(s).append(" : sum( ").append(q)
                            .append(" ), ").append(c).append(" : count( ").append(q).append(" ), ").append(m)
                            .append(" : max( ").append(q).append(" );\n        ").append(c).append(" >= ").append(r.nextInt(3))
                            .append(", ").append(s).append(" > ").append(r.nextInt(6)).append(" )\n");
                });
            }
            if (has(Feature.COLLECT)) {
                menu.add(() -> {
                    use(Feature.COLLECT);
                    out.append("    ").append(next()).append(" : List( size >= ").append(r.nextInt(4))
                            .append(" ) from collect( ").append(pattern(inputType(), r.nextInt(2))).append(" )\n");
                });
            }
            if (has(Feature.FROM)) {
                menu.add(() -> {
                    use(Feature.FROM);
                    String v = next();
                    out.append("    ").append(v).append(" : ").append(pattern(aType(), r.nextInt(2))).append('\n');
                    out.append("    String( this == \"").append(pick("t1", "t2", "t3")).append("\" ) from splitTags( ")
                            .append(v).append(".getTag() )\n");
                });
            }
            if (has(Feature.EVAL_FUNCTION)) {
                menu.add(() -> {
                    use(Feature.EVAL_FUNCTION);
                    String v = next();
                    out.append("    ").append(v).append(" : ").append(pattern(aType(), r.nextInt(2))).append('\n');
                    if (r.nextBoolean()) {
                        out.append("    eval( big( ").append(v).append(".getN(), ").append(r.nextInt(5)).append(" ) )\n");
                    } else {
                        out.append("    eval( scaled( ").append(v).append(".getD() ) > ").append(r.nextInt(8)).append(" )\n");
                        if (has(Feature.BOXED_FIELDS)) {
                            use(Feature.BOXED_FIELDS);
                        }
                    }
                });
            }
            if (has(Feature.EVENTS)) {
                menu.add(() -> {
                    use(Feature.EVENTS);
                    String ev = pick("Ev", "Ev", hasType("SubEv") ? "SubEv" : "Ev");
                    int days = pick(5, 10, 30, 60);
                    int choice = r.nextInt(3);
                    if (choice == 0) {
                        String q = next();
                        out.append("    Number( intValue > ").append(r.nextInt(10)).append(" ) from accumulate( ").append(ev)
                                .append("( ").append(q).append(" : amount").append(more(ev)).append(" ) over window:time( ")
                                .append(days).append("d ), sum( ").append(q).append(" ) )\n");
                    } else if (choice == 1) {
                        out.append("    exists( ").append(pattern(ev, 1)).append(" over window:time( ").append(days).append("d ) )\n");
                    } else {
                        String e = next();
                        out.append("    ").append(e).append(" : ").append(pattern(ev, r.nextInt(2))).append('\n');
                        out.append("    ").append(pick("Ev", ev)).append("( this != ").append(e).append(", this ")
                                .append(pick("after", "before")).append("[ 0d, ").append(days).append("d ] ").append(e)
                                .append(" )\n");
                    }
                });
            }
            if (has(Feature.CHAINING)) {
                menu.add(() -> {
                    use(Feature.CHAINING);
                    double p = r.nextDouble();
                    String a = "Assessment( condition == \"" + pick(conditions) + "\", status == Status." + pick(STATUSES) + " )";
                    if (p < 0.5) {
                        out.append("    ").append(a).append('\n');
                    } else if (p < 0.75) {
                        out.append("    not ").append(a).append('\n');
                    } else if (p < 0.9) {
                        out.append("    Flag( name == \"f").append(1 + r.nextInt(2)).append("\" )\n");
                    } else {
                        out.append("    Counter( count >= ").append(r.nextInt(4)).append(" )\n");
                    }
                });
            }
            pick(menu).run();
            return out.toString();
        }

        /** A pattern over a numeric field of an input type, binding it to {@code q}: the source of an accumulate. */
        String[] numericSource(String q) {
            double p = r.nextDouble();
            if (p < 0.35) {
                return new String[] {"A( " + q + " : n" + more("A") + " )"};
            }
            if (p < 0.55) {
                return new String[] {"B( " + q + " : n" + more("B") + " )"};
            }
            if (p < 0.75 && has(Feature.BOXED_FIELDS)) {
                use(Feature.BOXED_FIELDS);
                return new String[] {"A( x != null, " + q + " : x" + more("A") + " )"};
            }
            if (hasType("Rep")) {
                use(Feature.DATED);
                String t = pick("Rep", hasType("SubRep") ? "SubRep" : "Rep");
                return new String[] {t + "( value != null, " + q + " : value" + more(t) + " )"};
            }
            return new String[] {"A( " + q + " : n" + more("A") + " )"};
        }

        /** A or, when the pack declares it, its subtype C. */
        String aType() {
            if (hasType("C") && r.nextInt(3) == 0) {
                use(Feature.EXTENDS);
                return "C";
            }
            return "A";
        }

        String pattern(String type, int constraints) {
            return type + "( " + constraints(type, constraints) + " )";
        }

        /** An input type of the pack, at random; A and B the most often. */
        String inputType() {
            List<String> names = new ArrayList<>(List.of("A", "A", "B", "B"));
            types.stream().map(FactTypeSpec::name).filter(n -> !n.equals("A") && !n.equals("B")).forEach(names::add);
            String t = pick(names);
            if (t.equals("C") || t.startsWith("Sub")) {
                use(Feature.EXTENDS);
            }
            if (t.endsWith("Rep")) {
                use(Feature.DATED);
            }
            if (t.endsWith("Ev")) {
                use(Feature.EVENTS);
            }
            return t;
        }

        String constraints(String type, int count) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(constraint(type));
            }
            return String.join(", ", out);
        }

        String constraint(String type) {
            List<String> menu = new ArrayList<>();
            boolean enums = has(Feature.ENUM_CONSTRAINT);
            boolean boxed = has(Feature.BOXED_FIELDS);
            switch (type) {
                case "A", "C" -> {
                    menu.add("n > " + r.nextInt(5));
                    menu.add("n <= " + r.nextInt(5));
                    menu.add("flag == " + r.nextBoolean());
                    menu.add("tag == \"" + pick("t1", "t2", "t1,t2") + "\"");
                    if (boxed) {
                        menu.add("x > " + r.nextInt(5));
                        menu.add("x <= " + r.nextInt(5));
                        menu.add("x == null");
                        menu.add("x != null");
                        menu.add("d >= " + pick("1.5", "2.0", "3.25"));
                        menu.add("d == null");
                    }
                    if (type.equals("C")) {
                        menu.add("extra > " + r.nextInt(3));
                    }
                }
                case "B" -> {
                    menu.add("n > " + r.nextInt(5));
                    menu.add("n < " + r.nextInt(5));
                    if (boxed) {
                        menu.add("x == null");
                        menu.add("x > " + r.nextInt(5));
                        menu.add("x < " + r.nextInt(5));
                    }
                }
                case "Rep", "SubRep" -> {
                    menu.add("value != null");
                    if (boxed) {
                        menu.add("value > " + pick("1.5", "2.0", "3.25"));
                        menu.add("value == null");
                    }
                    if (type.equals("SubRep")) {
                        menu.add("region == \"" + pick("north", "south") + "\"");
                    }
                }
                case "Ev", "SubEv" -> {
                    menu.add("amount > " + r.nextInt(5));
                    if (type.equals("SubEv")) {
                        menu.add("note == \"" + pick("n1", "n2") + "\"");
                    }
                }
                default -> throw new IllegalArgumentException(type);
            }
            if (enums && !type.equals("B")) {
                String field = type.endsWith("Rep") ? "level" : "kind";
                menu.add(field + " == Level." + pick(LEVELS));
                menu.add(field + " != Level." + pick(LEVELS));
            } else if (enums) {
                menu.add("kind == Level." + pick(LEVELS));
            }
            String c = pick(menu);
            if (c.contains("Level.")) {
                use(Feature.ENUM_CONSTRAINT);
            }
            if (c.startsWith("x ") || c.startsWith("d ") || c.startsWith("value >") || c.startsWith("value ==")) {
                use(Feature.BOXED_FIELDS);
            }
            return c;
        }

        String next() {
            return "$v" + (++var);
        }

        void use(Feature f) {
            used.add(f);
        }

        @SafeVarargs
        final <T> T pick(T... options) {
            return options[r.nextInt(options.length)];
        }

        <T> T pick(List<T> options) {
            return options.get(r.nextInt(options.size()));
        }
    }

    private static List<Field> plus(List<Field> fields, Field more) {
        List<Field> out = new ArrayList<>(fields);
        out.add(more);
        return List.copyOf(out);
    }

    static final String FUNCTIONS = """
            function List splitTags(String tag) {
                List out = new ArrayList();
                if (tag != null) {
                    for (String t : tag.split(",")) {
                        out.add(t);
                    }
                }
                return out;
            }

            function boolean big(int n, int k) {
                return n > k;
            }

            function double scaled(Double d) {
                return d == null ? -1.0 : d.doubleValue() * 2;
            }
            """;
}
