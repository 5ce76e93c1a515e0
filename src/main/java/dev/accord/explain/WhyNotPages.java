package dev.accord.explain;

import dev.accord.render.Html;
import dev.accord.render.Markdown;

/** A why-not answer as Markdown (the text tree as nested lists) and as one self-contained HTML page. */
final class WhyNotPages {

    private WhyNotPages() {
    }

    static String markdown(WhyNot answer) {
        String text = WhyNotTextRenderer.render(answer);
        int end = text.indexOf('\n');
        return "# " + Markdown.escape(text.substring(0, end)) + "\n\n" + Markdown.list(text.substring(end + 1), 0);
    }

    static String html(WhyNot answer) {
        StringBuilder out = new StringBuilder(Html.head("Why not " + answer.target() + "? · Accord", ""));
        out.append("<h1>Why not ").append(Html.escape(answer.target())).append("?</h1>\n<p class=\"meta\">")
                .append(Html.escape(answer.target())).append(" is ").append(answer.kind() == WhyNot.Kind.ACTION ? "an " : "a ")
                .append(answer.kind().word()).append(answer.holds() ? "; it holds after all" : "").append(".</p>\n")
                .append("<section id=\"why-not\"><ul class=\"tree\">\n");
        new HtmlTree(out, source -> { }).whyNot(answer);
        return out.append("</ul>\n</section>\n</body>\n</html>\n").toString();
    }
}
