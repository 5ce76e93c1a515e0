#!/usr/bin/env bash
# Runs the Dockerfile's two stages without Docker, as far as a machine without Docker can:
# no image is built and nothing is pulled, but the build stage's RUN command runs on exactly the
# files its COPY lines bring in (so a build input left out of the Dockerfile fails here), and the
# runtime stage's ENTRYPOINT runs on the jar and the folders its COPY lines put in place, then
# its HEALTHCHECK and a decision are asked for. The Dockerfile is read, not restated: every
# absolute path in it is taken inside a temporary folder standing for the image's root, and
# the only substitutions are the ones a test must make — the server binds 127.0.0.1 on a free
# port instead of 0.0.0.0:8080 (tests never listen on other interfaces). What this does not
# show: the base images, the non-root user, read-only mounts.
#
# Usage: src/it/run-container-stages.sh [maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
tmp="$(mktemp -d)"
root="$tmp/root"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "run-container-stages: $*" >&2; [ -f "$tmp/server.log" ] && sed 's/^/  server: /' "$tmp/server.log" >&2; exit 1; }

# The Dockerfile with continuation lines joined.
dockerfile="$(sed -e ':a' -e '/\\$/N; s/\\\n//; ta' Dockerfile)"
# Quoted strings of a JSON-array instruction (ENTRYPOINT, HEALTHCHECK ... CMD), unescaped.
json_words() { grep -o '"[^"]*"' <<<"$1" | sed -e 's/^"//' -e 's/"$//' -e 's/\\\\/\\/g'; }
# An image path inside the stand-in root; relative paths are taken from the stage's WORKDIR.
in_root() { case "$1" in /*) echo "$root$1" ;; .) echo "$root$workdir" ;; *) echo "$root$workdir/$1" ;; esac; }

stage=0
workdir=/
build_cmd=""
entrypoint=""
healthcheck=""
while IFS= read -r line; do
    read -r instruction rest <<<"$line" || true
    case "$instruction" in
        FROM) stage=$((stage + 1)); workdir=/ ;;
        WORKDIR) workdir="$rest"; mkdir -p "$root$workdir" ;;
        COPY)
            read -r -a args <<<"$rest"
            if [[ "${args[0]}" == --from=* ]]; then src="$root${args[1]}"; dest="$(in_root "${args[2]}")"
            else src="$repo/${args[0]}"; dest="$(in_root "${args[1]}")"; fi
            [ -e "$src" ] || fail "COPY ${rest}: $src is not there"
            mkdir -p "$(dirname "$dest")"
            if [ -d "$dest" ] && [ ! -d "$src" ]; then cp "$src" "$dest/"; else cp -r "$src" "$dest"; fi ;;
        RUN)
            [ "$stage" -eq 1 ] || continue
            # Absolute paths in the command go inside the stand-in root; Maven gets this script's options.
            build_cmd="$(sed -e "s# /# $root/#g" -e "s#^mvn #mvn $* #" <<<"$rest")"
            echo "Build stage, in a copy holding only what the Dockerfile copies: $rest"
            (cd "$root$workdir" && bash -c "$build_cmd") || fail "the build stage's RUN failed" ;;
        ENTRYPOINT) entrypoint="$rest" ;;
        HEALTHCHECK) healthcheck="${rest#*CMD }" ;;
    esac
done <<<"$dockerfile"
[ -n "$build_cmd" ] || fail "no RUN in the build stage"
[ -n "$entrypoint" ] || fail "no ENTRYPOINT"

# The ENTRYPOINT, on loopback and a free port, with the image's paths in the stand-in root.
cmd=()
while IFS= read -r word; do
    case "$word" in
        0.0.0.0) word=127.0.0.1 ;;
        8080) word=0 ;;
        java) word="${JAVA_HOME:+$JAVA_HOME/bin/}java" ;;
        /*) word="$root$word" ;;
    esac
    cmd+=("$word")
done < <(json_words "$entrypoint")
echo "Runtime stage: ${cmd[*]#$root}"
(cd "$root" && exec "${cmd[@]}") >"$tmp/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 240); do
    port="$(sed -n 's#.*Accord workbench: http://127\.0\.0\.1:\([0-9]*\)/.*#\1#p' "$tmp/server.log" | head -1)"
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || fail "the server stopped before printing its address"
    sleep 0.5
done
[ -n "$port" ] || fail "no address printed in 120 s"

# The HEALTHCHECK as written, pointed at the port the server took.
mapfile -t check < <(json_words "$healthcheck" | sed "s#127\.0\.0\.1/8080#127.0.0.1/$port#")
"${check[@]}" || fail "the HEALTHCHECK failed"
echo "HEALTHCHECK passed"

# A decision on the default fact set the image carries, over plain HTTP/1.0.
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /v1/packs/nato-afghanistan/decision?facts=2021-02-15-nato-ministerial.yaml&format=text HTTP/1.0\r\nAccept: text/plain\r\n\r\n' >&3
answer="$(cat <&3)"
exec 3>&-
grep -q "Recommendation: STAY" <<<"$answer" || fail "no STAY in the decision: $(head -c 400 <<<"$answer")"
echo "Container stages: the build stage built the jar from the copied files only, the server ran as the ENTRYPOINT says, healthy, recommendation STAY"
