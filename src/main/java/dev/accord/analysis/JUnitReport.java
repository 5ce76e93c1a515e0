package dev.accord.analysis;

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
public final class JUnitReport {

    private JUnitReport() {
    }

    public static String xml(String suite, List<ScenarioResult> results) {
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
        w.writeAttribute("name", suite);
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
        w.writeAttribute("classname", suite);
        w.writeAttribute("name", r.file());
        w.writeAttribute("file", r.file());
        if (empty) {
            return;
        }
        w.writeCharacters("\n      ");
        if (r.verdict() == ScenarioResult.Verdict.FAILED) {
            w.writeStartElement("failure");
            w.writeAttribute("type", "ScenarioMismatch");
            w.writeAttribute("message", String.join("; ", r.mismatches().stream()
                    .map(m -> m.what() + ": expected " + m.expected() + ", actual " + m.actual()).toList()));
            w.writeCharacters(ScenarioReport.failureDetail(r));
        } else {
            w.writeStartElement("error");
            w.writeAttribute("type", "ScenarioError");
            w.writeAttribute("message", r.errors().isEmpty() ? "error" : r.errors().get(0).toString());
            w.writeCharacters(String.join("\n", r.errors().stream().map(Object::toString).toList()));
        }
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }
}
