#!/usr/bin/env bash
# A fleet on one machine: three replicas of the packaged jar (launched as jvm.options says) behind
# HAProxy (Debian's, installed if missing) with active health checks on /q/health/ready, all on
# loopback. wrk drives POST /api/v1/next-action through HAProxy while, one phase after the other:
#   (0) nothing happens (the baseline);
#   (a) a new rules version is released to every replica by swapping a link to a shared folder,
#       atomically (as git-sync and a ConfigMap do); the script times how long until every replica
#       answers with the new version (once before the phase with no load, for comparison);
#   (b) the replicas are restarted one by one (SIGTERM, wait for the exit, start again, wait until
#       HAProxy sees it up);
#   (c) one replica is killed with SIGKILL and started again.
# Per phase: requests, non-2xx answers, socket errors (from wrk), p99, and HAProxy's own counts of
# retries and redispatches (requests it sent again to another replica after a connection failed or
# the replica vanished mid-request). Figures go to docs/performance.md ("A fleet behind HAProxy").
#   bench/fleet.sh                      # CONNECTIONS=16 WARMUP=20 BASELINE=10 RELEASE=20 KILL=30 (seconds)
#   KEEP=1 bench/fleet.sh               # keeps the logs (replicas, HAProxy, wrk) and names their folder
#   REPLICAS=2 bench/fleet.sh           # another number of replicas (at least 2)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
CONNECTIONS=${CONNECTIONS:-16}
BASELINE=${BASELINE:-10}
RELEASE=${RELEASE:-20}
KILL=${KILL:-30}
REPLICAS=${REPLICAS:-3}  # at least 2: (c) kills the second

for tool in haproxy wrk; do
  if ! command -v "$tool" > /dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" > /dev/null
  fi
done
package_if_missing

WORK=$(mktemp -d)
declare -a PIDS PORTS
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done
  [ -n "${HAPROXY_PID:-}" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# The shared rules folder: releases/r1 (a copy of rules/), and the link every replica reads through.
mkdir -p "$WORK/releases"
cp -R rules "$WORK/releases/r1"
ln -s releases/r1 "$WORK/rules"
write_post_lua "$WORK/post.lua"

for i in $(seq 0 $((REPLICAS - 1))); do PORTS[$i]=$(free_port); done
FRONT=$(free_port)
STATS=$WORK/haproxy.sock

start_replica() {
  local i=$1
  # shellcheck disable=SC2086
  java $LAUNCH_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${PORTS[$i]}" \
    -Dadvisor.rules.dir="$WORK/rules" -jar "$JAR" >> "$WORK/replica-$i.log" 2>&1 &
  PIDS[$i]=$!
}

# ready_at PORT: 0 when the replica on PORT says ready.
ready_at() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$1/q/health/ready")" = 200 ]
}

# haproxy_sees_up I: waits (90 s at most) until HAProxy's health check has the replica I up again.
haproxy_sees_up() {
  local i=$1 start=$SECONDS
  until echo "show stat" | socat - "UNIX-CONNECT:$STATS" 2>/dev/null | grep -q "^advisor,r$i,.*,UP,"; do
    [ $((SECONDS - start)) -lt 90 ] || { echo "replica $i not up in HAProxy within 90 s" >&2; tail -20 "$WORK/replica-$i.log" >&2; return 1; }
    sleep 0.1
  done
}


command -v socat > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq socat > /dev/null; }

for i in $(seq 0 $((REPLICAS - 1))); do start_replica "$i"; done
for i in $(seq 0 $((REPLICAS - 1))); do
  start=$SECONDS
  until ready_at "${PORTS[$i]}"; do
    [ $((SECONDS - start)) -lt 120 ] || { echo "replica $i did not start" >&2; cat "$WORK/replica-$i.log" >&2; exit 1; }
    sleep 0.2
  done
done

# HAProxy: round robin over the replicas, each checked every 500 ms on readiness (down after 2
# failed checks, up after 2 good ones). A POST is buffered whole, so that it can be sent again:
# the advice is a pure function of the body, so a request is safe to retry on another replica when
# the connection to one fails or it vanishes before answering (retry-on, redispatch). Not on a 503:
# a busy replica's 503 sent on to the others would multiply the load when the whole fleet is busy.
{
  cat <<EOF
global
  maxconn 4096
  stats socket $STATS mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  option http-buffer-request
  retries 3
  retry-on conn-failure empty-response response-timeout
  option redispatch 1
frontend fleet
  bind 127.0.0.1:$FRONT
  default_backend advisor
backend advisor
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
EOF
  for i in $(seq 0 $((REPLICAS - 1))); do echo "  server r$i 127.0.0.1:${PORTS[$i]} check"; done
} > "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for i in $(seq 0 $((REPLICAS - 1))); do haproxy_sees_up "$i"; done
URL="http://127.0.0.1:$FRONT/api/v1/next-action"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-20}"s -s "$WORK/post.lua" "$URL" > /dev/null  # warm-up (the JIT), not counted

