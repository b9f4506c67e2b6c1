#!/usr/bin/env bash
# How long from saving a rule file to the service answering with the new rules.
# Starts the packaged service on a copy of rules/, then N times: appends a comment to a rule file
# (which changes the rule set's version), and polls GET /api/v1/rules until the new version is
# served. Prints each time and the median. Loopback only; bounded by N and a 10 s cap per round.
#   bench/reload.sh [rounds]      (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-20}
package_if_missing
WORK=$(mktemp -d)
cp -r rules "$WORK/rules"
PORT=$(free_port)
trap 'stop_server; rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores; load average before: $(load_average)"
start_server "$WORK/server.log" -Dadvisor.rules.dir="$WORK/rules" -Dquarkus.log.level=WARN \
  -Dquarkus.log.category.'"com.followupadvisor.rules.release.RulesReloader"'.level=INFO
wait_for_answer
times=()
for i in $(seq 1 "$ROUNDS"); do
  times+=("$(save_rule_change "$WORK/rules" "reload round $i" 10000)")
  sleep 0.2
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "save-to-answer (ms), $ROUNDS rounds: ${times[*]}"
echo "median $(median "${times[@]}") ms, min ${sorted[0]} ms, max ${sorted[$(( ROUNDS - 1 ))]} ms; load average after: $(load_average)"
