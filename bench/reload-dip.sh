#!/usr/bin/env bash
# The dip after a saved rule change, finely: starts the packaged service on a copy of rules/,
# sends WARM seconds of wrk (-t2 -c32, the typical state), then ROUNDS times: saves a change (a
# comment: a new rule set, the same advice), times it until the service answers with the new
# version, runs eight 1 s windows of wrk and one of 10 s, and prints the first five 1 s windows
# against the 10 s one. Round 1 is the first save after a restart; later rounds are the saves after.
# Extra arguments are java options.
#   bench/reload-dip.sh [java options...]      WARM=40 ROUNDS=2 (about 1.5 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
WARM=${WARM:-40}
ROUNDS=${ROUNDS:-2}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
package_if_missing
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
cp -r rules "$WORK/rules"
write_post_lua "$WORK/post.lua"
PORT=$(free_port)
URL="http://127.0.0.1:$PORT/api/v1/next-action"
echo "machine: $(nproc) cores; load average before: $(load_average); launch settings: ${LAUNCH_OPTS:-(none)} $*"
start_server "$WORK/server.log" -Dadvisor.rules.dir="$WORK/rules" "$@"
wait_for_answer 60
rps() { wrk -t2 -c32 -d"$1" -s "$WORK/post.lua" "$URL" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }'; }
echo "warm-up: $(rps "${WARM}s") req/s over $WARM s"
for round in $(seq 1 "$ROUNDS"); do
  live=$(save_rule_change "$WORK/rules" "reload-dip bench: round $round")
  windows=()
  for _ in 1 2 3 4 5 6 7 8; do windows+=("$(rps 1s)"); done
  steady=$(rps 10s)
  echo "round $round: answering with the change after $live ms; req/s per 1 s window: ${windows[*]}; the 10 s after: $steady;" \
    "first 5 s / those 10 s: $(awk -v s="$steady" 'BEGIN { t = 0; for (i = 1; i < ARGC; i++) t += ARGV[i]; printf "%.2f", t / 5 / s }' "${windows[@]:0:5}")"
done
grep -h -e 'Reloaded the rules' -e 'Rehearsed' "$WORK/server.log" | sed 's/^[^]]*] //' | cut -c1-200
echo "load average after: $(load_average)"
