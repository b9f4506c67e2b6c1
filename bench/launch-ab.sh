#!/usr/bin/env bash
# Launch settings side by side: the packaged service started with each set of JVM options given,
# in turn, ROUNDS times (the order reverses from round to round, so that each sees the same load).
# Each start: WARMUP seconds of wrk on next-action, then RUNS runs of DURATION seconds at 32
# connections (any non-2xx answer or socket error fails the run), measuring requests/s, p99, the
# service's CPU per request (from /proc), the garbage collector's work (collections a second and
# their milliseconds a second, young and full together, and the full ones apart, from jstat) and
# the resident size under load.
# Prints one line per start, then the medians per setting. A setting that starts with jar=PATH
# starts that jar instead of the one built here (another build of the service, side by side).
#   bench/launch-ab.sh "@jvm.options" "@jvm.options -Xmn96m"
#   bench/launch-ab.sh "jar=/tmp/before/quarkus-run.jar @jvm.options" "@jvm.options"
#   ROUNDS=3 RUNS=3 DURATION=5 WARMUP=30 (the defaults; about a minute per start)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ $# -ge 2 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
ROUNDS=${ROUNDS:-3}
RUNS=${RUNS:-3}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-30}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
package_if_missing
PORT=$(free_port)
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
write_post_lua "$WORK/post.lua"
URL="http://127.0.0.1:$PORT/api/v1/next-action"
SETTINGS=("$@")

# gc_totals: "collections full_collections seconds" so far (jstat -gc: YGC + FGC, FGC, YGCT + FGCT).
gc_totals() {
  jstat -gc "$SERVER_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
    NR == 2 { printf "%d %d %.4f\n", $c["YGC"] + $c["FGC"], $c["FGC"], $c["YGCT"] + $c["FGCT"] }'
}

# measure SETTING_INDEX: one start with SETTINGS[index]; prints
# "req/s p99_ms cpu_us_per_request gc_per_s gc_ms_per_s rss_mib full_gcs" (the last: full
# collections during the measured runs, all of them)
measure() {
  local opts=${SETTINGS[$1]} jar=$JAR out rps=() p99=() cpu=() gcn=() gcms=() rss=() full=0
  if [[ $opts == jar=* ]]; then
    jar=${opts%% *}; jar=${jar#jar=}; opts=${opts#"jar=$jar"}
  fi
  JAR=$jar LAUNCH_OPTS=$opts start_server "$WORK/server.log"
  wait_for_answer 90
  wrk -t2 -c32 -d"${WARMUP}s" -s "$WORK/post.lua" "$URL" > /dev/null
  for _ in $(seq 1 "$RUNS"); do
    local gc_before cpu_before gc_after cpu_after figures r p c
    gc_before=$(gc_totals); cpu_before=$(server_cpu_ticks)
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency -s "$WORK/post.lua" "$URL")
    gc_after=$(gc_totals); cpu_after=$(server_cpu_ticks)
    rss+=("$(( $(rss_kib "$SERVER_PID") / 1024 ))")
    figures=$(wrk_figures "setting $(($1 + 1))" $((cpu_after - cpu_before)) <<< "$out")
    read -r r _ p c <<< "$figures"
    rps+=("$r"); p99+=("$p"); cpu+=("$c")
    read -r c1 f1 t1 <<< "$gc_before"; read -r c2 f2 t2 <<< "$gc_after"
    full=$((full + f2 - f1))
    gcn+=("$(awk -v a="$c1" -v b="$c2" -v d="$DURATION" 'BEGIN { printf "%.1f", (b - a) / d }')")
    gcms+=("$(awk -v a="$t1" -v b="$t2" -v d="$DURATION" 'BEGIN { printf "%.1f", (b - a) * 1000 / d }')")
  done
  stop_server
  echo "$(median "${rps[@]}") $(median "${p99[@]}") $(median "${cpu[@]}") $(median "${gcn[@]}") $(median "${gcms[@]}") $(median "${rss[@]}") $full"
}

# column_median LINES N: the median of the Nth column of LINES.
column_median() {
  local values
  mapfile -t values < <(awk -v c="$2" 'NF { print $c }' <<< "$1")
  median "${values[@]}"
}

echo "machine: $(nproc) cores; load average before: $(load_average)"
for i in "${!SETTINGS[@]}"; do echo "setting $((i + 1)): ${SETTINGS[$i]:-(none: the JVM defaults)}"; done
printf '\n%-6s %-8s %9s %8s %12s %10s %12s %8s %8s %s\n' round setting 'req/s' 'p99 ms' 'cpu us/req' 'gc per s' 'gc ms per s' 'rss MiB' 'full gcs' 'load after'
declare -A RESULTS
for round in $(seq 1 "$ROUNDS"); do
  order=("${!SETTINGS[@]}")
  if [ $((round % 2)) -eq 0 ]; then
    mapfile -t order < <(printf '%s\n' "${!SETTINGS[@]}" | sort -rn)
  fi
  for i in "${order[@]}"; do
    measure "$i" > "$WORK/line" # not in a subshell: the exit trap must see the server it starts
    line=$(cat "$WORK/line")
    RESULTS[$i]+="$line"$'\n'
    read -r a b c d e f g <<< "$line"
    printf '%-6s %-8s %9s %8s %12s %10s %12s %8s %8s %s\n' "$round" "$((i + 1))" "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$(load_average)"
  done
done
echo
echo "medians over the rounds"
printf '%-8s %9s %8s %12s %10s %12s %8s %8s\n' setting 'req/s' 'p99 ms' 'cpu us/req' 'gc per s' 'gc ms per s' 'rss MiB' 'full gcs'
for i in "${!SETTINGS[@]}"; do
  cols=()
  for c in 1 2 3 4 5 6 7; do
    cols+=("$(column_median "${RESULTS[$i]}" "$c")")
  done
  printf '%-8s %9s %8s %12s %10s %12s %8s %8s\n' "$((i + 1))" "${cols[@]}"
done
echo "load average after: $(load_average)"
