#!/usr/bin/env bash
# The README's example answered in process (JMH), this tree against an earlier commit, interleaved
# round by round so that both see the same machine: here ReadmeAnswerBenchmark (the example as a
# contract 2.0 history, and as its 1.1 snapshot), there EvaluationBenchmark.advise for followUpDue
# (the same application as a 1.1 state, answered before contract 2.0). BEFORE defaults to
# 4255b2f, the last commit before contract 2.0; it is checked out in a temporary worktree.
#   bench/answer-side-by-side.sh [BEFORE]        ROUNDS=3 by default; about 90 s a round
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:-4255b2f}
ROUNDS=${ROUNDS:-3}
OPTS="-f 1 -wi 8 -w 2s -i 8 -r 1s"
OUT=target/jmh/side-by-side
mkdir -p "$OUT"
THERE="${TMPDIR:-/tmp}/advisor-before-$BEFORE"
[ -d "$THERE" ] || git worktree add --detach "$THERE" "$BEFORE" > /dev/null
# 4255b2f's plan benchmark had not compiled since the watchdog moved into the advisor (fixed after
# it): the same one-line fix there, so that its benchmarks compile
sed -i 's/Planner.plan(rules, state, now, ShippedRules.TIME_LIMIT)/Planner.plan(rules, state, now, ShippedRules.WATCHDOG, ShippedRules.TIME_LIMIT)/' \
  "$THERE/src/jmh/java/com/followupadvisor/advising/EvaluationBenchmark.java"
build() {
  (cd "$1" && ./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh/classpath.txt > "$OLDPWD/$OUT/build.log" 2>&1) \
    || { cat "$OUT/build.log"; exit 1; }
}
build "$THERE"
build .
run() { # where, result file, JMH arguments
  (cd "$1" && java -cp "target/test-classes:target/classes:$(cat target/jmh/classpath.txt)" org.openjdk.jmh.Main \
    $OPTS -rf json -rff "$2" "${@:3}" > "$2.log" 2>&1) || { tail -30 "$2.log"; exit 1; }
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for round in $(seq 1 "$ROUNDS"); do
  run "$THERE" "$PWD/$OUT/before-$round.json" EvaluationBenchmark.advise -p situation=followUpDue
  run . "$PWD/$OUT/now-$round.json" ReadmeAnswerBenchmark
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$OUT" "$ROUNDS" "$BEFORE" <<'PY'
import json, statistics, sys
out, rounds, before = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = {}
for r in range(1, rounds + 1):
    for name, file in ((f"{before}: 1.1 state, advise", f"before-{r}.json"), (None, f"now-{r}.json")):
        for result in json.load(open(f"{out}/{file}")):
            label = name or "now: " + {"history": "2.0 history", "snapshot": "1.1 snapshot"}[result["benchmark"].rsplit(".", 1)[-1]]
            rows.setdefault(label, []).append(result["primaryMetric"]["scorePercentiles"]["50.0"])
print(f"{'the README example, whole answer':<40} {'median per round (µs)':<30} {'median':>8}")
for label, medians in rows.items():
    print(f"{label:<40} {' '.join(f'{m:7.1f}' for m in medians):<30} {statistics.median(medians):8.1f}")
PY
