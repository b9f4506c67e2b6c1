#!/usr/bin/env bash
# Memory: the service's resident size (VmRSS from /proc/PID/status) after warm-up, during a wrk
# run, and across ROUNDS rule reloads. Starts the packaged service on a copy of rules/ on a free
# loopback port. Each reload round rewrites the last line of a rule file in the copy with a new
# comment (the file keeps its size; the rule set's version changes) and waits, 10 s at most, for
# GET /api/v1/rules to report the new version. At 0, 1/4, 1/2, 3/4 and all of the rounds it runs
# `jcmd PID GC.run` and prints RSS (taken before that collection) and, after it, the heap used,
# the heap committed and the metaspace used (`jcmd PID GC.heap_info`).
#   bench/memory.sh               ROUNDS=1000 LOAD_SECONDS=20 (about 5 to 10 minutes)
#   NMT=1 bench/memory.sh         also the JVM's own account of its native memory at each
#                                 checkpoint (-XX:NativeMemoryTracking=summary, jcmd VM.native_memory):
#                                 the areas that hold most, committed MiB, to tell what a growth is
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${ROUNDS:-1000}
LOAD_SECONDS=${LOAD_SECONDS:-20}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
package_if_missing
PORT=$(free_port)
WORK=$(mktemp -d)
WRK_PID=
trap '[ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null; stop_server; rm -rf "$WORK"' EXIT
cp -r rules "$WORK/rules"
RULE="$WORK/rules/keep-searching.drl"
cp "$RULE" "$WORK/original.drl"
write_post_lua "$WORK/post.lua"
[ "${NMT:-0}" = 1 ] && LAUNCH_OPTS="${LAUNCH_OPTS:-} -XX:NativeMemoryTracking=summary"
echo "machine: $(nproc) cores; load average before: $(load_average); launch settings: ${LAUNCH_OPTS:-(none)}"
start_server "$WORK/server.log" -Dadvisor.rules.dir="$WORK/rules" -Dquarkus.log.level=WARN
wait_for_answer 60
URL="http://127.0.0.1:$PORT/api/v1/next-action"
mib() { echo $(( $1 / 1024 )); }
# heap_after_gc: "heap used, heap committed, metaspace used" in MiB, after a full collection.
heap_after_gc() {
  jcmd "$SERVER_PID" GC.run > /dev/null
  sleep 0.5
  jcmd "$SERVER_PID" GC.heap_info | awk '
    # G1 prints one "total NK, used MK" line for the heap, Serial one per generation: add them up
    / total [0-9]+K, used [0-9]+K/ { for (i = 1; i <= NF; i++) { if ($i == "total") { v = $(i+1); gsub(/[K,]/, "", v); t += v } if ($i == "used") { v = $(i+1); gsub(/[K,]/, "", v); u += v } } }
    /Metaspace +used/ { m = $3 }
    END { gsub(/[K,]/, "", m); printf "%.1f %.1f %.1f\n", u / 1024, t / 1024, m / 1024 }'
}

wrk -t2 -c32 -d10s -s "$WORK/post.lua" "$URL" > /dev/null
rss=$(mib "$(rss_kib "$SERVER_PID")")
read -r used committed meta < <(heap_after_gc)
echo "after warm-up (10 s of wrk at 32 connections): RSS $rss MiB; after a full GC: heap used $used MiB of $committed MiB committed, metaspace $meta MiB"

wrk -t2 -c32 -d"${LOAD_SECONDS}s" -s "$WORK/post.lua" "$URL" > "$WORK/wrk.txt" &
WRK_PID=$!
samples=()
sleep 1
while kill -0 "$WRK_PID" 2>/dev/null; do samples+=("$(rss_kib "$SERVER_PID")"); sleep 1; done
wait "$WRK_PID"; WRK_PID=
max=$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)
echo "under load (wrk -t2 -c32 for ${LOAD_SECONDS} s, $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") req/s): RSS median $(mib "$(median "${samples[@]}")") MiB, max $(mib "$max") MiB (${#samples[@]} samples)"

echo
echo "reloads: rewrite $(basename "$RULE") $ROUNDS times, each time waiting for the new version"
printf '%8s %9s %15s %16s %15s %18s\n' reloads 'RSS MiB' 'heap used MiB' 'committed MiB' 'metaspace MiB' 'median reload ms'
# native_areas: NMT's areas by committed MiB, largest first ("Class 70, Code 31, ..."), and its total
native_areas() {
  jcmd "$SERVER_PID" VM.native_memory summary scale=MB 2>/dev/null | awk '
    /^Total: / { match($0, /committed=[0-9]+/); total = substr($0, RSTART + 10, RLENGTH - 10) }
    /^-/ { line = $0; sub(/^- */, "", line); name = line; sub(/ *\(reserved=.*/, "", name)
           if (match(line, /committed=[0-9]+/)) print substr(line, RSTART + 10, RLENGTH - 10), name }
    END { print "total", total }' | sort -k1,1nr | awk '
    $1 == "total" { total = $2; next } $1 > 0 { out = out (out ? ", " : "") substr($0, index($0, " ") + 1) " " $1 }
    END { print "native (NMT, committed MiB): total " total ": " out }'
}
checkpoint() {
  local rss used committed meta
  rss=$(mib "$(rss_kib "$SERVER_PID")")
  read -r used committed meta < <(heap_after_gc)
  printf '%8s %9s %15s %16s %15s %18s\n' "$1" "$rss" "$used" "$committed" "$meta" "$2"
  if [ "${NMT:-0}" = 1 ]; then echo "         $(native_areas)"; fi
}
checkpoint 0 -
times=()
for i in $(seq 1 "$ROUNDS"); do
  before=$(live_version)
  start=$(date +%s%N)
  { cat "$WORK/original.drl"; echo "// memory round $i, $(date +%s%N)"; } > "$RULE.tmp" && mv "$RULE.tmp" "$RULE"
  while [ "$(live_version)" = "$before" ]; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 10000 ] || { echo "round $i: no reload within 10 s" >&2; exit 1; }
    sleep 0.01
  done
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  if [ $(( i % (ROUNDS / 4) )) -eq 0 ]; then
    checkpoint "$i" "$(median "${times[@]}")"
    times=()
  fi
done
echo "load average after: $(load_average)"
