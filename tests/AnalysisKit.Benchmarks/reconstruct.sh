#!/usr/bin/env bash
# Whole-process benchmark of the kaseb2021 reconstruction (issue target: under 60 s on 2 cores).
#
#   tests/AnalysisKit.Benchmarks/reconstruct.sh          # 3 runs, median reported
#   REPS=5 OUT=/tmp/bench tests/AnalysisKit.Benchmarks/reconstruct.sh
#
# Builds the CLI in Release, copies data/ to $OUT/data (default out/bench-reconstruct, which git
# ignores: the repository's data/ is never written), then runs
#   analysis-kit reconstruct --trial kaseb2021 --data $OUT/data
# as its own process under /usr/bin/time -v, process start to exit: loading the tables, the
# search, the fidelity table and writing ipd.csv and reconstruction.json. Each run's files must
# equal the committed ones byte for byte. Prints a Markdown table: median wall and CPU time
# (user + system) and the largest peak resident memory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$root/out/bench-reconstruct}"
reps="${REPS:-3}"
mkdir -p "$out"
# shellcheck source=timing.sh
source "$here/timing.sh"

dotnet build "$root/src/AnalysisKit.Cli/AnalysisKit.Cli.csproj" -c Release -nologo -v quiet >"$out/build.log" 2>&1 \
  || { cat "$out/build.log"; exit 1; }
cli="$root/src/AnalysisKit.Cli/bin/Release/net10.0/analysis-kit"

rm -f "$out/times"
for ((i = 1; i <= reps; i++)); do
  echo "reconstruct kaseb2021, run $i of $reps" >&2
  rm -rf "$out/data"
  cp -r "$root/data" "$out/data"
  timed "$out/times" "$out/run.out" "$cli" reconstruct --trial kaseb2021 --data "$out/data"
  for f in "$root"/data/trials/kaseb2021/ipd*.csv "$root/data/trials/kaseb2021/reconstruction.json"; do
    cmp -s "$f" "$out/data/trials/kaseb2021/$(basename "$f")" \
      || { echo "run $i: $(basename "$f") differs from the committed file" >&2; exit 1; }
  done
done

echo
echo "Machine: $(machine);" \
  ".NET $(dotnet --version); median of $reps runs, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| work | wall (s) | CPU (s) | peak RSS (MiB) | files identical to committed |"
echo "|---|---:|---:|---:|---|"
echo "| reconstruct kaseb2021 | $(median_of "$out/times" 1) | $(median_of "$out/times" 3) | $(peak_mib "$out/times") | yes |"
