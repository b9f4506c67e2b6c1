#!/usr/bin/env bash
# How long from a release that replaces the rules folder to the service answering with it.
# Starts the packaged service on a copy of rules/ laid out as the release method leaves it, then N
# times: makes a new copy with a comment appended to a rule file (a new rule set version), releases
# it, and polls GET /api/v1/rules until the new version is served. Prints each time and the median.
# Then drops a 200 MiB (sparse) template into the folder and prints the service's resident size
# before and after the reload refuses it. Loopback only; bounded by N and a 10 s cap per round.
#   bench/release.sh [configmap|link|mv] [rounds]      (default configmap 10)
#     configmap  a Kubernetes ConfigMap volume: ..data -> ..<stamp>/, each entry a link through
#                ..data; a release is a new ..<stamp>/ and ..data swapped to it (rename(2) of a new link)
#     link       git-sync: advisor.rules.dir is a link, swapped to a new worktree the same way
#     mv         mv rules rules.old; mv rules.new rules
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
MODE=${1:-configmap}
ROUNDS=${2:-10}
package_if_missing
WORK=$(mktemp -d)
PORT=$(free_port)
trap 'stop_server; rm -rf "$WORK"' EXIT

# new_copy DIR ROUND: a copy of rules/ whose version differs in each round
new_copy() {
  cp -r rules "$1"
  echo "// release round $2, $(date +%s%N)" >> "$1/keep-searching.drl"
}
swap_link() { ln -s "$2" "$1.tmp" && mv -T "$1.tmp" "$1"; }

case "$MODE" in
  configmap)
    DIR="$WORK/mount"; mkdir "$DIR"; new_copy "$DIR/..v0" 0; ln -s ..v0 "$DIR/..data"
    for entry in "$DIR"/..v0/*; do ln -s "..data/$(basename "$entry")" "$DIR/$(basename "$entry")"; done
    release() { new_copy "$DIR/..v$1" "$1"; old=$(readlink "$DIR/..data"); swap_link "$DIR/..data" "..v$1"; rm -rf "${DIR:?}/$old"; }
    current() { echo "$DIR/$(readlink "$DIR/..data")"; } ;;
  link)
    DIR="$WORK/rules"; new_copy "$WORK/worktree-0" 0; ln -s worktree-0 "$DIR"
    release() { new_copy "$WORK/worktree-$1" "$1"; swap_link "$DIR" "worktree-$1"; }
    current() { echo "$WORK/$(readlink "$DIR")"; } ;;
  mv)
    DIR="$WORK/rules"; new_copy "$DIR" 0
    release() { new_copy "$WORK/rules.new" "$1"; rm -rf "$WORK/rules.old"; mv "$DIR" "$WORK/rules.old"; mv "$WORK/rules.new" "$DIR"; }
    current() { echo "$DIR"; } ;;
  *) echo "usage: bench/release.sh [configmap|link|mv] [rounds]" >&2; exit 2 ;;
esac

echo "machine: $(nproc) cores; load average before: $(load_average); release by $MODE"
start_server "$WORK/server.log" -Dadvisor.rules.dir="$DIR" -Dquarkus.log.level=WARN
wait_for_answer
rules_json() { curl -s --max-time 5 "http://127.0.0.1:$PORT/api/v1/rules"; }
version() { rules_json | sed -n 's/^{"version":"\([0-9a-f]*\)".*/\1/p'; }
times=()
for i in $(seq 1 "$ROUNDS"); do
  before=$(version)
  start=$(date +%s%N)
  release "$i"
  while [ "$(version)" = "$before" ]; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 10000 ] || { echo "round $i: the release did not answer within 10 s" >&2; exit 1; }
  done
  times+=("$(( ($(date +%s%N) - start) / 1000000 ))")
  sleep 0.2
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "release-to-answer (ms), $ROUNDS rounds: ${times[*]}"
echo "median $(median "${times[@]}") ms, min ${sorted[0]} ms, max ${sorted[$(( ROUNDS - 1 ))]} ms; load average after: $(load_average)"

rss_before=$(rss_kib "$SERVER_PID")
truncate -s 200M "$(current)/wording/en/huge.txt"
start=$SECONDS
until rules_json | grep -q '"status":"FAILED"'; do
  [ $((SECONDS - start)) -lt 10 ] || { echo "the 200 MiB template was not reported within 10 s" >&2; exit 1; }
  sleep 0.1
done
echo "200 MiB template: $(rules_json | sed -n 's/.*"text":"\([^"]*\)".*/\1/p')"
echo "resident size before it: $((rss_before / 1024)) MiB; after the reload refused it: $(( $(rss_kib "$SERVER_PID") / 1024 )) MiB"
