#!/usr/bin/env bash
# In-process figures, with JMH: one rule evaluation, the plan's evaluations alone and one whole
# answer (next, also, plan, drafts) per situation, side by side in one run, and a warm compile of
# rules/. Compiles the benchmarks (src/jmh/java, classes ending in Benchmark, with -Pbench), then runs JMH from
# the test classpath with modest settings (2 forks x 5 one-second iterations after 5 two-second
# ones of warm-up; about 7 minutes) and prints medians: the per-call median (p50) for evaluation,
# plan and answer, the median of the iterations for the compile, the answer/evaluation ratio and
# the plan's share of the answer. Extra arguments go to JMH (a name filter, -f 1 ...).
#   bench/jmh.sh                      all benchmarks
#   bench/jmh.sh EvaluationBenchmark  only those matching
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/jmh
mkdir -p "$OUT"
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" > "$OUT/build.log" 2>&1 \
  || { cat "$OUT/build.log"; exit 1; }
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# The benchmarks set the service's log levels themselves (src/jmh/java/com/followupadvisor/bench/ServiceLogging.java).
# JMH runs one benchmark at a time per machine (/tmp/jmh.lock): wait up to 5 minutes for another's.
for attempt in $(seq 1 30); do
  if java -cp "$CP" org.openjdk.jmh.Main ${JMH_OPTS:--f 2 -wi 5 -w 2s -i 5 -r 1s} \
      -rf json -rff "$OUT/result.json" "$@" > "$OUT/run.log" 2>&1; then
    break
  fi
  grep -q "Unable to acquire the JMH lock" "$OUT/run.log" && [ "$attempt" -lt 30 ] \
    || { tail -50 "$OUT/run.log"; exit 1; }
  echo "another JMH run holds /tmp/jmh.lock; waiting" >&2
  sleep 10
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$OUT/result.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))
p50 = {}
print(f"{'benchmark':<34} {'situation':<16} {'median':>12} {'p99':>12} {'samples':>9}")
for r in results:
    name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
    situation = r.get("params", {}).get("situation", "-")
    m = r["primaryMetric"]
    unit = m["scoreUnit"]
    if r["mode"] == "sample":
        median, p99 = m["scorePercentiles"]["50.0"], m["scorePercentiles"]["99.0"]
        samples = sum(c for fork in m["rawDataHistogram"] for it in fork for _, c in it)
    else:  # average time: the median of the iteration averages over all forks
        scores = [s for fork in m["rawData"] for s in fork]
        median, p99, samples = statistics.median(scores), float("nan"), len(scores)
    p50[(name.split(".")[-1], situation)] = median
    print(f"{name:<34} {situation:<16} {median:>9.2f} {unit.split('/')[0]:<2} {p99:>9.2f} {unit.split('/')[0]:<2} {samples:>9}")
for (bench, situation), value in sorted(p50.items()):
    if bench == "advise" and ("evaluate", situation) in p50:
        print(f"whole answer / one evaluation, {situation}: {value / p50[('evaluate', situation)]:.1f}x")
    if bench == "advise" and ("plan", situation) in p50:
        print(f"the plan's share of the whole answer, {situation}: {p50[('plan', situation)] / value:.0%}")
PY
echo "raw results: $OUT/result.json, log: $OUT/run.log"
