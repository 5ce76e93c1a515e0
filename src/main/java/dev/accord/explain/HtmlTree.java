package dev.accord.explain;

import dev.accord.render.Html;
import dev.accord.render.Palette;
import dev.accord.render.ShownPath;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes derivations and why-not answers as nested, collapsible HTML lists. A conclusion shown
 * once gets an anchor; later mentions link back to it instead of repeating it.
 */
final class HtmlTree {

    private final StringBuilder out;
    private final Set<Conclusion> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Conclusion, String> anchors = new IdentityHashMap<>();
    private final Consumer<dev.accord.Source> cite;

    HtmlTree(StringBuilder out, Consumer<dev.accord.Source> cite) {
        this.out = out;
        this.cite = cite;
    }

    void conclusion(Conclusion c) {
        String anchor = anchors.computeIfAbsent(c, k -> "c" + (anchors.size() + 1));
        if (!shown.add(c)) {
            out.append("<li class=\"ref\"><a href=\"#").append(anchor).append("\">").append(Html.escape(c.text()))
                    .append("</a> <span class=\"muted\">(explained above)</span></li>\n");
            return;
        }
        out.append("<li id=\"").append(anchor).append("\"><details open><summary>").append(status(c))
                .append(Html.escape(c.fields().isEmpty() ? c.text() : c.value().getClass().getSimpleName())).append("</summary>");
        fields(c.fields());
        out.append("\n<ul>\n");
        for (Justification j : c.justifications()) {
            out.append("<li class=\"because\"><details open><summary><span class=\"kw\">because</span> ")
                    .append(Html.escape(j.sentence())).append(" <span class=\"where\">rule “")
                    .append(Html.escape(j.rule().name())).append("”, ").append(Html.escape(j.rule().location().fileAndLine()))
                    .append("</span></summary>\n<ul>\n");
            j.premises().forEach(this::evidence);
            out.append("</ul></details></li>\n");
        }
        out.append("</ul></details></li>\n");
    }

    void evidence(Evidence e) {
        if (e instanceof Conclusion c) {
            conclusion(c);
        } else if (e instanceof InputFact f) {
            fact(f);
        } else if (e instanceof Existence x) {
            group(x.text(), x.location().fileAndLine(), () -> x.witnesses().forEach(this::evidence));
        } else if (e instanceof Aggregate a) {
            group(a.text() + " = " + a.value(), a.location().fileAndLine(), () -> a.inputs().forEach(this::evidence));
        } else if (e instanceof Absence a) {
            out.append("<li class=\"absence\">").append(Html.escape(a.text())).append(" <span class=\"where\">")
                    .append(Html.escape(a.location().fileAndLine())).append("</span></li>\n");
        } else {
            out.append("<li>").append(Html.escape(e.text())).append("</li>\n");
        }
    }

    /** A fact as its type and name, where it is written, and its fields as a small table. */
    private void fact(InputFact f) {
        dev.accord.facts.Fact fact = f.fact();
        out.append("<li class=\"fact\"><span class=\"kw\">fact</span> ").append(Html.escape(f.name()))
                .append(" <span class=\"where\">").append(Html.escape(ShownPath.of(fact.location())));
        if (f.cited() != null) {
            cite.accept(f.cited());
            out.append(", <a href=\"#src-").append(Html.escape(f.cited().key())).append("\">")
                    .append(Html.escape(f.cited().key())).append("</a>");
        }
        out.append("</span>");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fact.fields().values().forEach(e -> fields.put(e.key(), InputFact.written(e.value())));
        fields(fields);
        out.append("</li>\n");
    }

    /** Fields as a small two-column table, names on the left. */
    private void fields(java.util.Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        out.append("\n<table class=\"fields\">");
        fields.forEach((k, v) -> out.append("<tr><th>").append(Html.escape(k)).append("</th><td>").append(Html.escape(v))
                .append("</td></tr>"));
        out.append("</table>");
    }

    private void group(String text, String where, Runnable children) {
        out.append("<li><details open><summary>").append(Html.escape(text)).append(" <span class=\"where\">")
                .append(Html.escape(where)).append("</span></summary>\n<ul>\n");
        children.run();
        out.append("</ul></details></li>\n");
    }

    void whyNot(WhyNot answer) {
        out.append("<li><details open><summary>").append(Html.escape(capitalise(answer.summary()))).append("</summary>\n<ul>\n");
        for (RuleAttempt a : answer.rules()) {
            out.append("<li><details open><summary>rule “").append(Html.escape(a.rule().name())).append("” ")
                    .append(a.fired() ? "fired" : "did not fire").append(" <span class=\"where\">")
                    .append(Html.escape(a.rule().location().fileAndLine())).append("</span></summary>\n<ul>\n");
            if (a.note() != null) {
                out.append("<li class=\"muted\">").append(Html.escape(a.note())).append("</li>\n");
            }
            for (RuleAttempt.Block b : a.blocks()) {
                block(b);
            }
            out.append("</ul></details></li>\n");
        }
        out.append("</ul></details></li>\n");
    }

    private void block(RuleAttempt.Block b) {
        out.append("<li class=\"block\"><details open><summary><span class=\"kw\">needs</span> ")
                .append(Html.escape(b.condition())).append(" <span class=\"where\">")
                .append(Html.escape(b.location().fileAndLine())).append("</span></summary>\n<ul>\n");
        if (!b.bindings().isEmpty()) {
            StringBuilder with = new StringBuilder("with ");
            b.bindings().forEach((k, v) -> with.append(with.length() > 5 ? ", " : "").append(k).append(" = ").append(v));
            out.append("<li class=\"muted\">").append(Html.escape(with.toString())).append("</li>\n");
        }
        b.present().forEach(p -> out.append("<li><span class=\"kw\">but there is</span> ").append(Html.escape(p.text())).append("</li>\n"));
        for (RuleAttempt.NearMiss n : b.nearest()) {
            out.append("<li><span class=\"kw\">nearest</span> ").append(Html.escape(n.fact().text())).append("<ul>\n");
            for (RuleAttempt.Miss m : n.misses()) {
                String why = m.error() != null ? m.error() : m.actual() != null ? m.actual() : "false";
                out.append("<li class=\"miss\">fails <code>").append(Html.escape(m.constraint())).append("</code> (")
                        .append(Html.escape(why)).append(")</li>\n");
            }
            out.append("</ul></li>\n");
        }
        if (b.nearest().isEmpty() && b.present().isEmpty() && b.note() == null) {
            out.append("<li class=\"muted\">and there is no such fact</li>\n");
        }
        if (b.note() != null) {
            out.append("<li class=\"muted\">").append(Html.escape(b.note())).append("</li>\n");
        }
        b.deeper().forEach(this::whyNot);
        out.append("</ul></details></li>\n");
    }

    private static String status(Conclusion c) {
        if (c.value() instanceof dev.accord.vocabulary.Assessment a) {
            String s = a.getStatus().name();
            return "<span class=\"badge\" style=\"background:" + Palette.fill(s) + ";color:" + Palette.ink(s) + "\">" + s + "</span> ";
        }
        return "";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
