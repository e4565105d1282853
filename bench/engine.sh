#!/usr/bin/env bash
# Benchmarks the assessment engine with JMH: every documented case against every instrument,
# on one thread. Usage: bench/engine.sh [extra JMH options]
# The score is profile x instrument evaluations per second on one core.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -DskipTests -pl bench -am install
classpath="$(./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)"
java -cp "bench/target/classes:$classpath" org.openjdk.jmh.Main EngineBenchmark -p knowledgeDirectory="$PWD/knowledge" "$@"
