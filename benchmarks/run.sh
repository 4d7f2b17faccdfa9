#!/usr/bin/env bash
# A short pass of every comparison (about three minutes on a quiet 2-core machine), then
# each kpi4j-to-baseline ratio.
#
#   benchmarks/run.sh [--build] [--with-rules]
#
# --build        rebuild the jar first (`./mvnw -B -q -DskipTests -pl benchmarks -am package`,
#                about a minute more); the jar is built anyway when it is missing
# --with-rules   also time each validation rule alone on a 1k-KPI plan (about a minute more)
#
# Results: benchmarks/target/results/*.json (JMH's JSON), ratios.txt, table.md, load.txt, and the
# same ratios by each benchmark's fastest iteration: ratios-fastest.txt, table-fastest.md.
# A short pass is indicative: for steadier numbers run benchmarks.jar with its defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
build=false
rules=false
for arg in "$@"; do
  case $arg in
    --build) build=true ;;
    --with-rules) rules=true ;;
    *) echo "usage: $0 [--build] [--with-rules]" >&2; exit 2 ;;
  esac
done

if [[ ! -f $jar || $build == true ]]; then
  echo "Building $jar ..."
  ./mvnw -B -q -DskipTests -pl benchmarks -am package
fi
rm -rf "$out"
mkdir -p "$out"

jmh() { # name, then JMH arguments
  local name=$1
  shift
  echo "== $name"
  local began=$SECONDS
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" >"$out/$name.log" 2>&1 ||
    { tail -40 "$out/$name.log"; exit 1; }
  grep -E '^(Formula|PlanRead|PlanRule)Benchmark\.' "$out/$name.log" || true
  echo "($name: $((SECONDS - began)) s)"
}

echo "Load before: $(uptime)" | tee "$out/load.txt"
start=$SECONDS
jmh formula FormulaBenchmark -f 1 -wi 2 -w 500ms -i 3 -r 500ms
jmh read-small PlanReadBenchmark -p plan=mac-107,synthetic-1k -f 1 -wi 3 -w 1s -i 3 -r 1s
jmh read-10k PlanReadBenchmark -p plan=synthetic-10k -f 1 -wi 2 -w 1s -i 3 -r 1s
jmh read-100k PlanReadBenchmark -p plan=synthetic-100k -f 1 -wi 1 -w 1s -i 2 -r 1s
if [[ $rules == true ]]; then
  jmh rules PlanRuleBenchmark -f 1 -wi 2 -w 500ms -i 3 -r 500ms
fi
echo "Load after: $(uptime)" | tee -a "$out/load.txt"
echo "Benchmarks took $((SECONDS - start)) s."
echo
python3 benchmarks/ratios.py "$out"/*.json | tee "$out/ratios.txt"
python3 benchmarks/ratios.py --markdown "$out"/*.json >"$out/table.md"
# On a machine that other work shares, the means follow its stalls: the fastest iterations too.
echo
echo "By each benchmark's fastest iteration:"
python3 benchmarks/ratios.py --fastest "$out"/*.json | tee "$out/ratios-fastest.txt"
python3 benchmarks/ratios.py --markdown --fastest "$out"/*.json >"$out/table-fastest.md"
