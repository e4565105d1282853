#!/usr/bin/env bash
# Benchmarks `asylon audit` against a bare DuckDB GROUP BY that produces the same counts (the same
# group, decision, label, score-band and month cells), on the same data as CSV and as Parquet, in
# one run. Also reports Asylon's peak heap, which must not grow with the number of rows.
# Also times the older Kogito explainability-core fairness metrics on the same files, as a peer
# (bench/kogito, a Maven project outside the reactor; AUDIT_BENCH_KOGITO=0 skips it, its heap is
# AUDIT_BENCH_KOGITO_HEAP, default -Xmx16g), and checks that its values agree with Asylon's report.
# Usage: bench/audit.sh [ROWS...]   (default: 1000000 10000000); figures go in docs/audit.md.
set -euo pipefail
cd "$(dirname "$0")/.."

rows_list=("$@")
if [ ${#rows_list[@]} -eq 0 ]; then
  rows_list=(1000000 10000000)
fi
runs="${AUDIT_BENCH_RUNS:-3}"
work="${AUDIT_BENCH_DIR:-target/audit-bench}"
mkdir -p "$work"

./mvnw -q -B -DskipTests -pl app -am package
jar=app/target/asylon.jar
# Asylon is timed as users run it, through the launcher and its settings for audits (the first
# audit makes the launcher's class-data archive for audits, so one runs before the timing).
# The baseline uses DuckDB's driver as published, which unpacks its native library on every start;
# Asylon's lib/ holds the driver with the library already unpacked beside it (ADR 17). The line
# "bare process, library unpacked" times the baseline in that layout too.
duckdb_version="$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' pom.xml)"
./mvnw -q -B -N dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" -DoutputDirectory="$work/published" > /dev/null
duckdb_jar="$work/published/duckdb_jdbc-$duckdb_version.jar"
unpacked_jar="$(ls app/target/lib/duckdb_jdbc-*.jar)"

# The baseline: one plain query, typed by DuckDB's own detection, no checks, no statistics.
cat > "$work/BareGroupBy.java" <<'EOF'
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

public class BareGroupBy {
    public static void main(String[] args) throws Exception {
        String file = args[0].replace("'", "''");
        String relation = file.endsWith(".parquet") ? "read_parquet('" + file + "')" : "read_csv('" + file + "')";
        String sql = "SELECT nationality, sex, recommendation, outcome, (risk_score < 0.5)::INTEGER AS band,"
                + " time_bucket(INTERVAL '1 months', CAST(decided_at AS TIMESTAMP)) AS month, count(*)"
                + " FROM " + relation + " GROUP BY ALL";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            long cells = 0;
            long total = 0;
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    cells++;
                    total += rows.getLong(7);
                }
            }
            System.out.printf("%d cells, %d rows, query %.2f s%n", cells, total, (System.nanoTime() - start) / 1e9);
        }
    }
}
EOF
javac -cp "$duckdb_jar" -d "$work" "$work/BareGroupBy.java"

seconds() { date +%s.%N; }

kogito="${AUDIT_BENCH_KOGITO:-1}"
kogito_heap="${AUDIT_BENCH_KOGITO_HEAP:--Xmx16g}"
kogito_rows=()
if [ "$kogito" != 0 ]; then
  if ! ./mvnw -q -B -f bench/kogito/pom.xml package > "$work/kogito-build.log" 2>&1; then
    kogito=0
    kogito_note="The Kogito peer could not be built (org.kie.kogito:explainability-core not resolved?); see $work/kogito-build.log."
  fi
fi

