#!/usr/bin/env bash
# Java 25's ahead-of-time cache (JEP 483 classes loaded and linked, JEP 515 method profiles) for
# the packaged service: a training run writes target/quarkus-app/app.aot, which a Java 25 launch
# reads with -XX:AOTCache=target/quarkus-app/app.aot (Java 17 has no such option and runs as
# always). The cache belongs to one build of the jar and one JDK: package again, train again.
#   bench/aot.sh train            writes the cache: starts the jar on Java 25 with
#                                 -XX:AOTCacheOutput, sends every scenario's state of rules/scenarios
#                                 (in English and German, as JSON and iCalendar), a batch, the
#                                 catalogue, then 20 s of wrk with the typical state, and stops it
#                                 (the JVM writes the cache as it exits)
#   bench/aot.sh [runs]           trains if the cache is missing, then measures start-up to the
#                                 first correct answer, alternating three launches RUNS times
#                                 (default 5): Java 17, Java 25, Java 25 with the cache; medians
# JAVA25 names Java 25's home (default: /usr/lib/jvm/temurin-25-jdk-amd64). Launch settings: jvm.options.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
AOT=target/quarkus-app/app.aot
[ -x "$JAVA25/bin/java" ] || { echo "no Java 25 at $JAVA25 (set JAVA25)" >&2; exit 1; }
package_if_missing
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT

train() {
  command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
  PORT=$(free_port)
  rm -f "$AOT"
  # shellcheck disable=SC2086
  "$JAVA25/bin/java" -XX:AOTCacheOutput="$AOT" $LAUNCH_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar "$JAR" > "$WORK/train.log" 2>&1 &
  SERVER_PID=$!
  wait_for_answer 120
  local base="http://127.0.0.1:$PORT/api/v1" f
  for f in rules/scenarios/*.json; do
    python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))["state"]))' "$f" > "$WORK/state.json"
    for lang in en de; do
      curl -s -o /dev/null -H 'Content-Type: application/json' -H "Accept-Language: $lang" --data-binary @"$WORK/state.json" "$base/next-action"
      curl -s -o /dev/null -H 'Content-Type: application/json' -H 'Accept: text/calendar' --data-binary @"$WORK/state.json" "$base/next-action"
    done
  done
  python3 - "$TYPICAL" "$WORK/batch.json" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
json.dump({"items": [{"id": str(i), "state": state} for i in range(50)]}, open(sys.argv[2], "w"))
PY
  curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary @"$WORK/batch.json" "$base/next-action/batch"
  curl -s -o /dev/null "$base/rules"
  write_post_lua "$WORK/post.lua"
  wrk -t2 -c32 -d20s -s "$WORK/post.lua" "$base/next-action" | grep 'Requests/sec' | sed 's/^/training load: /'
  stop_server
  [ -s "$AOT" ] || { echo "no cache written; the training run's log:" >&2; tail -20 "$WORK/train.log" >&2; exit 1; }
  echo "wrote $AOT ($(( $(stat -c %s "$AOT") / 1048576 )) MiB)"
}

# start_ms JAVA [options...]: java -jar to the first correct answer, in ms.
start_ms() {
  local java=$1; shift
  PORT=$(free_port)
  local start
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" "$@" $LAUNCH_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" > "$WORK/start.log" 2>&1 &
  SERVER_PID=$!
  first_correct_answer "$start" "$WORK/start.log" || exit 1
  stop_server
}

echo "machine: $(nproc) cores; load average before: $(load_average); launch settings: ${LAUNCH_OPTS:-(none)}"
if [ "${1:-}" = train ]; then
  train
  exit 0
fi
RUNS=${1:-5}
[ -s "$AOT" ] || train
j17=(); j25=(); aot=()
for i in $(seq 1 "$RUNS"); do
  j17+=("$(start_ms java)")
  j25+=("$(start_ms "$JAVA25/bin/java")")
  aot+=("$(start_ms "$JAVA25/bin/java" -XX:AOTCache="$AOT")")
  echo "run $i: Java 17 ${j17[-1]} ms, Java 25 ${j25[-1]} ms, Java 25 with the cache ${aot[-1]} ms"
done
echo "median of $RUNS: Java 17 $(median "${j17[@]}") ms, Java 25 $(median "${j25[@]}") ms, Java 25 with the cache $(median "${aot[@]}") ms (target: under 2000); load average after: $(load_average)"
