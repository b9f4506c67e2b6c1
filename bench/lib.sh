# Shared by the bench/*.sh scripts (sourced, not run): start the packaged service on a free
# loopback port, wait for it, stop it on exit, and take medians. Every wait is bounded.

JAR=target/quarkus-app/quarkus-run.jar
TYPICAL=bench/states/typical.json

package_if_missing() {
  [ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
}

# The jar with the benchmark baselines (POST /api/v1/bench/echo, GET /api/v1/bench/ping) compiled
# in: the same service otherwise. It replaces target/quarkus-app, so later scripts measure it too.
package_with_baselines() {
  ./mvnw -q -B -DskipTests -Pbench package
}

# write_post_lua FILE [STATE]: a wrk script that POSTs STATE (default: the typical state) as compact JSON.
write_post_lua() {
  python3 - "${2:-$TYPICAL}" "$1" <<'PY'
import json, sys
body = json.dumps(json.load(open(sys.argv[1])), separators=(",", ":"))
open(sys.argv[2], "w").write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                             'wrk.body = ' + json.dumps(body) + '\n')
PY
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The JVM options the README's production launch gives (the file jvm.options); LAUNCH_OPTS= (empty) measures the JVM's defaults.
LAUNCH_OPTS=${LAUNCH_OPTS-@jvm.options}

# start_server LOG [java options...]: starts the jar in the background on $PORT, sets SERVER_PID.
start_server() {
  local log=$1; shift
  # shellcheck disable=SC2086
  java $LAUNCH_OPTS "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" > "$log" 2>&1 &
  SERVER_PID=$!
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

# wait_for_answer [seconds]: polls POST /api/v1/next-action with the typical state until it answers 200.
wait_for_answer() {
  local limit=${1:-60} start=$SECONDS
  until [ "$(post_typical_status)" = 200 ]; do
    [ $((SECONDS - start)) -lt "$limit" ] || { echo "no answer within $limit s" >&2; return 1; }
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the service exited" >&2; return 1; }
    sleep 0.1
  done
}

# first_correct_answer START_NS LOG [PATH]: polls PATH (default /api/v1/next-action) with the
# typical state every 20 ms until it answers with next.action FOLLOW_UP; prints the milliseconds
# since START_NS (from date +%s%N). Fails, printing LOG, after 90 s or when the service exits.
first_correct_answer() {
  local start=$1 log=$2 path=${3:-/api/v1/next-action}
  until curl -s --max-time 2 -H 'Content-Type: application/json' --data-binary @"$TYPICAL" \
      "http://127.0.0.1:$PORT$path" 2>/dev/null | grep -q '"next":{"action":"FOLLOW_UP"'; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 90000 ] || { echo "no correct answer within 90 s" >&2; cat "$log" >&2; return 1; }
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the service exited" >&2; cat "$log" >&2; return 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# live_version [PORT]: the version of the rules the service on PORT (default $PORT) answers with.
live_version() {
  curl -s --max-time 5 "http://127.0.0.1:${1:-$PORT}/api/v1/rules" | sed -n 's/^{"version":"\([0-9a-f]*\)".*/\1/p'
}

# save_rule_change DIR LABEL [LIMIT_MS]: appends a comment no save carried before (LABEL and the
# time) to DIR/keep-searching.drl: a new rule set with the same advice, which the compiled-rules
# cache cannot hold from an earlier run, so the service compiles it. Waits until the service on
# $PORT answers with it and prints the milliseconds from the save; fails after LIMIT_MS (20000).
save_rule_change() {
  local dir=$1 label=$2 limit=${3:-20000} before saved
  before=$(live_version)
  saved=$(date +%s%N)
  echo "// $label, $(date +%s%N)" >> "$dir/keep-searching.drl"
  until [ "$(live_version)" != "$before" ]; do
    [ $(( ($(date +%s%N) - saved) / 1000000 )) -lt "$limit" ] || { echo "$label: no reload within $limit ms" >&2; return 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - saved) / 1000000 ))
}

# server_cpu_ticks: CPU time the service ($SERVER_PID) has used so far (user + system, all its
# threads: request handling, GC, JIT), in clock ticks.
server_cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"
}

# wrk_figures LABEL TICKS: reads the output of a wrk run with --latency on stdin and prints
# "requests/s p50_ms p99_ms server_cpu_us_per_request", the last being TICKS (the service's CPU
# clock ticks over the run, from server_cpu_ticks) divided by the requests answered, so wrk's share
# of the cores is left out. Fails, printing the output, on any non-2xx answer or socket error.
wrk_figures() {
  local label=$1 ticks=$2 out
  out=$(cat)
  if grep -q -e 'Non-2xx' -e 'Socket errors' <<< "$out"; then
    echo "$label: errors" >&2; echo "$out" >&2; return 1
  fi
  awk -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 } / requests in / { n = $1 }
    END { printf "%.0f %.2f %.2f %.0f\n", rps, p50, p99, (n > 0 ? ticks / hz * 1e6 / n : 0) }' <<< "$out"
}

post_typical_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
    --data-binary @"$TYPICAL" "http://127.0.0.1:$PORT/api/v1/next-action" || true
}

# median of the numbers given as arguments (the lower middle for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

rss_kib() {
  awk '/^VmRSS:/ {print $2}' "/proc/$1/status"
}

load_average() {
  cut -d' ' -f1-3 /proc/loadavg
}
