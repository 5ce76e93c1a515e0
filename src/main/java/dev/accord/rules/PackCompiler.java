package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import dev.accord.RulePolicy;
import dev.accord.rules.policy.PolicyCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a pack's DRL files with Drools' classic engine. Uses the knowledge builder directly
 * rather than a KieContainer: a pack is a folder of files, not a Maven module, and the container
 * path would build a Maven model we have no use for.
 */
public final class PackCompiler {

    private PackCompiler() {
    }

    /**
     * Parses the files, checks them against the policy, and only then compiles them: compiling
     * already runs code of the pack (Drools evaluates rule annotations with MVEL).
     *
     * @param files DRL sources in a stable order (by path)
     * @throws InvalidRulesException with every error or refusal, located in the DRL
     */
    public static CompiledRules compile(List<DrlSource> files, RulePolicy policy) {
        return compile(files, policy, PackCache.none());
    }

    /**
     * Checks the files against {@code policy}, then compiles them, or takes their compiled form
     * from {@code cache} when it holds one for exactly these files. The DRL is parsed either way:
     * the rule locations, explanations and structures read from it are the same whether Drools
     * compiled the rules now or earlier. It is checked unless the cache also records that these
     * files passed this very policy (the check reads only the files, so it would pass again; it
     * took longer than reading the entry on a cold start): a refused pack is never served.
     *
     * @throws InvalidRulesException with every error, located in the DRL; a pack with errors is
     *                               never cached
     */
    public static CompiledRules compile(List<DrlSource> files, RulePolicy policy, PackCache cache) {
        List<PackageDescr> descrs;
        BuiltRules built;
        if (cache.directory().isEmpty()) {
            descrs = parseAndCheck(files, policy);
            built = build(files);
        } else {
            // Parsing and reading the cache entry are independent and take about as long as
            // each other on a cold JVM: do them at the same time. Parse errors and refusals still
            // come first, and a miss compiles only once the DRL is known to parse and pass.
            PackCache.Key key = cache.keyOf(files);
            boolean passed = cache.passed(key, policy);
            // On a thread of its own, not the common ForkJoinPool, which belongs to the application.
            CompletableFuture<List<PackageDescr>> parsing = CompletableFuture.supplyAsync(
                    () -> passed ? parse(files) : parseAndCheck(files, policy), PackCompiler::parseThread);
            built = cache.read(key).orElse(null);
            descrs = join(parsing);
            if (built == null) {
                if (passed) {
                    check(files, descrs, policy); // the entry is gone or damaged: its mark vouches for nothing
                }
                built = build(files);
                cache.write(key, built);
            }
            if (!passed) {
                cache.markPassed(key, policy);
            }
        }
        // A sentence reads fields, nothing else; checked once the DRL compiles, so that a field
        // renamed in a declaration is reported where the rules use it, by Drools, first.
        List<Diagnostic> explainErrors = ExplainFields.check(files, descrs);
        if (!explainErrors.isEmpty()) {
            throw new InvalidRulesException(explainErrors);
        }
        // Stream mode only when the pack has events: it lets Drools expire events that no window
        // or temporal operator can reach any more, which is what keeps large incident sets small.
        boolean events = DatingReader.hasEvents(built.packages());
        InternalKnowledgeBase kieBase = built.newKieBase(events);
        Map<Class<?>, Dating> dating = DatingReader.read(kieBase.getKiePackages(), descrs);
        UtcTimestamps.apply(kieBase, dating);
        Map<String, RuleInfo> infos = ruleInfos(descrs);
        return new CompiledRules(kieBase, infos, shapes(descrs, infos), types(kieBase, descrs, dating, events),
                EvaluationImports.of(kieBase, descrs), built.warnings());
    }

    private static void parseThread(Runnable task) {
        Thread thread = new Thread(task, "accord-parse");
        thread.setDaemon(true);
        thread.start();
    }

