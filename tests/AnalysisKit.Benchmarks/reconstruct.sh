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

dotnet build "$root/src/AnalysisKit.Cli/AnalysisKit.Cli.csproj" -c Release -nologo -v quiet >"$out/build.log" 2>&1 \
  || { cat "$out/build.log"; exit 1; }
cli="$root/src/AnalysisKit.Cli/bin/Release/net10.0/analysis-kit"

rm -f "$out/times"
for ((i = 1; i <= reps; i++)); do
  echo "reconstruct kaseb2021, run $i of $reps" >&2
  rm -rf "$out/data"
  cp -r "$root/data" "$out/data"
  /usr/bin/time -v -o "$out/run.time" "$cli" reconstruct --trial kaseb2021 --data "$out/data" >"$out/run.out"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { kib = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.3f %d %.3f\n", s, kib, cpu }' "$out/run.time" >>"$out/times"
  for f in "$root"/data/trials/kaseb2021/ipd*.csv "$root/data/trials/kaseb2021/reconstruction.json"; do
    cmp -s "$f" "$out/data/trials/kaseb2021/$(basename "$f")" \
      || { echo "run $i: $(basename "$f") differs from the committed file" >&2; exit 1; }
  done
done

median_of() { awk -v c="$1" '{ print $c }' "$out/times" | sort -n | awk '{ s[NR] = $1 } END { print (NR % 2) ? s[(NR + 1) / 2] : (s[NR / 2] + s[NR / 2 + 1]) / 2 }'; }
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Machine: $(nproc) cores ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
  ".NET $(dotnet --version); median of $reps runs, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| work | wall (s) | CPU (s) | peak RSS (MiB) | files identical to committed |"
echo "|---|---:|---:|---:|---|"
echo "| reconstruct kaseb2021 | $(median_of 1) | $(median_of 3) | $(awk '$2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$out/times") | yes |"
