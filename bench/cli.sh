#!/usr/bin/env bash
# Times `asylon assess` on one documented case, wall-clock including JVM start, as a user runs it
# through the launcher (class-data archive and knowledge snapshot kept from the first run), and
# the same command with the knowledge base loaded and checked in full (no snapshot) for comparison.
# Usage: bench/cli.sh [RUNS] [CASE]   (default: 7 runs, de-bamf-phone-data-extraction)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-7}"
case_file="knowledge/cases/${2:-de-bamf-phone-data-extraction}.yaml"
./asylon --version > /dev/null   # builds the jar, the archive and the snapshot when missing

seconds() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_runs() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(seconds)
    "$@" > /dev/null
    end=$(seconds)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')")
  done
  printf '%s: %s s; median %.2f s\n' "$label" "${times[*]}" "$(printf '%s\n' "${times[@]}" | median)"
}

full_load=(java -XX:SharedArchiveFile=app/target/asylon-assessments.jsa -Xlog:cds=off -Xlog:cds+dynamic=off
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dasylon.knowledge=knowledge -jar app/target/asylon.jar)

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
time_runs "assess (launcher)" ./asylon assess "$case_file"
time_runs "assess, knowledge loaded in full" "${full_load[@]}" assess "$case_file"
time_runs "--version" ./asylon --version
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
