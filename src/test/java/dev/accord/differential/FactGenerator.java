package dev.accord.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates fact sets for a generated pack from a seed: a few facts of each of its input types,
 * with values from small ranges (so that constraints both hold and fail), boxed and primitive
 * fields sometimes left out, dates within two months, and an as-of date most of the time.
 */
public final class FactGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final double[] DOUBLES = {0.5, 1.5, 2.0, 3.25, 4.5};

    private final Set<Feature> enabled;

    public FactGenerator(Set<Feature> enabled) {
        this.enabled = enabled;
    }

    public GeneratedFacts facts(GeneratedPack pack, long seed, String name) {
        Random r = new Random(seed);
        List<GeneratedFacts.Fact> facts = new ArrayList<>();
        List<String> aIds = new ArrayList<>();
        int[] counter = {0};
        for (FactTypeSpec type : pack.types()) {
            int max = switch (type.name()) {
                case "A", "Ev" -> 5;
                case "B" -> 4;
                default -> 3;
            };
            int n = r.nextInt(max + 1);
            for (int i = 0; i < n; i++) {
                String id = type.name().toLowerCase() + (++counter[0]);
                if (type.name().equals("A") || type.name().equals("C")) {
                    aIds.add(id);
                }
                facts.add(new GeneratedFacts.Fact(type.name(), id, fields(type, r, aIds)));
            }
        }
        // Facts are listed in a random order, not grouped by type: insertion order matters to some rules.
        java.util.Collections.shuffle(facts, r);
        LocalDate asOf = r.nextDouble() < 0.7 ? FIRST_DAY.plusDays(5 + r.nextInt(70)) : null;
        return new GeneratedFacts(name, asOf, List.copyOf(facts));
    }

    private Map<String, Object> fields(FactTypeSpec type, Random r, List<String> aIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean leaveOutBoxed = enabled.contains(Feature.BOXED_FIELDS);
        boolean leaveOutPrimitive = enabled.contains(Feature.PRIMITIVE_LEFT_OUT);
        for (FactTypeSpec.Field f : type.fields()) {
            Object value = switch (f.kind()) {
                case ID -> null; // given as the fact's id, which fills the field
                case STRING -> r.nextDouble() < 0.1 ? null : string(f.name(), r, aIds);
                case LEVEL -> r.nextDouble() < 0.1 ? null : PackGenerator.LEVELS[r.nextInt(3)];
                case INT -> leaveOutPrimitive && r.nextDouble() < 0.2 ? null : r.nextInt(7);
                case BOOLEAN -> leaveOutPrimitive && r.nextDouble() < 0.2 ? null : r.nextBoolean();
                case INTEGER -> leaveOutBoxed && r.nextDouble() < 0.35 ? null : r.nextInt(7);
                case DOUBLE -> leaveOutBoxed && r.nextDouble() < 0.35 ? null : DOUBLES[r.nextInt(DOUBLES.length)];
                // Events always have a date; a report without one is timeless.
                case DATE -> !type.event() && r.nextDouble() < 0.15 ? null : FIRST_DAY.plusDays(r.nextInt(60));
            };
            if (value != null) {
                out.put(f.name(), value);
            }
        }
        return out;
    }

    private static String string(String field, Random r, List<String> aIds) {
        return switch (field) {
            case "ref" -> aIds.isEmpty() || r.nextDouble() < 0.2 ? "nobody" : aIds.get(r.nextInt(aIds.size()));
            case "tag" -> new String[] {"t1", "t2", "t1,t2", "t3"}[r.nextInt(4)];
            case "region" -> r.nextBoolean() ? "north" : "south";
            case "note" -> r.nextBoolean() ? "n1" : "n2";
            default -> "s" + r.nextInt(3);
        };
    }
}
