#!/usr/bin/env bash
# Where a request's time goes: runs the packaged service with Java Flight Recorder (the
# "profile" settings: a stack sample every 10 ms per thread) while wrk sends the typical state
# to POST /api/v1/next-action for DURATION seconds, then prints the methods most often on the stack of
# the request threads (jfr print + bench/jfr-top.py). The recording stays in target/profile/.
#   bench/profile-http.sh          DURATION=30 (seconds, after 10 s of warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${DURATION:-30}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
package_if_missing
PORT=$(free_port)
OUT=target/profile
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
write_post_lua "$WORK/post.lua"
echo "machine: $(nproc) cores; load average before: $(load_average)"
start_server "$WORK/server.log"
wait_for_answer 60
URL="http://127.0.0.1:$PORT/api/v1/next-action"
wrk -t2 -c32 -d10s -s "$WORK/post.lua" "$URL" > /dev/null
jcmd "$SERVER_PID" JFR.start name=bench settings=profile > /dev/null
wrk -t2 -c32 -d"${DURATION}s" -s "$WORK/post.lua" "$URL" | grep -E 'Requests/sec'
jcmd "$SERVER_PID" JFR.dump name=bench filename="$PWD/$OUT/http.jfr" > /dev/null
jcmd "$SERVER_PID" JFR.stop name=bench > /dev/null
jfr print --events jdk.ExecutionSample --stack-depth 64 "$OUT/http.jfr" > "$OUT/samples.txt"
python3 bench/jfr-top.py --top 25 < "$OUT/samples.txt"
echo
echo "== within the endpoint (stacks through NextActionResource.nextAction)"
python3 bench/jfr-top.py --under com.followupadvisor.api.NextActionResource.nextAction --top 15 < "$OUT/samples.txt" \
  | sed -n '/-- inclusive/,$p' | grep -E 'followupadvisor|jackson|qute|Planner|RuleSet|Draft|newKieSession|fireAllRules|dispose' | head -25
echo "load average after: $(load_average); recording: $OUT/http.jfr"
