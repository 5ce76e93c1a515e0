/**
 * Accord: decisions on condition-based agreements, with their explanations, from Drools rule
 * packs and fact sets.
 *
 * <p>The API is four packages: {@link dev.accord} (packs, fact sets, decisions, options and
 * exceptions), {@link dev.accord.vocabulary} (what rules conclude), {@link dev.accord.explain}
 * (derivations, why-not, formats) and {@link dev.accord.analysis} (what-if, sensitivity,
 * scenarios, timelines, checks). Everything else is internal: compiling packs
 * ({@code dev.accord.rules}), reading fact sets ({@code dev.accord.facts}), running sessions
 * ({@code dev.accord.engine}), how these packages reach what the API types keep to themselves
 * ({@code dev.accord.internal}), what only the command line and the server render
 * ({@code dev.accord.render}) and their watch loop ({@code dev.accord.watch}), and the command
 * line and HTTP server, which are applications of the API. No Drools type appears in the API, so a caller does not read Drools' modules.
 *
 * <p>Nothing is opened to Drools: the classes it generates for a pack live in its own class
 * loader and reach only the exported {@code dev.accord.vocabulary}.
 */
module dev.accord {
    exports dev.accord;
    exports dev.accord.vocabulary;
    exports dev.accord.explain;
    exports dev.accord.analysis;

    // Drools' classic engine, compiling DRL at run time (automatic modules, named in their manifests).
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.kiesession;
    requires org.drools.mvel;
    requires org.drools.tms;
    requires org.drools.wiring.api;
    // MVEL evaluates constraint expressions for explanations; its jar names no module, so the
    // name comes from the file name (mvel2-2.5.2.Final.jar).
    requires mvel2;

    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.yaml.snakeyaml;
    requires com.github.javaparser.core;
    requires org.slf4j;
    requires java.management;
    requires jdk.management;
    requires java.xml;

    // The command line and the server, optional dependencies that a library user does not need.
    requires static info.picocli;
    requires static io.javalin;
    requires static jakarta.servlet;

    // picocli sets the options' private fields of the subcommands.
    opens dev.accord.cli to info.picocli;
}
