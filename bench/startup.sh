#!/usr/bin/env bash
# Start-up and the first saved rule change after it, for named sets of java -D options side by side.
# Each configuration NAME='OPTIONS' (OPTIONS may be empty) is started RUNS times, interleaved
# round-robin (run 1 of every configuration, then run 2 of every one, ...) so that the machine's
# load falls on all alike. Each run: copies rules/ to a fresh temporary folder (saves never touch
# the repository), starts the packaged jar (bench/lib.sh's LAUNCH_OPTS, then OPTIONS) with
# -Dadvisor.rules.dir=<the copy> and measures
#   start:  ms from launching java to the first correct answer (bench/lib.sh's first_correct_answer);
#   save:   right after that answer, as a rule author would, ms from saving a change to a rule file
#           (save_rule_change: a new rule set, the same advice) until the service answers with it;
#   steady: with STEADY_SAVES=N, N more saves (half a second apart) after that one, for the
#           configurations named in STEADY_FOR (space-separated; default: all): a reload in steady state.
# A save not live within 20 s counts as failed: "rejected" when the service reports that reload
# FAILED (GET /api/v1/rules: the previous set kept), else "timeout"; its run makes no more saves.
# OPTIONS that start with jar=PATH run that jar instead of target/quarkus-app/quarkus-run.jar (an
# older build, say: its folder is its working directory's sibling, as for a packaged service); each
# configuration also gets a working directory of its own, kept across its runs, so that a build that
# keeps anything there between starts (an older build's compiled-rules cache in target/rules-cache)
# starts with it empty in run 1 ("first start": a new container, as Kubernetes restarts a pod) and
# with it filled in runs 2..RUNS ("restart", their median: the same machine started again).
# Quarkus's own "started in" is taken from each run's log.
# Prints a line per run, then a table of the figures per configuration, with the load average
# before and after. The service is stopped without the production's 5 s shutdown delay
# (-Dquarkus.shutdown.delay=0S, which changes nothing measured here).
#   bench/startup.sh RUNS NAME='JAVA OPTIONS' [NAME='JAVA OPTIONS' ...]
#   bench/startup.sh 6 main= before='jar=/tmp/before/quarkus-app/quarkus-run.jar'
#   STEADY_SAVES=5 STEADY_FOR='main' bench/startup.sh 6 main=
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ $# -ge 2 ] && [[ $1 =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] || { sed -n '2,28p' "$0" >&2; exit 2; }
RUNS=$1; shift
STEADY_SAVES=${STEADY_SAVES:-0}
names=(); opts=()
for arg in "$@"; do
  [[ $arg == *=* ]] || { echo "not NAME='OPTIONS': $arg" >&2; exit 2; }
  names+=("${arg%%=*}"); opts+=("${arg#*=}")
done
package_if_missing
REPO=$PWD
WORK=$(mktemp -d)
trap 'stop_server; rm -rf "$WORK"' EXIT

steady_for() {
  [ "$STEADY_SAVES" -gt 0 ] || return 1
  [ -z "${STEADY_FOR:-}" ] && return 0
  [[ " $STEADY_FOR " == *" $1 "* ]]
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); LAUNCH_OPTS=$LAUNCH_OPTS"
echo "load average before: $(load_average)"
declare -A first_start first_save starts saves quarkus steady failed

