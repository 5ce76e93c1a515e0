package dev.accord.fuzz;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * How javac reads a piece of code: the names it sees, after decoding unicode escapes, skipping
 * comments and reading literals as the Java language does. Only parses, never compiles or runs.
 */
final class JavacReading {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES = JAVAC.getStandardFileManager(null, null, null);

    private JavacReading() {
    }

    /** The names in {@code statements} as the body of a method, or empty when javac cannot parse it. */
    static Optional<Set<String>> namesInStatements(String statements) {
        return names("class Fuzz { void action() throws Exception {\n" + statements + "\n} }");
    }

    /** The names in {@code expression}, or empty when javac cannot parse it. */
    static Optional<Set<String>> namesInExpression(String expression) {
        return names("class Fuzz { Object value = " + expression + "\n; }");
    }

    private static Optional<Set<String>> names(String source) {
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Fuzz.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) JAVAC.getTask(null, FILES, problems, List.of("-proc:none"), null, List.of(file));
        Set<String> names = new TreeSet<>();
        try {
            task.parse().forEach(unit -> unit.accept(new TreeScanner<Void, Void>() {
                @Override
                public Void visitIdentifier(IdentifierTree node, Void unused) {
                    names.add(node.getName().toString());
                    return null;
                }

                @Override
                public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                    names.add(node.getIdentifier().toString());
                    return super.visitMemberSelect(node, unused);
                }
            }, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                ? Optional.empty() : Optional.of(names);
    }
}
