package dev.accord.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which unicode escapes the policy lets through: only ordinary characters inside string literals. */
class EscapeScanTest {

    private static List<String> refused(String drl) {
        Refusals refusals = new Refusals();
        EscapeScan.check(new DrlText("r.drl", drl), refusals);
        return refusals.sorted().stream().map(d -> d.location().line() + ":" + d.location().column()).toList();
    }

    @Test
    void anEscapeForAnOrdinaryCharacterInsideAStringIsAllowed() {
        assertThat(refused("rule \"caf\\u00e9\" when X( name == 'na\\u00efve' ) then end\n")).isEmpty();
        // an escaped backslash followed by u is not an escape, to javac or to MVEL
        assertThat(refused("rule \"r\" when X( name == \"\\\\u0041\" ) then end\n")).isEmpty();
    }

    @Test
    void anEscapeOutsideAStringOrInACommentIsRefusedWhereItIs() {
        assertThat(refused("rule \"r\" when then \\u0053ystem.exit(1); end\n")).containsExactly("1:20");
        assertThat(refused("// a comment \\u000a System.exit(1);\nrule \"r\" when then end\n")).containsExactly("1:14");
        assertThat(refused("/* \\u002a/ System.exit(1); /* */\n")).containsExactly("1:4");
    }

    @Test
    void anEscapeThatMovesTheEndOfAStringIsRefusedEvenInsideOne() {
        assertThat(refused("X( a == \"\\u005C\" + f() + \"\\u0022\" )\n")).containsExactly("1:10", "1:27");
        assertThat(refused("X( a == \"\\u000a\" )\n")).containsExactly("1:10");
        assertThat(refused("X( a == \"\\u12\" )\n")).as("malformed").containsExactly("1:10");
    }

    @Test
    void theDefaultPackHasNoEscapeToRefuse() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules/nato-afghanistan"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertThat(refused(java.nio.file.Files.readString(f))).as(f.toString()).isEmpty();
            }
        }
    }

}