# save LABEL: save_rule_change, or "rejected"/"timeout" (and status 1) when the change never went live.
save() {
  local ms
  if ms=$(save_rule_change "$WORK/rules" "$1" 2>/dev/null); then echo "$ms"; return 0; fi
  if curl -s --max-time 5 "http://127.0.0.1:$PORT/api/v1/rules" | grep -q '"lastReload":{"status":"FAILED"'; then
    echo rejected
  else
    echo timeout
  fi
  return 1
}
for run in $(seq 1 "$RUNS"); do
  for c in "${!names[@]}"; do
    name=${names[$c]}
    jar=$REPO/$JAR; o=${opts[$c]}
    if [[ $o == jar=* ]]; then first=${o%% *}; jar=$(realpath "${first#jar=}"); o=${o#"$first"}; fi
    # shellcheck disable=SC2206
    options=($o)
    rm -rf "$WORK/rules"; cp -r rules "$WORK/rules"
    mkdir -p "$WORK/cwd-$c"
    log="$WORK/$name-$run.log"
    PORT=$(free_port)
    start=$(date +%s%N)
    cd "$WORK/cwd-$c"
    JAR=$jar LAUNCH_OPTS=${LAUNCH_OPTS//@jvm.options/@$REPO/jvm.options} \
      start_server "$log" "${options[@]}" -Dadvisor.rules.dir="$WORK/rules" -Dquarkus.shutdown.delay=0S
    cd "$REPO"
    ms=$(first_correct_answer "$start" "$log") || { echo "$name run $run: no start" >&2; exit 1; }
    more=()
    if save=$(save "$name-$run") && steady_for "$name"; then
      for i in $(seq 1 "$STEADY_SAVES"); do
        sleep 0.5
        s=$(save "$name-$run-$i") || { more+=("$s"); break; }
        more+=("$s"); steady[$name]="${steady[$name]:-} $s"
      done
    fi
    stop_server
    for s in "$save" "${more[@]}"; do [[ $s =~ ^[0-9]+$ ]] || failed[$name]=$(( ${failed[$name]:-0} + 1 )); done
    qs=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$log" | head -1)
    qs_ms=$(awk -v s="${qs:-0}" 'BEGIN { printf "%d", s * 1000 }')
    loaded=$(sed -n 's/.*Loaded [0-9]* rules from .*(\(.*\))$/\1/p' "$log" | head -1)
    if [ "$run" = 1 ]; then
      first_start[$name]=$ms; first_save[$name]=$save
    else
      starts[$name]="${starts[$name]:-} $ms"; quarkus[$name]="${quarkus[$name]:-} $qs_ms"
      [[ $save =~ ^[0-9]+$ ]] && saves[$name]="${saves[$name]:-} $save"
    fi
    printf 'run %d %-12s start %5d ms  first save %8s%s  (Quarkus started in %s s; %s)\n' "$run" "$name" "$ms" \
      "$save$([[ $save =~ ^[0-9]+$ ]] && echo ' ms')" "${more[*]:+  then ${more[*]}}" "${qs:-?}" "${loaded:-?}"
  done
done
echo "load average after: $(load_average)"
echo
echo "ms; restart = median of runs 2..$RUNS [min-max]; first save = the first saved rule change after that start"
printf '%-12s %11s %19s %17s %11s %21s %14s\n' config "first start" "restart" "Quarkus restart" "first save" "first save, restart" "steady save"
for name in "${names[@]}"; do
  if [ "$RUNS" -ge 2 ]; then
    # shellcheck disable=SC2086
    rs="$(median ${starts[$name]}) [$(printf '%s\n' ${starts[$name]} | sort -g | head -1)-$(printf '%s\n' ${starts[$name]} | sort -g | tail -1)]"
    # shellcheck disable=SC2086
    rq=$(median ${quarkus[$name]})
    rsave=-
    # shellcheck disable=SC2086
    [ -n "${saves[$name]:-}" ] && rsave="$(median ${saves[$name]}) [$(printf '%s\n' ${saves[$name]} | sort -g | head -1)-$(printf '%s\n' ${saves[$name]} | sort -g | tail -1)]"
  else
    rs=-; rq=-; rsave=-
  fi
  st=-
  # shellcheck disable=SC2086
  [ -n "${steady[$name]:-}" ] && st="$(median ${steady[$name]}) (n=$(wc -w <<< "${steady[$name]}"))"
  printf '%-12s %11s %19s %17s %11s %21s %14s%s\n' "$name" "${first_start[$name]}" "$rs" "$rq" "${first_save[$name]}" "$rsave" "$st" \
    "${failed[$name]:+  (saves not live: ${failed[$name]})}"
done
