#!/usr/bin/env bash
# Ahead-of-time archives for the packaged service, one per JDK, each written by a training run:
#   - Java 17: an AppCDS archive of the classes it loaded (-XX:ArchiveClassesAtExit), at
#     target/quarkus-app/app-cds.jsa, read with -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa
#     (from the folder the jar was started from in training: the project's, as the README's launch);
#   - Java 25: its AOT cache (JEP 483 classes loaded and linked, JEP 515 method profiles), at
#     target/quarkus-app/app.aot, read with -XX:AOTCache=target/quarkus-app/app.aot.
# Each belongs to one build of the jar and one JDK: package again, train again (a JVM given an
# archive of another build or JDK says so in one log line and starts without it).
#   bench/aot.sh train            writes both: starts the jar with the JDK's option, sends every
#                                 scenario's state of rules/scenarios (in English and German, as
#                                 JSON and iCalendar), a batch, the catalogue, then TRAIN_SECONDS
#                                 (default 20) of wrk with the typical state, and stops it (the
#                                 JVM writes the archive as it exits)
#   bench/aot.sh [runs]           trains if an archive is missing, then measures start-up to the
#                                 first correct answer, alternating four launches RUNS times
#                                 (default 5): Java 17 without and with its archive, Java 25
#                                 without and with its cache; medians
# JAVA25 names Java 25's home (default: /usr/lib/jvm/temurin-25-jdk-amd64; without one, train writes
# Java 17's archive only). Launch settings: jvm.options.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
CDS=target/quarkus-app/app-cds.jsa
AOT=target/quarkus-app/app.aot
TRAIN_SECONDS=${TRAIN_SECONDS:-20}
package_if_missing
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT

# train JAVA OUTPUT OPTION: a training run of the jar on JAVA with OPTION, which writes OUTPUT at exit.
train() {
  local java=$1 output=$2 option=$3
  command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
  PORT=$(free_port)
  rm -f "$output"
  # shellcheck disable=SC2086
  "$java" "$option" $LAUNCH_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
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
  wrk -t2 -c32 -d"${TRAIN_SECONDS}s" -s "$WORK/post.lua" "$base/next-action" | grep 'Requests/sec' | sed 's/^/training load: /'
  stop_server
  [ -s "$output" ] || { echo "no archive written; the training run's log:" >&2; tail -20 "$WORK/train.log" >&2; exit 1; }
  echo "wrote $output ($(( $(stat -c %s "$output") / 1048576 )) MiB)"
}

# Java 17's archive with the java on PATH, then Java 25's cache when there is a Java 25.
train_all() {
  train java "$CDS" -XX:ArchiveClassesAtExit="$CDS"
  if [ -x "$JAVA25/bin/java" ]; then
    train "$JAVA25/bin/java" "$AOT" -XX:AOTCacheOutput="$AOT"
  else
    echo "no Java 25 at $JAVA25 (set JAVA25): its cache not written"
  fi
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
  if grep -q -e 'Unable to use shared archive' -e 'Not a valid shared archive' -e 'Unable to map shared spaces' "$WORK/start.log"; then
    echo "the archive was not used:" >&2; grep -m3 -i -e 'archive' -e 'cds' -e 'aot' "$WORK/start.log" >&2; exit 1
  fi
  stop_server
}

echo "machine: $(nproc) cores; load average before: $(load_average); launch settings: ${LAUNCH_OPTS:-(none)}"
if [ "${1:-}" = train ]; then
  train_all
  exit 0
fi
RUNS=${1:-5}
[ -x "$JAVA25/bin/java" ] || { echo "no Java 25 at $JAVA25 (set JAVA25)" >&2; exit 1; }
{ [ -s "$CDS" ] && [ -s "$AOT" ]; } || train_all
j17=(); cds=(); j25=(); aot=()
for i in $(seq 1 "$RUNS"); do
  j17+=("$(start_ms java)")
  cds+=("$(start_ms java -XX:SharedArchiveFile="$CDS")")
  j25+=("$(start_ms "$JAVA25/bin/java")")
  aot+=("$(start_ms "$JAVA25/bin/java" -XX:AOTCache="$AOT")")
  echo "run $i: Java 17 ${j17[-1]} ms, with its archive ${cds[-1]} ms; Java 25 ${j25[-1]} ms, with its cache ${aot[-1]} ms"
done
echo "median of $RUNS: Java 17 $(median "${j17[@]}") ms, with its archive $(median "${cds[@]}") ms; Java 25 $(median "${j25[@]}") ms, with its cache $(median "${aot[@]}") ms (target: under 2000); load average after: $(load_average)"
