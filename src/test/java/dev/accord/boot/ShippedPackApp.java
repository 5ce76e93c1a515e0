package dev.accord.boot;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

/**
 * An application that ships its rule packs on its own class path, as NestedJarLaunchTest packs
 * it into a Spring Boot executable jar. Its arguments are pairs of a pack folder on the class path
 * and a fact file; for each it loads the pack, decides on the facts and prints two lines, the URL
 * its class loader gives for the pack's {@code pack.yaml} (still readable after the load), and
 * {@code <folder>: <action> by <rule's file:line> from <pack directory>}. Uses only the API.
 */
public final class ShippedPackApp {

    private ShippedPackApp() {
    }

    public static void main(String[] args) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String folder = args[i];
            try {
                RulePack pack = RulePack.fromClasspath(folder);
                Decision decision = pack.evaluate(FactSet.load(Path.of(args[i + 1])));
                URL manifest = loader.getResource(folder + "/pack.yaml");
                try (InputStream in = manifest.openStream()) {
                    System.out.println(manifest + " " + in.readAllBytes().length + " bytes");
                }
                System.out.println(folder + ": " + decision.action().orElse("none") + " by "
                        + decision.recommendations().get(0).derivation().justifications().get(0).rule().location()
                        + " from " + pack.directory());
            } catch (InvalidRulesException e) {
                System.out.println(folder + ": " + e.diagnostics());
            }
        }
    }
}
