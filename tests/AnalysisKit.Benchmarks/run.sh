#!/usr/bin/env bash
# Whole-process benchmark of AnalysisKit's survival engine against R's survival package.
#
#   tests/AnalysisKit.Benchmarks/run.sh            # 1e5 and 1e6 rows, 3 runs each, median reported
#   REPS=5 SIZES="100000" OUT=/tmp/bench tests/AnalysisKit.Benchmarks/run.sh
#
# For each size it writes the synthetic trial (fixed seed) to $OUT (default out/bench, which
# git ignores), builds the kit in Release, then runs each side as its own process under
# /usr/bin/time -v, timing everything from process start to exit: reading the CSV and
#   km  - Kaplan-Meier curves by group with medians, and the log-rank test
#   cox - Cox model on x1 + x2 + x3, Efron ties (with the concordance coxph computes)
# It checks that the kit's summary agrees with R's (1e-6 relative) and prints a Markdown
# table: median wall time and CPU time (user + system) with the kit/R ratios, and the largest
# peak resident memory over the runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$root/out/bench}"
reps="${REPS:-3}"
sizes="${SIZES:-100000 1000000}"
mkdir -p "$out"

dotnet build "$here/AnalysisKit.Benchmarks.csproj" -c Release -nologo -v quiet >"$out/build.log" 2>&1 \
  || { cat "$out/build.log"; exit 1; }
kit="$here/bin/Release/net10.0/AnalysisKit.Benchmarks"
export EDITOR=vi

# shellcheck source=timing.sh
source "$here/timing.sh"

rows_md=()
for n in $sizes; do
  csv="$out/trial-$n.csv"
  "$kit" generate "$n" "$csv" >&2
  for work in km cox; do
    rm -f "$out/kit-$work-$n.times" "$out/r-$work-$n.times"
    for ((i = 1; i <= reps; i++)); do
      echo "rows $n, $work, run $i of $reps" >&2
      timed "$out/kit-$work-$n.times" "$out/kit-$work-$n.summary" "$kit" "$work" "$csv"
      timed "$out/r-$work-$n.times" "$out/r-$work-$n.summary" Rscript "$here/bench.R" "$work" "$csv"
    done
    if "$kit" compare "$out/kit-$work-$n.summary" "$out/r-$work-$n.summary" >"$out/compare-$work-$n.txt"; then
      agree="yes"
    else
      agree="NO (see $out/compare-$work-$n.txt)"
      cat "$out/compare-$work-$n.txt" >&2
    fi
    kt=$(median_of "$out/kit-$work-$n.times" 1)
    rt=$(median_of "$out/r-$work-$n.times" 1)
    kc=$(median_of "$out/kit-$work-$n.times" 3)
    rc=$(median_of "$out/r-$work-$n.times" 3)
    ratio=$(awk -v k="$kt" -v r="$rt" 'BEGIN { printf "%.2f", k / r }')
    cpu_ratio=$(awk -v k="$kc" -v r="$rc" 'BEGIN { printf "%.2f", k / r }')
    rows_md+=("| $n | $work | $kt | $rt | **$ratio** | $kc | $rc | $cpu_ratio | $(peak_mib "$out/kit-$work-$n.times") | $(peak_mib "$out/r-$work-$n.times") | $agree |")
  done
done

r_version=$(Rscript -e 'cat(R.version$major, ".", R.version$minor, sep = "")')
survival_version=$(Rscript -e 'cat(as.character(packageVersion("survival")))')
echo
echo "Machine: $(machine);" \
  ".NET $(dotnet --version), R $r_version, survival $survival_version; median of $reps runs," \
  "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| rows | work | kit wall (s) | R wall (s) | kit / R wall | kit CPU (s) | R CPU (s) | kit / R CPU | kit peak RSS (MiB) | R peak RSS (MiB) | same answers |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${rows_md[@]}"
