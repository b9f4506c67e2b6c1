#!/usr/bin/env bash
# How long from saving a rule file to the service answering with the new rules.
# Starts the packaged service on a copy of rules/, then N times: appends a comment to a rule file
# (which changes the rule set's version), and polls GET /api/v1/rules until the new version is
# served. Prints each time and the median. Loopback only; bounded by N and a 10 s cap per round.
#   bench/reload.sh [rounds]      (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
PORT=${PORT:-18081}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
WORK=$(mktemp -d)
cp -r rules "$WORK/rules"
java -Dadvisor.rules.dir="$WORK/rules" -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN -jar "$JAR" > "$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
version() { curl -s "http://127.0.0.1:$PORT/api/v1/rules" | sed -n 's/^{"version":"\([0-9a-f]*\)".*/\1/p'; }
for _ in $(seq 1 200); do [ -n "$(version)" ] && break; sleep 0.1; done
times=()
for i in $(seq 1 "$ROUNDS"); do
  before=$(version)
  start=$(date +%s%N)
  echo "// reload round $i" >> "$WORK/rules/keep-searching.drl"
  while [ "$(version)" = "$before" ]; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 10000 ] || { echo "round $i: no reload within 10 s" >&2; exit 1; }
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  sleep 0.2
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "save-to-answer (ms), $ROUNDS rounds: ${times[*]}"
echo "median ${sorted[$(( ROUNDS / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( ROUNDS - 1 ))]} ms"
