#!/usr/bin/env bash
# The peer comparison: the service's next-action decision in process, one thread, against the same
# decision as a GoRules ZEN graph (bench/zen/next-action.json, @gorules/zen-engine through Node),
# each from the same JSON states (bench/states/typical.json, and the states of rules/scenarios/
# that name no holidays). First checks that the two decide alike (next.action, next.dueFrom,
# next.dueBy) on those scenario states and POPULATION generated states without holidays; then runs
# ROUNDS rounds, each measuring both sides one after the other (ZEN first in odd rounds, ours first
# in even ones) so that both see the same load, and prints the medians over the rounds, the ratios
# and the load average. About two minutes a round on the 2-core machine.
#   bench/peer.sh            3 rounds
#   bench/peer.sh 5          5 rounds
#   POPULATION=5000 SEED=7 bench/peer.sh    a larger agreement check, other states
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
POPULATION=${POPULATION:-2000}
SEED=${SEED:-20261124}
OUT=target/peer
mkdir -p "$OUT"
rm -f "$OUT"/jmh-*.json "$OUT"/zen-*.jsonl "$OUT"/rounds.txt

# npm ci wants every platform's optional package of zen-engine in the lock; the registry this
# machine reaches serves only Linux x64's, so the lock holds those, and npm ci refuses it on a fresh
# clone. npm install takes the same pinned versions from package.json and the lock, and adds only
# this platform's package.
[ -d bench/zen/node_modules/@gorules/zen-engine ] \
  || (cd bench/zen && npm install --no-audit --no-fund --no-save --loglevel=error) > "$OUT/npm.log" 2>&1 \
  || { cat "$OUT/npm.log"; exit 1; }
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" > "$OUT/build.log" 2>&1 \
  || { cat "$OUT/build.log"; exit 1; }
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); $(java -version 2>&1 | head -1);" \
  "node $(node --version), @gorules/zen-engine $(node -p "require('./bench/zen/node_modules/@gorules/zen-engine/package.json').version")"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== agreement (states without holidays: both sides leave holidays out) =="
java -cp "$CP" com.followupadvisor.bench.PeerDecisions "$OUT/decisions.jsonl" "$POPULATION" "$SEED" 2>/dev/null
AGREED=yes
node bench/zen/zen-peer.mjs agree "$OUT/decisions.jsonl" | tee "$OUT/agreement.txt" || AGREED=no

zen() {
  for states in typical scenarios; do
    node bench/zen/zen-peer.mjs bench "$states" 3 3 1 >> "$OUT/zen-$1.jsonl"
  done
}
# All four (next only and whole answer, typical and scenario states) in one JVM (-f 0), warmed up
# together first (-wm BULK: 5 x 4 s each, 80 s in all), then each measured for 3 one-second
# iterations: on this loaded machine the JIT needs 30 to 40 s of the rules running before they reach
# their steady speed, and a fork per benchmark would pay that four times a round.
# JMH runs one benchmark at a time per machine (/tmp/jmh.lock): wait up to 5 minutes for another's.
ours() {
  for attempt in $(seq 1 30); do
    if java -cp "$CP" org.openjdk.jmh.Main 'PeerBenchmark' -f 0 -wm BULK -wi 5 -w 4s -i 3 -r 1s \
        -rf json -rff "$OUT/jmh-$1.json" > "$OUT/jmh-$1.log" 2>&1; then
      return 0
    fi
    grep -q "Unable to acquire the JMH lock" "$OUT/jmh-$1.log" && [ "$attempt" -lt 30 ] \
      || { tail -30 "$OUT/jmh-$1.log"; exit 1; }
    echo "another JMH run holds /tmp/jmh.lock; waiting" >&2
    sleep 10
  done
}

echo "== throughput, $ROUNDS rounds =="
for round in $(seq 1 "$ROUNDS"); do
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date -u +%H:%M:%S)
  if [ $((round % 2)) -eq 1 ]; then zen "$round"; ours "$round"; else ours "$round"; zen "$round"; fi
  echo "$round $start $(date -u +%H:%M:%S) $before | $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/rounds.txt"
done

python3 - "$OUT" "$ROUNDS" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
med = lambda xs: statistics.median(xs)
rows = {}   # (label, states) -> [round medians]
engine = {}  # states -> [ZEN's own median time per evaluation, µs]
cpu = {}
for r in range(1, rounds + 1):
    for line in open(f"{out}/zen-{r}.jsonl"):
        z = json.loads(line)
        rows.setdefault(("ZEN graph (next only)", z["states"]), []).append(z["median"])
        engine.setdefault(z["states"], []).append(z["engineMicrosMedian"])
        cpu.setdefault(z["states"], []).append(z["cpuPerWall"])
    for b in json.load(open(f"{out}/jmh-{r}.json")):
        name = {"nextOnly": "ours, next only (one evaluation)", "wholeAnswer": "ours, whole answer"}[b["benchmark"].rsplit(".", 1)[1]]
        scores = [s for fork in b["primaryMetric"]["rawData"] for s in fork]
        rows.setdefault((name, b["params"]["states"]), []).append(med(scores))
print(f"\n{'evaluations a second, one thread':<36} {'states':<10} {'median':>9}   per round")
for (label, states), xs in sorted(rows.items(), key=lambda kv: (kv[0][1] != "typical", kv[0][1], kv[0][0])):
    print(f"{label:<36} {states:<10} {med(xs):>9,.0f}   {' '.join(f'{x:,.0f}' for x in xs)}")
for states in ("typical", "scenarios"):
    zen = rows[("ZEN graph (next only)", states)]
    for label in ("ours, next only (one evaluation)", "ours, whole answer"):
        ours = rows[(label, states)]
        ratios = [o / z for o, z in zip(ours, zen)]
        print(f"{states:<10} {label} / ZEN: {med(ratios):.2f}x (median of the per-round ratios: {' '.join(f'{x:.2f}' for x in ratios)})")
    print(f"{states:<10} ZEN's own time per evaluation (its 'performance' field, median): {med(engine[states]):.1f} µs;"
          f" Node process CPU / wall while measuring: {med(cpu[states]):.2f}")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rounds (start, end UTC, load before | after): $OUT/rounds.txt; raw: $OUT/jmh-*.json, $OUT/zen-*.jsonl"
[ "$AGREED" = yes ] || echo "NOTE: the two sides disagree on some states (above): the figures compare different decisions there"
