#!/usr/bin/env bash
# The command line as a user feels it: wall time of whole commands, medians of interleaved runs,
# then the ratios.
#
#   benchmarks/cli.sh [--build] [--runs N] [--plans N]
#
# 1. `validate` of one plan (MAC 107): the launcher cli/target/kpi4j against `java -jar
#    cli/target/kpi4j.jar`. Aim: the launcher at least 1.8x faster.
# 2. `validate` of many plans (default 500 copies of the two bundled plans) in one invocation of
#    the launcher, against parsing the same files with Jackson's readTree in one JVM started the
#    same way (the launcher's JVM options, a class-data archive of its own made by an untimed
#    first run): io.github.kpi4j.benchmarks.JacksonParseFiles. Aim: at most 2x.
#
# --build    rebuild cli and benchmarks first (./mvnw -B -q -DskipTests package); they are built
#            anyway when missing
# --runs N   timed runs of each variant (default 11), interleaved so that a change of load hits
#            every variant alike
# --plans N  the number of plans of the second case (default 500)
#
# Every launcher run here uses an archive in a fresh temporary cache directory; the first run,
# which creates it, is timed once on its own and not counted in the medians. Output goes to
# /dev/null; each variant's exit status is checked against the first run's.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=cli/target/kpi4j
jar=cli/target/kpi4j.jar
bench=benchmarks/target/benchmarks.jar
runs=11
plans=500
build=false
while (($#)); do
  case $1 in
    --build) build=true ;;
    --runs) runs=$2; shift ;;
    --plans) plans=$2; shift ;;
    *) echo "usage: $0 [--build] [--runs N] [--plans N]" >&2; exit 2 ;;
  esac
  shift
done
if [[ $build == true || ! -x $launcher || ! -f $bench ]]; then
  echo "Building $launcher and $bench ..."
  ./mvnw -B -q -DskipTests package
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KPI4J_CACHE_DIR=$work/cache
plan=examples/plans/mac-107.json
mkdir "$work/plans"
for ((i = 0; i < plans; i++)); do
  if ((i % 2)); then src=examples/plans/mofa-107.json; else src=$plan; fi
  cp "$src" "$work/plans/plan-$i.json"
done
many=("$work"/plans/*.json)

# The JVM options the launcher starts its JVM with, for the baseline "started the same way".
opts=$(sed -n 's/^opts="\(-XX:[^"]*\)"$/\1/p' "$launcher")
[[ -n $opts ]] || { echo "cannot find the launcher's JVM options in $launcher" >&2; exit 1; }
# shellcheck disable=SC2206
opts=($opts)

now() { date +%s%N; }
declare -A times status
timed() { # name command...: one run, its wall time in ms appended to times[name]
  local name=$1 began ended rc=0
  shift
  began=$(now)
  "$@" </dev/null >/dev/null 2>&1 || rc=$?
  ended=$(now)
  times[$name]+=" $(((ended - began) / 1000000))"
  if [[ -z ${status[$name]:-} ]]; then
    status[$name]=$rc
  elif [[ ${status[$name]} != "$rc" ]]; then
    echo "$name: exit status $rc, was ${status[$name]}" >&2
    exit 1
  fi
}
median() { tr ' ' '\n' <<<"${times[$1]}" | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# The median of the ratios of runs made side by side, round by round: steadier than the ratio of
# two medians when the machine's load drifts during the script.
paired() { awk -v a="${times[$1]}" -v b="${times[$2]}" 'BEGIN {
  n = split(a, x, " "); split(b, y, " ")
  for (i = 1; i <= n; i++) r[i] = x[i] / y[i]
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
  printf "%.2f", r[int((n + 1) / 2)] }'; }

echo "Load before: $(uptime)"
echo "$(java -version 2>&1 | head -1); $(nproc) cores; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

timed first-launcher-run "$launcher" validate "$plan"
echo "First launcher run (runs the command, then writes the archive): ${times[first-launcher-run]# } ms"
# The baseline's archive is made the way the launcher makes its own: a class list from a first run,
# then a static dump of it.
timed jackson-training java "${opts[@]}" -XX:DumpLoadedClassList="$work/jackson.classlist" \
  -cp "$bench" io.github.kpi4j.benchmarks.JacksonParseFiles "${many[@]}"
java "${opts[@]}" -Xshare:dump -XX:SharedClassListFile="$work/jackson.classlist" \
  -XX:SharedArchiveFile="$work/jackson.jsa" -cp "$bench" >/dev/null 2>&1 ||
  { echo "cannot dump the baseline's archive" >&2; exit 1; }

for ((i = 0; i < runs; i++)); do
  timed java-jar java -jar "$jar" validate "$plan"
  timed launcher "$launcher" validate "$plan"
  timed launcher-many "$launcher" validate "${many[@]}"
  timed jackson-many java "${opts[@]}" -XX:SharedArchiveFile="$work/jackson.jsa" \
    -cp "$bench" io.github.kpi4j.benchmarks.JacksonParseFiles "${many[@]}"
  timed java-jar-many java -jar "$jar" validate "${many[@]}"
done
echo "Load after:  $(uptime)"
echo

for name in java-jar launcher launcher-many jackson-many java-jar-many; do
  printf '%-14s median %6s ms of %s runs:%s\n' "$name" "$(median $name)" "$runs" "${times[$name]}"
done
echo
single=$(ratio "$(median java-jar)" "$(median launcher)")
many_ratio=$(ratio "$(median launcher-many)" "$(median jackson-many)")
printf 'validate one plan: java -jar / launcher = %sx faster (aim >= 1.8x: %s; round by round: %sx)\n' \
  "$single" "$(awk -v r="$single" 'BEGIN {print (r >= 1.8) ? "met" : "missed"}')" \
  "$(paired java-jar launcher)"
printf 'validate %s plans: launcher / Jackson readTree in one JVM = %sx (aim <= 2x: %s; round by round: %sx)\n' \
  "$plans" "$many_ratio" "$(awk -v r="$many_ratio" 'BEGIN {print (r <= 2) ? "met" : "missed"}')" \
  "$(paired launcher-many jackson-many)"
printf 'validate %s plans: java -jar / launcher = %sx faster (no aim)\n' "$plans" \
  "$(ratio "$(median java-jar-many)" "$(median launcher-many)")"
