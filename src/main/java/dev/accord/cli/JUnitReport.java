package dev.accord.cli;

import dev.accord.analysis.ScenarioResult;
import dev.accord.render.ScenarioReport;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Scenario results as JUnit XML, which CI systems read: one test case per scenario, a
 * {@code failure} for a mismatch and an {@code error} for a scenario that could not run. No
 * timings or time stamps, so the same results give the same file.
 */
final class JUnitReport {

    private JUnitReport() {
    }

    /**
     * The results as one JUnit XML test suite.
     *
     * @param suite   the suite's name, e.g. the pack's
     * @param results one test case each
     * @return the XML document
     */
    static String xml(String suite, List<ScenarioResult> results) {
        long failures = results.stream().filter(r -> r.verdict() == ScenarioResult.Verdict.FAILED).count();
        long errors = results.stream().filter(r -> r.verdict() == ScenarioResult.Verdict.ERROR).count();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            counts(w, suite, results.size(), failures, errors);
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            counts(w, suite, results.size(), failures, errors);
            w.writeAttribute("skipped", "0");
            for (ScenarioResult r : results) {
                w.writeCharacters("\n    ");
                testcase(w, suite, r);
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void counts(XMLStreamWriter w, String suite, long tests, long failures, long errors) throws XMLStreamException {
        w.writeAttribute("name", safe(suite));
        w.writeAttribute("tests", Long.toString(tests));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", Long.toString(errors));
    }

    private static void testcase(XMLStreamWriter w, String suite, ScenarioResult r) throws XMLStreamException {
        boolean empty = r.passed();
        if (empty) {
            w.writeEmptyElement("testcase");
        } else {
            w.writeStartElement("testcase");
        }
        w.writeAttribute("classname", safe(suite));
        w.writeAttribute("name", safe(r.file()));
        w.writeAttribute("file", safe(r.file()));
        if (empty) {
            return;
        }
        w.writeCharacters("\n      ");
        if (r.verdict() == ScenarioResult.Verdict.FAILED) {
            w.writeStartElement("failure");
            w.writeAttribute("type", "ScenarioMismatch");
            w.writeAttribute("message", safe(String.join("; ", r.mismatches().stream()
                    .map(m -> m.what() + ": expected " + m.expected() + ", actual " + m.actual()).toList())));
            w.writeCharacters(safe(ScenarioReport.failureDetail(r)));
        } else {
            w.writeStartElement("error");
            w.writeAttribute("type", "ScenarioError");
            w.writeAttribute("message", safe(r.errors().isEmpty() ? "error" : r.errors().get(0).toString()));
            w.writeCharacters(safe(String.join("\n", r.errors().stream().map(Object::toString).toList())));
        }
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    /**
     * Text XML 1.0 can hold: the writer escapes markup but not characters XML forbids (most
     * control characters, unpaired surrogates), which would make the file unreadable to CI.
     * Those are written as a backslash, u and four hex digits, as the text output shows them.
     */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF && c != 0x7F)
                    || (c >= 0xE000 && c <= 0xFFFD) || paired;
            if (!allowed || (c >= 0x80 && c <= 0x9F)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
            if (paired) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
