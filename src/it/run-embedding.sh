#!/usr/bin/env bash
# Builds and runs src/it/embedding, an application that embeds Accord, against the jar the main
# build installs, depended on like any release. Run from anywhere after `mvn -B test`; pass -o
# to stay offline (everything it needs is what the main build needs, and three core plugins).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q "$@" -DskipTests install
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
it=src/it/embedding
mvn -B -q "$@" -f "$it/pom.xml" -Daccord.version="$version" clean package \
    org.apache.maven.plugins:maven-dependency-plugin:2.8:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "$it/target/embedding.jar:$(cat "$it/target/classpath.txt")" example.Embedding 2> "$it/target/stderr.txt" \
    || { cat "$it/target/stderr.txt" >&2; exit 1; }
cat "$it/target/stderr.txt" >&2
# An application with a logging binding hears nothing from SLF4J itself (no "No SLF4J providers").
if grep -q '^SLF4J' "$it/target/stderr.txt"; then
    echo "embedding: SLF4J complained (see above)" >&2
    exit 1
fi
