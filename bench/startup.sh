#!/usr/bin/env bash
# Start-up: from `java -jar target/quarkus-app/quarkus-run.jar` to the first correct answer.
# N times: starts the packaged service on a free loopback port and polls POST /api/v1/next-action
# with the typical state (which has an asOf) every 20 ms until it answers 200 with next.action
# FOLLOW_UP (bench/lib.sh's first_correct_answer); prints each time (with Quarkus's own "started in", and the time the first request
# took, from the access log) and the median. Each start is
# capped at 60 s.
#   bench/startup.sh [runs]       (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-5}
package_if_missing
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores; load average before: $(load_average)"
times=()
for i in $(seq 1 "$RUNS"); do
  PORT=$(free_port)
  start=$(date +%s%N)
  start_server "$WORK/server-$i.log"
  ms=$(first_correct_answer "$start" "$WORK/server-$i.log") || { echo "run $i failed" >&2; exit 1; }
  times+=("$ms")
  quarkus=$(sed -n 's/.*started in \([0-9.]*s\).*/\1/p' "$WORK/server-$i.log" | head -1)
  first=$(sed -n 's/.*"POST \/api\/v1\/next-action HTTP\/1.1" 200 [0-9]* \([0-9]*ms\).*/\1/p' "$WORK/server-$i.log" | head -1)
  echo "run $i: first correct answer after $ms ms (Quarkus says started in ${quarkus:-?}; the first request itself took ${first:-?})"
  stop_server
done
echo "median $(median "${times[@]}") ms over $RUNS runs (target: under 2000 ms); load average after: $(load_average)"
