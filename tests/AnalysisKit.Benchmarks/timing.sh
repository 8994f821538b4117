# Helpers shared by the whole-process benchmarks run.sh and reconstruct.sh (sourced, not run).

# timed TIMES OUTPUT COMMAND...: runs COMMAND once under /usr/bin/time -v with its standard output
# in OUTPUT, and appends "wall-seconds peak-KiB cpu-seconds" (cpu = user + system) to TIMES.
timed() {
  local times="$1" output="$2"; shift 2
  /usr/bin/time -v -o "$times.time" "$@" >"$output"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { kib = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.3f %d %.3f\n", s, kib, cpu }' "$times.time" >>"$times"
}

# median_of TIMES COLUMN: the median of one column of a TIMES file (1 wall, 3 CPU).
median_of() { awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '{ s[NR] = $1 } END { print (NR % 2) ? s[(NR + 1) / 2] : (s[NR / 2] + s[NR / 2 + 1]) / 2 }'; }

# peak_mib TIMES: the largest peak resident memory of a TIMES file, in MiB.
peak_mib() { awk '$2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$1"; }

# machine: "2 cores (model name), 8 GiB".
machine() {
  echo "$(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
}
