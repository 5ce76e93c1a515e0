#!/usr/bin/env bash
# Replaces the API baseline with the API packages as compiled now: only after a change that is
# meant to break callers (a new major version), never to make the japicmp check pass.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests compile
(cd target/classes && jar --create --file ../../src/api/accord-api-baseline.jar \
    dev/accord/*.class dev/accord/vocabulary dev/accord/explain dev/accord/analysis)
