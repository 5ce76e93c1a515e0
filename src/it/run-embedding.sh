#!/usr/bin/env bash
# Builds and runs src/it/embedding, an application that embeds Accord, against the jar the main
# build installs, depended on like any release. Run from anywhere after `mvn -B test`; pass -o
# to stay offline (everything it needs is what the main build needs, and three core plugins).
#
# The application is a named module (module example.embedding { requires dev.accord; }) and is
# run twice: on the module path, where only Accord's API packages are readable, and on the class
# path, as most applications (and fat jars) run it. Then a class that uses an internal package
# must fail to compile against the module.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q "$@" -DskipTests install
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
it=src/it/embedding
mvn -B -q "$@" -f "$it/pom.xml" -Daccord.version="$version" clean package \
    org.apache.maven.plugins:maven-dependency-plugin:2.8:build-classpath -Dmdep.outputFile=target/classpath.txt
deps=$(cat "$it/target/classpath.txt")

# Runs the application; an application with a logging binding hears nothing from SLF4J itself
# (no "No SLF4J providers").
run() {
    "$@" 2> "$it/target/stderr.txt" || { cat "$it/target/stderr.txt" >&2; exit 1; }
    cat "$it/target/stderr.txt" >&2
    if grep -q '^SLF4J' "$it/target/stderr.txt"; then
        echo "embedding: SLF4J complained (see above)" >&2
        exit 1
    fi
}
run java --module-path "$it/target/embedding.jar:$deps" --module example.embedding/example.Embedding
run java -cp "$it/target/embedding.jar:$deps" example.Embedding

# The boundary at compile time: dev.accord.engine is public Java but not exported.
probe="$it/target/internal-use"
mkdir -p "$probe/src/example/internal"
printf 'module example.internal { requires dev.accord; }\n' > "$probe/src/module-info.java"
printf 'package example.internal;\n\nclass Uses {\n    Object runner = dev.accord.engine.SessionRunner.class;\n}\n' \
    > "$probe/src/example/internal/Uses.java"
if javac --module-path "$deps" -d "$probe/classes" "$probe/src/module-info.java" \
        "$probe/src/example/internal/Uses.java" 2> "$probe/javac.txt"; then
    echo "FAILED: a module compiled against dev.accord.engine, which dev.accord does not export" >&2
    exit 1
fi
grep -q "package dev.accord.engine is not visible" "$probe/javac.txt" || { cat "$probe/javac.txt" >&2; exit 1; }
echo "embedding: dev.accord.engine is not visible to a module that requires dev.accord"