# haproxy_counts: "retries redispatches" of the backend so far.
haproxy_counts() {
  echo "show stat" | socat - "UNIX-CONNECT:$STATS" | awk -F, '
    NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i } $1 == "advisor" && $2 == "BACKEND" { print $c["wretr"], $c["wredis"] }'
}

# phase NAME SECONDS: runs wrk for SECONDS in the background; the caller acts, then calls phase_end.
phase() {
  PHASE=$1
  read -r RETR0 REDIS0 < <(haproxy_counts)
  # a request waits up to 10 s before wrk counts it a timeout (its default, 2 s, counted slow answers as failures)
  wrk -t2 -c"$CONNECTIONS" -d"$2"s --timeout 10s --latency -s "$WORK/post.lua" "$URL" > "$WORK/wrk-$PHASE.out" 2>&1 &
  WRK_PID=$!
}
phase_end() {
  wait "$WRK_PID"
  read -r retr redis < <(haproxy_counts)
  awk -v phase="$PHASE" -v retr=$((retr - RETR0)) -v redis=$((redis - REDIS0)) -v extra="${1:-}" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / requests in / { n = $1 } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { non2xx = $NF }
    /Socket errors/ { gsub(",", ""); errors = $4 + $6 + $8 + $10; detail = sprintf(" (connect %d, read %d, write %d, timeout %d)", $4, $6, $8, $10) }
    END { printf "%-22s %8d requests %6d non-2xx %6d socket errors%s  p99 %7.1f ms  HAProxy retries %d, redispatches %d  %s\n",
          phase, n, non2xx, errors, detail, p99, retr, redis, extra }' "$WORK/wrk-$PHASE.out"
}

echo "Fleet: $REPLICAS replicas ($(nproc) cores, load $(load_average), $CONNECTIONS connections through HAProxy $(haproxy -v | head -1 | cut -d' ' -f3)), $(date -u +%FT%TZ)"

phase "(0) baseline" "$BASELINE"
phase_end

# release NAME: NAME is the live release with a comment added (a new version, the same advice),
# swapped in atomically; prints "ALL_MS EACH_MS..." once every replica answers with it (30 s at most).
LIVE=r1
release() {
  local name=$1 before swapped pending v all=0
  cp -R "$WORK/releases/$LIVE" "$WORK/releases/$name"
  echo "// release $name, $(date +%s%N)" >> "$WORK/releases/$name/keep-searching.drl"
  before=$(live_version "${PORTS[0]}")
  ln -s "releases/$name" "$WORK/rules.next" && mv -T "$WORK/rules.next" "$WORK/rules"
  LIVE=$name
  swapped=$(date +%s%N)
  local -a took
  for i in $(seq 0 $((REPLICAS - 1))); do took[$i]=; done
  while :; do
    pending=0
    for i in $(seq 0 $((REPLICAS - 1))); do
      if [ -z "${took[$i]}" ]; then
        v=$(live_version "${PORTS[$i]}")
        if [ -n "$v" ] && [ "$v" != "$before" ]; then took[$i]=$(( ($(date +%s%N) - swapped) / 1000000 )); else pending=1; fi
      fi
    done
    [ $pending = 0 ] && break
    [ $(( ($(date +%s%N) - swapped) / 1000000 )) -lt 30000 ] || { echo "not every replica took release $name within 30 s" >&2; break; }
    sleep 0.02
  done
  for t in "${took[@]}"; do [ -n "$t" ] && [ "$t" -gt "$all" ] && all=$t; done
  echo "$all ${took[*]}"
}

# (a) a release while no request comes, for comparison, then one under load.
read -r quiet_all quiet_each < <(release r2)
echo "(a) release, no load: every replica on the new version ${quiet_all} ms after the swap (each: ${quiet_each} ms)"
sleep 2
phase "(a) rules release" "$RELEASE"
sleep 5
read -r all each < <(release r3)
phase_end "every replica on the new version ${all} ms after the swap (each: ${each} ms)"

# (b) a rolling restart: each replica in turn gets SIGTERM, exits (readiness DOWN first, HAProxy
# stops sending it requests, then it finishes those it has), starts again and is seen up.
restart_seconds=$(( REPLICAS * 40 ))
phase "(b) rolling restart" "$restart_seconds"
sleep 3
rolled=$SECONDS
for i in $(seq 0 $((REPLICAS - 1))); do
  kill -TERM "${PIDS[$i]}"
  wait "${PIDS[$i]}" 2>/dev/null || true
  start_replica "$i"
  haproxy_sees_up "$i"
done
phase_end "all $REPLICAS restarted in $((SECONDS - rolled)) s"

# (c) one replica killed with SIGKILL mid-load, started again.
phase "(c) SIGKILL one" "$KILL"
sleep 5
kill -KILL "${PIDS[1]}"
wait "${PIDS[1]}" 2>/dev/null || true
killed=$SECONDS
sleep 3
start_replica 1
haproxy_sees_up 1
phase_end "replica r1 back in $((SECONDS - killed)) s"