    private static List<PackageDescr> join(CompletableFuture<List<PackageDescr>> parsing) {
        try {
            return parsing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // an InvalidRulesException with the syntax errors or refusals, as if parsed here
            }
            throw e;
        }
    }

    /** The expensive part: Drools compiles the DRL (generating and compiling Java for each rule). */
    private static BuiltRules build(List<DrlSource> files) {
        Map<String, DrlSource> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(
                PackCompiler.class.getClassLoader());
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (DrlSource file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.path());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();

        DroolsDiagnostics translator = new DroolsDiagnostics(byPath);
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            Diagnostic d = translator.translate(r);
            (d.isError() ? errors : warnings).add(d);
        }
        if (!errors.isEmpty()) {
            errors.sort(Diagnostic.BY_LOCATION);
            throw new InvalidRulesException(dedupe(errors));
        }
        warnings.sort(Diagnostic.BY_LOCATION);
        return BuiltRules.of(builder, List.copyOf(dedupe(warnings)));
    }

    /**
     * Parses the files and checks them against the policy, compiling nothing: what the fuzz tests
     * drive, since compiling takes a hundred times longer.
     *
     * @return what the parser made of each file, in order
     * @throws InvalidRulesException with every syntax error or refusal
     */
    static List<PackageDescr> parseAndCheck(List<DrlSource> files, RulePolicy policy) {
        List<PackageDescr> descrs = parse(files);
        check(files, descrs, policy);
        return descrs;
    }

    /** @throws InvalidRulesException with every refusal */
    private static void check(List<DrlSource> files, List<PackageDescr> descrs, RulePolicy policy) {
        List<PolicyCheck.DrlFile> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            checked.add(new PolicyCheck.DrlFile(files.get(i).path(), files.get(i).text(), descrs.get(i)));
        }
        List<Diagnostic> refused = PolicyCheck.check(policy, checked);
        if (!refused.isEmpty()) {
            throw new InvalidRulesException(refused);
        }
    }

    /** How many syntax errors of one file are looked for, each by parsing it again. */
    private static final int MAX_SYNTAX_ERRORS_PER_FILE = 20;

    /** Parses each file on its own, so a syntax error in one does not hide those in the others. */
    private static List<PackageDescr> parse(List<DrlSource> files) {
        List<PackageDescr> descrs = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (DrlSource file : files) {
            Diagnostic tooDeep = DrlNesting.check(file);
            if (tooDeep != null) {
                errors.add(tooDeep);
                continue;
            }
            try {
                DrlSource text = file;
                for (int attempt = 0; ; attempt++) {
                    DrlParser parser = new DrlParser();
                    Resource resource = ResourceFactory.newByteArrayResource(text.text().getBytes(StandardCharsets.UTF_8));
                    resource.setSourcePath(file.path());
                    PackageDescr descr = parser.parse(resource, new ByteArrayInputStream(text.text().getBytes(StandardCharsets.UTF_8)));
                    if (!parser.hasErrors() && descr != null) {
                        if (attempt == 0) {
                            descr.setResource(resource);
                            descrs.add(descr);
                        }
                        break;
                    }
                    DroolsDiagnostics translator = new DroolsDiagnostics(Map.of(file.path(), file));
                    List<Diagnostic> found = parser.getErrors().stream().map(e -> translator.translate(withResource(e, resource))).toList();
                    errors.addAll(found);
                    // Drools' parser stops at a file's first error: blank the rule it is in (keeping
                    // every line where it was) and parse again, to report the next one in this run.
                    DrlSource without = found.isEmpty() || attempt >= MAX_SYNTAX_ERRORS_PER_FILE ? null
                            : SyntaxRecovery.withoutRuleAt(text, found.get(0).location().line());
                    if (without == null) {
                        break;
                    }
                    text = without;
                }
            } catch (DroolsParserException | IOException e) {
                errors.add(Diagnostic.error(Location.of(file.path()), "cannot parse: " + e.getMessage()));
            } catch (StackOverflowError e) {
                errors.add(Diagnostic.error(Location.of(file.path()), "cannot parse: the file nests too deeply"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Diagnostic.BY_LOCATION);
            throw new InvalidRulesException(dedupe(errors));
        }
        return descrs;
    }

    private static boolean isInstantiable(Class<?> type) {
        if (type.isEnum() || type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        try {
            type.getConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static KnowledgeBuilderResult withResource(KnowledgeBuilderResult e, Resource resource) {
        if (e.getResource() == null && e instanceof org.drools.drl.parser.BaseKnowledgeBuilderResultImpl b) {
            b.setResource(resource);
        }
        return e;
    }

    /** Drools reports some errors once per consumer of a declaration; one report is enough. */
    private static List<Diagnostic> dedupe(List<Diagnostic> diagnostics) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics));
    }

    private static Map<String, RuleInfo> ruleInfos(List<PackageDescr> descrs) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (PackageDescr p : descrs) {
            String file = p.getResource().getSourcePath();
            for (RuleDescr r : p.getRules()) {
                AnnotationDescr explain = r.getAnnotation("explain");
                String template = explain == null ? null : explainText(explain);
                RuleInfo info = new RuleInfo(p.getNamespace(), r.getName(),
                        new Location(file, r.getLine(), r.getColumn() + 1), template);
                rules.put(info.key(), info);
            }
        }
        return java.util.Collections.unmodifiableMap(rules);
    }

    private static Map<String, RuleShape> shapes(List<PackageDescr> descrs, Map<String, RuleInfo> infos) {
        Map<String, RuleShape> shapes = new LinkedHashMap<>();
        for (PackageDescr p : descrs) {
            String file = p.getResource().getSourcePath();
            for (RuleDescr r : p.getRules()) {
                RuleInfo info = infos.get(RuleInfo.key(p.getNamespace(), r.getName()));
                shapes.put(info.key(), RuleShapeReader.read(r, info, file));
            }
        }
        return java.util.Collections.unmodifiableMap(shapes);
    }

    private static String explainText(AnnotationDescr explain) {
        Object value = explain.getSingleValueStripped();
        return value == null ? null : AnnotationDescr.unquote(value.toString());
    }

    private static PackTypes types(InternalKnowledgeBase kieBase, List<PackageDescr> descrs, Map<Class<?>, Dating> dating,
            boolean events) {
        Map<String, Class<?>> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<Class<?>, FactType> declared = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (FactType t : p.getFactTypes()) {
                add(byName, ambiguous, t.getFactClass());
                if (!t.getFactClass().isEnum() && !t.getFields().isEmpty()) {
                    declared.put(t.getFactClass(), t);
                }
            }
        }
        ClassLoader loader = kieBase.getRootClassLoader();
        for (PackageDescr p : descrs) {
            for (ImportDescr i : p.getImports()) {
                String target = i.getTarget();
                if (target.endsWith(".*")) {
                    continue;
                }
                try {
                    add(byName, ambiguous, Class.forName(target, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // Drools has already reported an import it cannot resolve.
                }
            }
        }
        ambiguous.forEach(byName::remove);
        return new PackTypes(byName, ambiguous, dating, declared, events);
    }

    private static void add(Map<String, Class<?>> byName, Set<String> ambiguous, Class<?> type) {
        if (!isInstantiable(type)) {
            return; // enums, interfaces, and value types like Assessment: fact sets cannot create them
        }
        Class<?> previous = byName.putIfAbsent(type.getSimpleName(), type);
        if (previous != null && previous != type) {
            ambiguous.add(type.getSimpleName());
        }
    }
}
