#!/usr/bin/env bash
# Import benchmark over HTTP (parse + store): builds the jar, starts Hireloop on a fresh embedded
# PostgreSQL with a known token (java -jar, never spring-boot:run: that JVM runs without the C2
# compiler), writes 10,000 generated descriptions, warms up, then lets wrk post them with
# CLIENTS connections for DURATION and prints imports/s and latency percentiles.
# Usage: bench/import/run.sh [CLIENTS] [DURATION]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-4}
DURATION=${2:-30s}
PORT=18080
export TOKEN=hl_benchmark_token_0123456789abcdefghijklmnop
WORK=$(mktemp -d /tmp/hireloop-bench.XXXXXX)
export CORPUS=$WORK/corpus

[ -f target/hireloop.jar ] || ./mvnw -B -q -ntp package -DskipTests
java bench/import/ImportLoad.java --write "$CORPUS" 10000 42
# the benchmark measures the import path, not the per-token rate limit
HIRELOOP_RATE_LIMIT_API_PER_MINUTE=100000000 \
HIRELOOP_PORT=$PORT HIRELOOP_EMBEDDED_DATA_DIR="$WORK/pg" HIRELOOP_BOOTSTRAP_TOKEN=$TOKEN \
  java -Xmx1g -jar target/hireloop.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done
URL=http://localhost:$PORT/api/v1/jobs/import
wrk -t2 -c"$CLIENTS" -d10s -s bench/import/import.lua "$URL" > /dev/null   # warm-up: JIT, pools
wrk -t2 -c"$CLIENTS" -d"$DURATION" -s bench/import/import.lua "$URL" | tail -1
