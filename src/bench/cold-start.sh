#!/usr/bin/env bash
# Whole-process wall time of `./accord` on the default job, with each start-up lever on and off.
# The variants run interleaved (round-robin), so background load on a shared machine falls on
# all of them alike; each is reported as its median over the rounds and as a ratio to the
# baseline (every lever off) measured in the same run.
#
#   src/bench/cold-start.sh [ROUNDS] ["label|command" ...]     (default 10 rounds)
#
# Extra "label|command" pairs are timed in the same loop, e.g. another checkout's launcher.
# Run from anywhere; needs the jar built (run ./accord once first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rounds="${1:-10}"
shift || true

variants=(
    "baseline: no pack cache, no CDS|ACCORD_CDS=0 ./accord --no-cache"
    "pack cache only|ACCORD_CDS=0 ./accord"
    "CDS only|./accord --no-cache"
    "pack cache + CDS (default)|./accord"
    "$@"
)

./accord >/dev/null 2>&1 # builds the jar, the archive and the cached pack if missing
expected="$(./accord 2>/dev/null)"

declare -A times
for ((r = 1; r <= rounds; r++)); do
    for v in "${variants[@]}"; do
        cmd="${v#*|}"
        start=$(date +%s%N)
        out="$(env $cmd 2>/dev/null)"
        end=$(date +%s%N)
        [ "$out" = "$expected" ] || { echo "variant '$cmd' printed something else" >&2; exit 1; }
        times[$v]+="$(( (end - start) / 1000000 )) "
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
base="$(echo "${times[${variants[0]}]}" | median)"
printf '%-32s %10s %8s   %s\n' variant "median ms" ratio "all runs (ms)"
for v in "${variants[@]}"; do
    m="$(echo "${times[$v]}" | median)"
    printf '%-32s %10s %8s   %s\n' "${v%%|*}" "$m" "$(awk -v m="$m" -v b="$base" 'BEGIN {printf "%.2f", m / b}')" "${times[$v]}"
done
echo "($rounds rounds, interleaved; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
