#!/usr/bin/env bash
# Whole-process benchmark of the `analysis-kit` command-line program against R's survival package.
#
#   tests/AnalysisKit.Benchmarks/run.sh              # 1e6 rows, 3 runs each, median reported
#   tests/AnalysisKit.Benchmarks/run.sh --with-1e7   # also 1e7 rows (slow: R needs minutes and GiBs)
#   REPS=5 SIZES="100000" OUT=/tmp/bench tests/AnalysisKit.Benchmarks/run.sh
#
# For each size it writes the synthetic trial (fixed seed, SyntheticTrial.cs) to $OUT (default
# out/bench, which git ignores), builds the CLI in Release, then runs each side as its own
# process under /usr/bin/time -v, timing everything from process start to exit:
#   km  - analysis-kit km FILE --time time --event status --group group --format json
#         (Kaplan-Meier curves by arm with medians and CIs, and the log-rank test of the arms)
#         against survfit(Surv(time, status) ~ group) and survdiff in bench.R
#   cox - analysis-kit cox FILE --time time --event status --covariates x1,x2,x3 --format json
#         (Efron ties, with the concordance) against coxph in bench.R
# It checks that the kit's answers agree with R's (1e-6 relative; CliSummary.cs reads the kit's
# JSON) and prints a Markdown table: median wall time and CPU time (user + system) with the
# kit/R ratios, and the largest peak resident memory over the runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$root/out/bench}"
reps="${REPS:-3}"
sizes="${SIZES:-1000000}"
if [[ "${1:-}" == "--with-1e7" ]]; then sizes="$sizes 10000000"; fi
mkdir -p "$out"

for project in "$root/src/AnalysisKit.Cli/AnalysisKit.Cli.csproj" "$here/AnalysisKit.Benchmarks.csproj"; do
  dotnet build "$project" -c Release -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
done
cli="$root/src/AnalysisKit.Cli/bin/Release/net10.0/analysis-kit"
tools="$here/bin/Release/net10.0/AnalysisKit.Benchmarks"
export EDITOR=vi

# shellcheck source=timing.sh
source "$here/timing.sh"

rows_md=()
for n in $sizes; do
  csv="$out/trial-$n.csv"
  "$tools" generate "$n" "$csv" >&2
  for work in km cox; do
    case "$work" in
      km) kit_args=(km "$csv" --time time --event status --group group --format json) ;;
      cox) kit_args=(cox "$csv" --time time --event status --covariates x1,x2,x3 --format json) ;;
    esac
    rm -f "$out/kit-$work-$n.times" "$out/r-$work-$n.times"
    for ((i = 1; i <= reps; i++)); do
      echo "rows $n, $work, run $i of $reps" >&2
      timed "$out/kit-$work-$n.times" "$out/kit-$work-$n.json" "$cli" "${kit_args[@]}"
      timed "$out/r-$work-$n.times" "$out/r-$work-$n.summary" Rscript "$here/bench.R" "$work" "$csv"
    done
    "$tools" summarize "$work" "$out/kit-$work-$n.json" >"$out/kit-$work-$n.summary"
    if "$tools" compare "$out/kit-$work-$n.summary" "$out/r-$work-$n.summary" >"$out/compare-$work-$n.txt"; then
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
