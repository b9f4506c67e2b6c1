#!/usr/bin/env bash
# HTTP throughput and latency, with wrk, side by side in one server:
#   next-action  POST /api/v1/next-action with the typical state (bench/states/typical.json)
#   echo         POST /api/v1/bench/echo: the same body read and parsed the same way, a JSON answer
#                of the same size written back, no rules (the baseline)
#   ping         GET /api/v1/bench/ping: a constant
# Builds the service with the baselines compiled in (-Pbench; the shipped jar has no such endpoints),
# starts it (access log on, as shipped) on a
# free loopback port, warms it up (WARMUP seconds per endpoint: after 10 s, next-action's
# throughput was still climbing from run to run), then RUNS times measures the three one after the
# other at 32 connections; prints the median requests/s of each, the ratios, p99, and the service's
# own CPU time per request (from /proc, so wrk's share of the cores is left out). Then p50/p99 latency of
# next-action and echo at 1, 8, 32, 128 connections (median of LAT_RUNS runs).
#   bench/http.sh                 RUNS=5 DURATION=5 LAT_RUNS=3 WARMUP=30 (seconds); about 5 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-5}
DURATION=${DURATION:-5}
LAT_RUNS=${LAT_RUNS:-3}
WARMUP=${WARMUP:-30}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
package_with_baselines
PORT=${PORT:-$(free_port)}
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
BASE="http://127.0.0.1:$PORT"

# wrk sends the body of a POST from a Lua script.
write_post_lua "$WORK/post.lua"

echo "machine: $(nproc) cores; load average before: $(load_average)"
start_server "$WORK/server.log"
wait_for_answer 60
for path in /api/v1/next-action /api/v1/bench/echo; do
  curl -s -H 'Content-Type: application/json' --data-binary @"$TYPICAL" "$BASE$path" > "$WORK/$(basename "$path").json"
done
grep -q '"next":{"action":"FOLLOW_UP"' "$WORK/next-action.json" \
  || { echo "unexpected answer: $(head -c 300 "$WORK/next-action.json")" >&2; exit 1; }
echo "response bytes: next-action $(wc -c < "$WORK/next-action.json"), echo $(wc -c < "$WORK/echo.json")"

# wrk_run NAME CONNECTIONS SECONDS: prints "requests/s p50_ms p99_ms server_cpu_us_per_request"
# (wrk_figures in bench/lib.sh); fails on any non-2xx answer or socket error.
wrk_run() {
  local name=$1 conns=$2 secs=$3 threads=2 out cpu_before cpu_after
  [ "$conns" -ge 2 ] || threads=1
  cpu_before=$(server_cpu_ticks)
  case $name in
    next-action) out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$WORK/post.lua" "$BASE/api/v1/next-action") ;;
    echo)        out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$WORK/post.lua" "$BASE/api/v1/bench/echo") ;;
    ping)        out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency "$BASE/api/v1/bench/ping") ;;
  esac
  cpu_after=$(server_cpu_ticks)
  wrk_figures "$name at $conns connections" $((cpu_after - cpu_before)) <<< "$out"
}

echo "warm-up: ${WARMUP} s on each endpoint"
for name in next-action echo ping; do wrk_run "$name" 32 "$WARMUP" > /dev/null; done

declare -A RPS P99 CPU
ratios_echo=(); ratios_ping=()
echo
echo "throughput, $RUNS runs of ${DURATION} s each at 32 connections (wrk -t2), endpoints one after the other in each run"
printf '%-5s %14s %14s %14s %12s %12s\n' run next-action echo ping 'n-a/echo' 'n-a/ping'
for i in $(seq 1 "$RUNS"); do
  for name in next-action echo ping; do
    read -r rps _ p99 cpu < <(wrk_run "$name" 32 "$DURATION")
    RPS[$name]+="$rps "; P99[$name]+="$p99 "; CPU[$name]+="$cpu "
    eval "r_${name//-/_}=$rps"
  done
  re=$(awk -v a="$r_next_action" -v b="$r_echo" 'BEGIN {printf "%.3f", a / b}')
  rp=$(awk -v a="$r_next_action" -v b="$r_ping" 'BEGIN {printf "%.3f", a / b}')
  ratios_echo+=("$re"); ratios_ping+=("$rp")
  printf '%-5s %14s %14s %14s %12s %12s\n' "$i" "$r_next_action" "$r_echo" "$r_ping" "$re" "$rp"
done
echo
for name in next-action echo ping; do
  # shellcheck disable=SC2086
  printf '%-12s median %8s req/s   p99 at 32 connections: median %s ms   service CPU per request: median %s us\n' \
    "$name" "$(median ${RPS[$name]})" "$(median ${P99[$name]})" "$(median ${CPU[$name]})"
done
echo "next-action / echo (median of the per-run ratios): $(median "${ratios_echo[@]}")   (target: at least 0.85)"
echo "next-action / ping (median of the per-run ratios): $(median "${ratios_ping[@]}")"
# shellcheck disable=SC2086
echo "service CPU per request, next-action minus echo: $(( $(median ${CPU[next-action]}) - $(median ${CPU[echo]}) )) us (the rules, plan, drafts, answer serialisation and metrics)"

echo
echo "latency by connections (wrk -t2, -t1 at 1 connection; ${DURATION} s runs; median of $LAT_RUNS runs)"
printf '%-12s %6s %12s %10s %10s\n' endpoint conns 'req/s' 'p50 ms' 'p99 ms'
for conns in 1 8 32 128; do
  for name in next-action echo; do
    r=(); a=(); b=()
    for _ in $(seq 1 "$LAT_RUNS"); do
      read -r rps p50 p99 _ < <(wrk_run "$name" "$conns" "$DURATION")
      r+=("$rps"); a+=("$p50"); b+=("$p99")
    done
    printf '%-12s %6s %12s %10s %10s\n' "$name" "$conns" "$(median "${r[@]}")" "$(median "${a[@]}")" "$(median "${b[@]}")"
  done
done
echo
echo "server resident size after the runs: $(( $(rss_kib "$SERVER_PID") / 1024 )) MiB; load average after: $(load_average)"
