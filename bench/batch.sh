#!/usr/bin/env bash
# Batch: 1,000 application states in one POST /api/v1/next-action/batch. The items cycle through
# the states of rules/scenarios/*.json (a mix of situations: before the interview, thank-you due,
# waiting, follow-ups, move on, offer, rejection). Starts the packaged service on a free loopback
# port, sends WARMUP batches, then RUNS timed ones (each checked: 200, 1,000 results, all 200);
# prints each time and the median. Each request is capped at 60 s.
#   bench/batch.sh                RUNS=10 WARMUP=10 ITEMS=1000
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-10}
ITEMS=${ITEMS:-1000}
package_if_missing
PORT=$(free_port)
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
python3 - "$ITEMS" "$WORK/batch.json" <<'PY'
import glob, json, sys
states = [json.load(open(f))["state"] for f in sorted(glob.glob("rules/scenarios/*.json"))]
items = [{"id": f"item-{i}", "state": states[i % len(states)]} for i in range(int(sys.argv[1]))]
json.dump({"items": items}, open(sys.argv[2], "w"))
print(f"{len(items)} items cycling through {len(states)} scenario states, {len(json.dumps({'items': items}))} bytes")
PY
echo "machine: $(nproc) cores; load average before: $(load_average)"
start_server "$WORK/server.log"
wait_for_answer 60
# post: prints the seconds taken; fails unless every item was answered with 200.
post() {
  local t
  t=$(curl -s --max-time 60 -o "$WORK/answer.json" -w '%{http_code} %{time_total}' \
      -H 'Content-Type: application/json' --data-binary @"$WORK/batch.json" "http://127.0.0.1:$PORT/api/v1/next-action/batch")
  [ "${t%% *}" = 200 ] || { echo "batch answered ${t%% *}: $(head -c 300 "$WORK/answer.json")" >&2; return 1; }
  python3 - "$WORK/answer.json" "$ITEMS" <<'PY' || return 1
import json, sys
results = json.load(open(sys.argv[1]))["results"]
bad = [r for r in results if r["status"] != 200]
assert len(results) == int(sys.argv[2]) and not bad, f"{len(results)} results, {len(bad)} not 200"
PY
  echo "${t#* }"
}
for _ in $(seq 1 "$WARMUP"); do post > /dev/null; done
echo "response: $(wc -c < "$WORK/answer.json") bytes"
times=()
for i in $(seq 1 "$RUNS"); do
  ms=$(awk -v s="$(post)" 'BEGIN {printf "%.0f", s * 1000}')
  times+=("$ms")
done
echo "batch of $ITEMS (ms), $RUNS runs after $WARMUP warm-up: ${times[*]}"
echo "median $(median "${times[@]}") ms (target: under 150 ms); load average after: $(load_average)"
