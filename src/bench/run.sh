#!/usr/bin/env bash
# Runs Accord's JMH benchmarks (see docs/BENCHMARKS.md). Builds target/bench/accord-benchmarks.jar
# with the bench Maven profile first; the normal build and `mvn test` never compile or run them.
#
#   src/bench/run.sh                 the whole suite, with JMH's gc profiler, then the memory
#                                    footprint (about 25 minutes on two cores)
#   src/bench/run.sh quick           a smoke run: one fork, short iterations, small sizes (~3 min)
#   src/bench/run.sh [quick] REGEX   only the benchmarks whose names match REGEX
#
# Results: target/bench/results.json (JMH's JSON) and the tables on stdout.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

quick=0
if [ "${1:-}" = quick ]; then quick=1; shift; fi
filter="${1:-.}"

mvn -q -B -Dstyle.color=never -Pbench package >&2
jar=target/bench/accord-benchmarks.jar
mkdir -p target/bench

if [ "$quick" = 1 ]; then
    java -jar "$jar" "$filter" -e ColdCompile -f 1 -wi 3 -w 1s -i 2 -r 1s -p facts=10,1000 -p pack=default,100 \
        -prof gc -rf json -rff target/bench/results-quick.json
    java -jar "$jar" "ColdCompile.*$filter|$filter.*ColdCompile" -f 2 -p pack=default \
        -rf json -rff target/bench/results-quick-cold.json || true
else
    java -jar "$jar" "$filter" -prof gc -rf json -rff target/bench/results.json
    java -cp "$jar" dev.accord.bench.Footprint
fi
