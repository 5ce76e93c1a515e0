package dev.accord.rules;

import dev.accord.Diagnostic;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.drools.compiler.builder.InternalKnowledgeBuilder;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * What Drools made of a pack's DRL: the compiled packages (rules with their generated code),
 * the bytecode of the types the DRL declares, and the compiler's warnings. Either fresh from the
 * knowledge builder or read back from a {@link PackCache}; both give a knowledge base that runs
 * the same rules.
 */
final class BuiltRules {

    private final Collection<KiePackage> packages;
    /** Class file name ({@code accord/nato/Tie.class}) to bytecode, for the declared types. */
    private final Map<String, byte[]> declaredTypes;
    /** Holds the declared types when read back from the cache; null when fresh. */
    private final ClassLoader restoredLoader;
    private final List<Diagnostic> warnings;

    private BuiltRules(Collection<KiePackage> packages, Map<String, byte[]> declaredTypes,
            ClassLoader restoredLoader, List<Diagnostic> warnings) {
        this.packages = packages;
        this.declaredTypes = declaredTypes;
        this.restoredLoader = restoredLoader;
        this.warnings = warnings;
    }

    static BuiltRules of(KnowledgeBuilder builder, List<Diagnostic> warnings) {
        Map<String, byte[]> types = Map.of();
        if (builder instanceof InternalKnowledgeBuilder internal
                && internal.getRootClassLoader() instanceof ProjectClassLoader loader && loader.getStore() != null) {
            types = Map.copyOf(loader.getStore());
        }
        return new BuiltRules(List.copyOf(builder.getKnowledgePackages()), types, null, warnings);
    }

    /** Rules read back from the cache, their declared types already defined in {@code loader}. */
    static BuiltRules restored(Collection<KiePackage> packages, Map<String, byte[]> declaredTypes,
            ProjectClassLoader loader, List<Diagnostic> warnings) {
        return new BuiltRules(List.copyOf(packages), declaredTypes, loader, warnings);
    }

    /** A class loader that defines the declared types from their bytecode, to read packages with. */
    static ProjectClassLoader loaderFor(Map<String, byte[]> declaredTypes) {
        return ProjectClassLoader.createProjectClassLoader(BuiltRules.class.getClassLoader(), declaredTypes);
    }

    /**
     * A new knowledge base with these rules, in stream mode when the pack has events. Call once:
     * Drools takes ownership of the packages.
     */
    InternalKnowledgeBase newKieBase(boolean events) {
        KieBaseConfiguration conf = restoredLoader == null ? KieServices.get().newKieBaseConfiguration()
                : KieServices.get().newKieBaseConfiguration(null, restoredLoader);
        conf.setOption(events ? EventProcessingOption.STREAM : EventProcessingOption.CLOUD);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
        kieBase.addPackages(packages);
        return kieBase;
    }

    Collection<KiePackage> packages() {
        return packages;
    }

    Map<String, byte[]> declaredTypes() {
        return declaredTypes;
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    /** True when the types this pack declares could be captured, so that it can be cached. */
    boolean isCacheable() {
        return restoredLoader == null && (!declaredTypes.isEmpty() || packages.stream().allMatch(p -> p.getFactTypes().isEmpty()));
    }
}
