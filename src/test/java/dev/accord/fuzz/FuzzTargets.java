package dev.accord.fuzz;

import java.util.List;

/** The tokens each format's mutants are made of: its syntax, and the tricks hostile input uses. */
final class FuzzTargets {

    static final List<String> YAML_TOKENS = List.of(
            "[", "]", "{", "}", ":", ": ", "- ", "-", ",", "\n", "\n  ", "\t", "&a ", "*a", "<<: *a", "---\n", "...",
            "\"", "'", "#", "!!binary ", "!!str ", "? ", "|\n", ">-\n", "null", "~", "true", "1e999",
            "99999999999999999999999999999999", "2021-02-30", "0x1F", "type: ", "id: ", "source: ", "facts:\n",
            "asOf: ", "expect:\n", "\\u0000", "\u0000", "\uFEFF", "\uD800", "é", "%", "@", "`");

    static final List<String> JSON_TOKENS = List.of(
            "[", "]", "{", "}", ":", ",", "\"", "\\", "\\u0041", "\\ud800", "null", "true", "1e999", "-0",
            "12345678901234567890123456789", "\"type\":", "\"id\":", "\"facts\":", "/*", "//", "\n", " ", "NaN");

    static final List<String> DRL_TOKENS = List.of(
            "rule \"x\"\n", "when\n", "then\n", "end\n", "(", ")", "{", "}", "[", "]", ";", ",", ":", "\"", "'",
            "$x", "$x : ", "from ", "accumulate( ", "collect( ", "init( ", "action( ", "reverse( ", "result( ",
            "eval( ", "not ", "exists ", "forall( ", "or ", "and ", "in (", "matches ", "modify( $x ) { ", "insert(",
            "System.exit(0);", "java.lang.Runtime.getRuntime()", "\\u0053ystem", "\\u000a", "\\u", "\\\\", "@explain(",
            "@x(", "salience ", "enabled ", "dialect \"mvel\"\n", "dialect \"java\"\n", "function ", "global ",
            "import ", "declare ", "query ", ".class", "drools.", "kcontext.", "this", "!.", "#", "/*", "*/", "//",
            "\n", " ", "Assessment(", "Status.MET", "new ", "->", "::", "?", "1s", "timer(", "\u0000", "é");

    private FuzzTargets() {
    }
}
