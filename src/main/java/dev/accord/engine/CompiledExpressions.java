package dev.accord.engine;

import dev.accord.rules.EvaluationImports;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.mvel2.MVEL;
import org.mvel2.ParserConfiguration;
import org.mvel2.ParserContext;

/**
 * A pack's constraint expressions, compiled (to MVEL, as the classic engine evaluates them) once
 * per thread and kept for the pack's life. Compiling is most of what explaining a decision
 * costs when every explanation compiles afresh: MVEL resolves each name against the pack's
 * class loader. Each thread keeps its own: a compiled expression re-optimises itself for the
 * classes it meets as it runs, and MVEL's parser configuration caches what it resolves.
 */
public final class CompiledExpressions {

    private final EvaluationImports imports;
    private final ThreadLocal<Map<String, Serializable>> perThread = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<ParserConfiguration> configurations = ThreadLocal.withInitial(this::configuration);

    public CompiledExpressions(EvaluationImports imports) {
        this.imports = imports;
    }

    private ParserConfiguration configuration() {
        ParserConfiguration configuration = new ParserConfiguration();
        configuration.setClassLoader(imports.loader());
        imports.classes().forEach(configuration::addImport);
        imports.packages().forEach(configuration::addPackageImport);
        imports.functions().forEach(configuration::addImport);
        return configuration;
    }

    /**
     * The compiled form of {@code expression}, for this thread only.
     *
     * @throws RuntimeException when it does not compile
     */
    Serializable compiled(String expression) {
        Map<String, Serializable> mine = perThread.get();
        Serializable code = mine.get(expression);
        if (code == null) {
            code = MVEL.compileExpression(expression, new ParserContext(configurations.get()));
            mine.put(expression, code);
        }
        return code;
    }

    public EvaluationImports imports() {
        return imports;
    }
}
