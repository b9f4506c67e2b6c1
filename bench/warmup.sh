#!/usr/bin/env bash
# Warm-up: how fast a freshly started service, and one that has just reloaded its rules, answers.
# Builds the service with the baselines compiled in (-Pbench), then, side by side in one run:
#   1. next-action: starts the packaged jar on a copy of rules/ (with the launch settings of
#      bench/lib.sh, the README's), times `java -jar` to the first correct answer, then runs wrk
#      (-t2 -c32, the typical state) in back-to-back windows of WINDOW seconds for SECONDS seconds
#      from that first answer and prints each window's requests/s. The steady figure is the median
#      of the windows in the last third. Then it saves a change to a rule file of the copy (a
#      comment: a new rule set, the same advice), waits for the new version to answer, and runs
#      AFTER more windows: the dip after a reload.
#   2. echo (POST /api/v1/bench/echo: the same JSON read and written, no rules): a fresh service,
#      the same windows, the baseline's own curve.
# Prints the issue's figures: the first 5 s and the first 10 s against the steady figure, when
# 90% of it was first reached, the first window after the reload against it, and steady
# next-action against steady echo.
#   bench/warmup.sh               SECONDS_RUN=150 WINDOW=5 AFTER=4 (about 8 minutes)
# KEEP_JAR=1 measures the jar already in target/quarkus-app instead of packaging it again (it must
# have the baselines: package it with -Pbench), for one that a Java 25 AOT cache was trained on:
#   KEEP_JAR=1 PATH=$JAVA25/bin:$PATH LAUNCH_OPTS="@jvm.options -XX:AOTCache=target/quarkus-app/app.aot" bench/warmup.sh
# or Java 17's AppCDS archive (bench/aot.sh train, on the -Pbench jar):
#   KEEP_JAR=1 LAUNCH_OPTS="-XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa @jvm.options" bench/warmup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SECONDS_RUN=${SECONDS_RUN:-150}
WINDOW=${WINDOW:-5}
AFTER=${AFTER:-4}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
[ "${KEEP_JAR:-0}" = 1 ] || package_with_baselines
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
cp -r rules "$WORK/rules"
write_post_lua "$WORK/post.lua"
WINDOWS=$(( SECONDS_RUN / WINDOW ))

# windows PATH N: N back-to-back wrk runs of WINDOW seconds; prints each one's requests/s.
windows() {
  local path=$1 n=$2 out
  for _ in $(seq 1 "$n"); do
    out=$(wrk -t2 -c32 -d"${WINDOW}s" -s "$WORK/post.lua" "http://127.0.0.1:$PORT$path")
    if grep -q -e 'Non-2xx' -e 'Socket errors: connect' <<< "$out"; then echo "errors on $path" >&2; echo "$out" >&2; return 1; fi
    awk '/^Requests\/sec:/ { printf "%.0f\n", $2 }' <<< "$out"
  done
}

steady_of() { # the median of the last third of the windows given
  local all=("$@") n=$# third=$(( $# / 3 ))
  median "${all[@]:$(( n - (third > 0 ? third : 1) ))}"
}

# the code cache's use (and whether the JIT still compiles) and the collections so far: what a reload
# under load may be short of
jvm_state() {
  echo "  code cache: $(jcmd "$SERVER_PID" Compiler.codecache 2>/dev/null | grep -E 'size=|compilation' | sed 's/^ *//' | tr '\n' ' ')"
  echo "  collections (jstat -gcutil: S0 S1 E O M CCS YGC YGCT FGC FGCT CGC CGCT GCT): $(jstat -gcutil "$SERVER_PID" 2>/dev/null | tail -1)"
}


echo "machine: $(nproc) cores; load average before: $(load_average); java: $(java -version 2>&1 | head -1)"
echo "launch settings: ${LAUNCH_OPTS:-(none)}"

declare -A CURVE STEADY UP
for endpoint in next-action echo; do
  path=/api/v1/next-action; [ "$endpoint" = echo ] && path=/api/v1/bench/echo
  PORT=$(free_port)
  START=$(date +%s%N)
  start_server "$WORK/server-$endpoint.log" -Dadvisor.rules.dir="$WORK/rules"
  UP[$endpoint]=$(first_correct_answer "$START" "$WORK/server-$endpoint.log" "$path")
  mapfile -t rps < <(windows "$path" "$WINDOWS")
  CURVE[$endpoint]="${rps[*]}"
  STEADY[$endpoint]=$(steady_of "${rps[@]}")
  echo "$endpoint: first correct answer after ${UP[$endpoint]} ms; req/s per ${WINDOW} s window from then: ${rps[*]}"
  if [ "$endpoint" = next-action ]; then
    echo "before the saved change:"; jvm_state
    RELOAD_MS=$(save_rule_change "$WORK/rules" "warm-up bench: a new rule set, the same advice")
    mapfile -t after < <(windows "$path" "$AFTER")
    echo "next-action after a saved change (answering with it after $RELOAD_MS ms): req/s per window: ${after[*]}"
    echo "after its windows:"; jvm_state
  fi
  echo "  resident size at the end: $(( $(rss_kib "$SERVER_PID") / 1024 )) MiB"
  stop_server
done

read -r -a na <<< "${CURVE[next-action]}"
steady=${STEADY[next-action]}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
first10=$(( WINDOW >= 10 ? na[0] : (na[0] + na[1]) / 2 ))
reached=never
for i in "${!na[@]}"; do
  if awk -v a="${na[$i]}" -v s="$steady" 'BEGIN { exit !(a >= 0.9 * s) }'; then reached="$(( (i + 1) * WINDOW )) s"; break; fi
done
echo
echo "summary (next-action; steady = median of the last third of the windows: $steady req/s)"
echo "  start-up to the first correct answer:          ${UP[next-action]} ms (target: under 2000)"
echo "  first ${WINDOW} s / steady:                          $(ratio "${na[0]}" "$steady")"
echo "  first 10 s / steady:                           $(ratio "$first10" "$steady") (target: at least 0.5)"
echo "  90% of steady first reached by the end of:     $reached (target: 30 s)"
echo "  first ${WINDOW} s after a saved change / steady:     $(ratio "${after[0]}" "$steady") (target: at least 0.8); answering with it after $RELOAD_MS ms (target: under 1000)"
echo "  steady next-action / steady echo:              $(ratio "$steady" "${STEADY[echo]}") ($steady vs ${STEADY[echo]} req/s; target: at least 0.85)"
echo "load average after: $(load_average)"