# Kogito keeps every row in memory as objects; an out-of-memory error is a line of the table, not a failure.
kogito_run() {
  local file="$1" rows="$2" start status
  start=$(seconds)
  # Its own temporary directory: a JVM ended by an out-of-memory error leaves DuckDB's unpacked native library (60 MB) behind.
  mkdir -p "$work/kogito-tmp"
  set +e
  java "$kogito_heap" -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir="$work/kogito-tmp" \
    -cp "bench/kogito/target/classes:bench/kogito/target/lib/*" \
    org.asylon.bench.kogito.KogitoFairness "$file" "$work/audit.json" > "$work/kogito.out" 2> "$work/kogito.err"
  status=$?
  set -e
  rm -rf "$work/kogito-tmp"
  local elapsed
  elapsed=$(awk -v a="$(seconds)" -v b="$start" 'BEGIN {print a - b}')
  if grep -q OutOfMemoryError "$work/kogito.err" "$work/kogito.out"; then
    kogito_rows+=("| $rows | ${file##*.} | out of memory at $rows rows ($kogito_heap) | | | | | $(printf '%.2f' "$elapsed") | | |")
  elif [ "$status" -ne 0 ]; then
    kogito_rows+=("| $rows | ${file##*.} | failed (exit $status, see $work/kogito.err) | | | | | | | |")
  else
    field() { sed -n "s/^$1 \([0-9.]*\) .*/\1/p" "$work/kogito.out"; }
    kogito_rows+=("| $rows | ${file##*.} | $(field load) | $(field 'metric statistical-parity-difference') | $(field 'metric disparate-impact-ratio') | $(field 'metric average-odds-difference') | $(field 'metric average-predictive-value-difference') | $(printf '%.2f' "$elapsed") | $(sed -n 's/^peak heap \(.*\)/\1/p' "$work/kogito.out") | $(sed -n 's/^check \(agrees\|failed\).*/\1/p' "$work/kogito.out") |")
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

audit() {
  ./asylon audit "$1" --group nationality,sex --decision recommendation --favourable release \
    --label outcome --label-favourable complied --score risk_score --threshold 0.5 --score-favourable low \
    --time decided_at --window P1M --format json --out "$work/audit.json" --no-progress --stats
}
elapsed() { awk -v a="$(seconds)" -v b="$1" 'BEGIN {print a - b}'; }

for rows in "${rows_list[@]}"; do
  [ -f "$work/decisions-$rows.csv" ] || java -jar "$jar" sample-data --rows "$rows" --seed 1 --out "$work/decisions-$rows.csv"
  [ -f "$work/decisions-$rows.parquet" ] ||
    java -jar "$jar" sample-data --rows "$rows" --seed 1 --format parquet --out "$work/decisions-$rows.parquet"
done
audit "$work/decisions-${rows_list[0]}.csv" 2> /dev/null

echo "| rows | format | bare process (s) | asylon process (s) | ratio | bare query (s) | asylon pass (s) | ratio | asylon peak heap | bare process, library unpacked (s) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for rows in "${rows_list[@]}"; do
  for file in "$work/decisions-$rows.csv" "$work/decisions-$rows.parquet"; do
    bare_times=()
    unpacked_times=()
    audit_times=()
    bare_queries=()
    audit_passes=()
    heap=""
    for _ in $(seq "$runs"); do
      start=$(seconds)
      java -cp "$work:$duckdb_jar" BareGroupBy "$file" > "$work/bare.out"
      bare_times+=("$(elapsed "$start")")
      bare_queries+=("$(sed -n 's/.*query \([0-9.]*\) s.*/\1/p' "$work/bare.out")")
      start=$(seconds)
      audit "$file" 2> "$work/audit.err"
      audit_times+=("$(elapsed "$start")")
      heap="$(sed -n 's/.*peak heap \([0-9]*\) MB.*/\1 MB/p' "$work/audit.err")"
      audit_passes+=("$(sed -n 's/.*pass \([0-9.]*\) s.*/\1/p' "$work/audit.err")")
      start=$(seconds)
      java -cp "$work:$unpacked_jar" BareGroupBy "$file" > /dev/null
      unpacked_times+=("$(elapsed "$start")")
    done
    bare=$(printf '%s\n' "${bare_times[@]}" | median)
    audit=$(printf '%s\n' "${audit_times[@]}" | median)
    query=$(printf '%s\n' "${bare_queries[@]}" | median)
    pass=$(printf '%s\n' "${audit_passes[@]}" | median)
    printf '| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %.2f |\n' "$rows" "${file##*.}" "$bare" "$audit" \
      "$(awk -v a="$audit" -v b="$bare" 'BEGIN {print a / b}')" "$query" "$pass" \
      "$(awk -v a="$pass" -v b="$query" 'BEGIN {print a / b}')" "$heap" \
      "$(printf '%s\n' "${unpacked_times[@]}" | median)"
    # Once per file (a run takes long), right after Asylon's report of the same file, which it is checked against.
    if [ "$kogito" != 0 ]; then
      kogito_run "$file" "$rows"
    fi
  done
done
echo
echo "Median of $runs runs each, every run a fresh JVM; 'query' and 'pass' time the single pass over the data"
echo "inside each process; the bare process uses DuckDB's driver as published, the last column the driver of Asylon's lib/. $(nproc) cores; $(java -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)."
if [ "$kogito" != 0 ]; then
  echo
  echo "Kogito explainability-core peer (one run each, $kogito_heap; each nationality against the largest, time per metric over all groups):"
  echo
  echo "| rows | format | load (s) | SPD (s) | DIR (s) | AOD (s) | APVD (s) | process (s) | peak heap | agrees with Asylon |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${kogito_rows[@]}"
elif [ -n "${kogito_note:-}" ]; then
  echo
  echo "$kogito_note"
fi
