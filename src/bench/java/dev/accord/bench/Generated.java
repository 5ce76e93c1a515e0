package dev.accord.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated inputs for the benchmarks: rule packs with many rules, and fact sets for the default
 * pack with many facts. Deterministic: the same size gives the same files.
 */
final class Generated {

    private Generated() {
    }

    /**
     * A pack of {@code rules} rules over three declared types, in files of 50 rules each. Each
     * rule joins two patterns with a threshold of its own and concludes an assessment, like the
     * rules analysts write.
     */
    static Path pack(Path dir, int rules) {
        StringBuilder types = new StringBuilder("""
                package bench.generated;
                declare enum Level LOW, MEDIUM, HIGH; end
                declare Party
                    id : String
                    level : Level
                    score : int
                end
                declare Report
                    id : String
                    about : String
                    value : double
                end
                """);
        write(dir.resolve("pack.yaml"), """
                name: generated
                title: A generated pack for benchmarks
                conditions:
                  - { id: c0, title: Condition 0 }
                  - { id: c1, title: Condition 1 }
                  - { id: c2, title: Condition 2 }
                actions:
                  - { id: GO }
                """);
        write(dir.resolve("types.drl"), types.toString());
        for (int file = 0; file * 50 < rules; file++) {
            StringBuilder drl = new StringBuilder("""
                    package bench.generated;
                    import dev.accord.vocabulary.Assessment;
                    import dev.accord.vocabulary.Status;
                    """);
            for (int r = file * 50; r < Math.min(rules, (file + 1) * 50); r++) {
                drl.append("""

                        rule "Rule %1$d"
                            @explain("{$party.id} scores above %1$d with a report of {$report.value}")
                        when
                            $party : Party( level == Level.%2$s, score > %1$d )
                            $report : Report( about == $party.id, value < %3$d.5 )
                        then
                            insertLogical( new Assessment("c%4$d", Status.%5$s) );
                        end
                        """.formatted(r, Level.values()[r % 3], r % 97, r % 3, r % 2 == 0 ? "MET" : "NOT_MET"));
            }
            write(dir.resolve("rules-%03d.drl".formatted(file)), drl.toString());
        }
        return dir;
    }

    private enum Level { LOW, MEDIUM, HIGH }

    /**
     * A fact set of about {@code facts} facts for the default pack, in JSON: one agreement, one
     * government, three terrorist organisations, and then groups of five facts per insurgent
     * group (the group, a tie, talks, a violence report, a claim) with varying statuses, so that
     * every condition's rules have work to do and the firings grow with the facts. JSON, because
     * the YAML reader refuses documents over 3 MB (about 30,000 such facts): see BENCHMARKS.md.
     */
    static String natoFacts(int facts) {
        StringBuilder j = new StringBuilder("{\"asOf\": \"2021-02-15\", \"facts\": [\n");
        j.append("{\"type\": \"Agreement\", \"id\": \"agreement\", \"title\": \"Agreement\", \"signed\": \"2020-02-29\"},\n");
        j.append("{\"type\": \"Actor\", \"id\": \"government\", \"name\": \"the government\", \"kind\": \"GOVERNMENT\"}");
        for (int o = 0; o < 3; o++) {
            j.append(",\n{\"type\": \"Actor\", \"id\": \"org-%d\", \"name\": \"organisation %d\", \"kind\": \"TERRORIST_ORGANISATION\"}"
                    .formatted(o, o));
        }
        String[] ties = {"ACTIVE", "SEVERED", "UNKNOWN"};
        String[] talks = {"ONGOING", "PLANNED", "SUSPENDED", "ENDED"};
        int groups = Math.max(1, (facts - 5) / 5);
        for (int g = 0; g < groups; g++) {
            j.append(",\n{\"type\": \"Actor\", \"id\": \"group-%d\", \"name\": \"group %d\", \"kind\": \"INSURGENT_GROUP\"}"
                    .formatted(g, g));
            j.append(",\n{\"type\": \"Tie\", \"id\": \"tie-%d\", \"from\": \"group-%d\", \"to\": \"org-%d\", \"status\": \"%s\", \"verified\": %s}"
                    .formatted(g, g, g % 3, ties[g % 3], g % 2 == 0));
            j.append(",\n{\"type\": \"Talks\", \"id\": \"talks-%d\", \"party\": \"group-%d\", \"counterpart\": \"government\", \"status\": \"%s\", \"started\": \"2020-09-12\"}"
                    .formatted(g, g, talks[g % 4]));
            j.append((",\n{\"type\": \"ViolenceReport\", \"id\": \"report-%d\", \"measure\": \"casualties\", \"periodFrom\": \"2020-%02d-01\","
                    + " \"periodTo\": \"2020-12-31\", \"comparedWith\": \"2019\", \"changePercent\": %d}")
                    .formatted(g, 1 + g % 12, (g % 80) - 50));
            j.append(",\n{\"type\": \"Claim\", \"id\": \"claim-%d\", \"by\": \"group-%d\", \"says\": \"they comply\"}".formatted(g, g));
        }
        return j.append("\n]}\n").toString();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
