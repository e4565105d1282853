#!/usr/bin/env bash
# Web platform figures on loopback: start-up time, register page latency with many deployments
# under concurrent clients, assessment (create) time, PDF export time.
# Usage: bench/web.sh [DEPLOYMENTS] [CLIENTS] [REQUESTS_PER_CLIENT]   (defaults 5000 50 40)
# Environment: BENCH_PORT (default 18089); ASYLON_JAR, another build to measure (its lib/ beside it);
# BENCH_DATA, a data directory kept after the run: a second run on it skips start-up and seeding, so two
# builds can be compared on the same register (a newer build migrates the database on its first start).
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-5000}"
clients="${2:-50}"
per_client="${3:-40}"
port="${BENCH_PORT:-18089}"
jar_file="${ASYLON_JAR:-app/target/asylon.jar}"
data="${BENCH_DATA:-$(mktemp -d)}"
keep_data="${BENCH_DATA:+yes}"
mkdir -p "$data"
password="bench-password-$RANDOM$RANDOM"
jar="$(mktemp -d)"
server=""
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$jar"; [ -n "$keep_data" ] || rm -rf "$data"' EXIT

[ -f "$jar_file" ] || ./mvnw -q -B -DskipTests package

seeded=""
[ -f "$data/bench-seeded" ] && seeded=yes
start=$(date +%s.%N)
ASYLON_ADMIN_PASSWORD="$password" java -jar "$jar_file" serve --port "$port" --data "$data" \
  --knowledge knowledge > "$data/server-$port.log" 2>&1 &
server=$!
# Ready when the first start has finished: account set-up, then seeding, run after the port opens.
until { [ -n "$seeded" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/register"; } \
    || grep -q "Register seeded" "$data/server-$port.log"; do
  kill -0 "$server" 2>/dev/null || { cat "$data/server-$port.log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
if [ -n "$seeded" ]; then
  echo "start-up on the kept data directory ($(cat "$data/bench-seeded") deployments): $(echo "$ready - $start" | bc) s"
else
  echo "start-up (first start: embedded database created, 18 cases seeded and assessed): $(echo "$ready - $start" | bc) s"

# Sign in, create an API token.
cookies="$jar/cookies"
csrf=$(curl -s -c "$cookies" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$cookies" -c "$cookies" -o /dev/null -d "username=admin&password=$password&_csrf=$csrf" "http://127.0.0.1:$port/login"
csrf=$(curl -s -b "$cookies" "http://127.0.0.1:$port/account/tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
token=$(curl -s -b "$cookies" -d "name=bench&role=admin&_csrf=$csrf" "http://127.0.0.1:$port/account/tokens" \
  | grep -o 'asy_[A-Za-z0-9_-]*' | head -1)

# Add synthetic deployments through the API (each is assessed with every instrument and stored).
# Four adders at once, so seeding gets its share of a busy machine; the figure is wall-clock per deployment.
technologies=(face-identification phone-data-extraction electronic-monitoring risk-scoring-triage biometric-databases asylum-apps)
countries=(DE FR IT ES GR PL GB US CA AU)
add_start=$(date +%s.%N)
add() {
  local i=$1 t c
  t=${technologies[$((i % ${#technologies[@]}))]}; c=${countries[$((i % ${#countries[@]}))]}
  printf 'id: bench-%05d\nname: Synthetic deployment %d\njurisdictions: [%s]\noperators: [{ name: Agency %d, type: border_guard }]\nfacts:\n  technology:\n    categories: [%s]\n  processing:\n    profiling: %s\n  population:\n    children: %s\n' \
    "$i" "$i" "$c" "$((i % 40))" "$t" "$([ $((i % 2)) = 0 ] && echo true || echo false)" "$([ $((i % 3)) = 0 ] && echo true || echo false)" \
    | curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/yaml' \
        --data-binary @- "http://127.0.0.1:$port/api/v1/deployments?publish=true" | grep -qx 201 || { echo "add $i failed"; return 1; }
}
adders=()
for lane in 0 1 2 3; do
  ( for i in $(seq $((lane + 1)) 4 "$count"); do add "$i" || exit 1; done ) &
  adders+=($!)
done
for adder in "${adders[@]}"; do wait "$adder"; done
add_end=$(date +%s.%N)
echo "$count" > "$data/bench-seeded"
echo "added $count deployments, 4 at a time (each assessed by every instrument): $(echo "scale=1; ($add_end - $add_start) * 1000 / $count" | bc) ms per deployment"
fi

# The platform renders a PDF in the background once ready (PdfWarmUp); the page figures are taken after it.
if jar tf "$jar_file" | grep -q PdfWarmUp; then
  for i in $(seq 1 300); do
    grep -q "PDF renderer warmed up\|PDF renderer could not be warmed up" "$data/server-$port.log" && break
    sleep 0.2
  done
  grep -o "PDF renderer warmed up in [0-9]* ms" "$data/server-$port.log" | tail -1
fi
# Steady state, as a long-running platform serves: the server's compiler has finished with the pages
# before they are timed. The warm-up rounds are printed too.
for round in 1 2; do
  echo -n "warm-up $round: "
  java bench/web/LoadTest.java "http://127.0.0.1:$port/register?page=$((round + 1))" "$clients" "$per_client"
done
java bench/web/LoadTest.java "http://127.0.0.1:$port/register" "$clients" "$per_client"
java bench/web/LoadTest.java "http://127.0.0.1:$port/register?technology=face-identification&sort=severity&page=3" "$clients" "$per_client"
java bench/web/LoadTest.java "http://127.0.0.1:$port/deployments/de-bamf-phone-data-extraction" 10 20

for i in 1 2 3; do
  curl -s -o /dev/null -w "PDF export (de-bamf-phone-data-extraction, all instruments): %{time_total} s\n" \
    "http://127.0.0.1:$port/deployments/de-bamf-phone-data-extraction/report.pdf"
done
