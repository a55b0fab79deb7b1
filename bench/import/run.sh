#!/usr/bin/env bash
# Import benchmark over HTTP: builds the jar, starts Hireloop on a fresh embedded PostgreSQL with
# a known token (java -jar, never spring-boot:run: that JVM runs without the C2 compiler), posts
# COUNT generated descriptions with CLIENTS concurrent clients, prints the figures, stops.
# Usage: bench/import/run.sh [COUNT] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
CLIENTS=${2:-4}
PORT=18080
TOKEN=hl_benchmark_token_0123456789abcdefghijklmnop
DATA=$(mktemp -d /tmp/hireloop-bench.XXXXXX)

[ -f target/hireloop.jar ] || ./mvnw -B -q -ntp package -DskipTests
HIRELOOP_PORT=$PORT HIRELOOP_EMBEDDED_DATA_DIR="$DATA/pg" HIRELOOP_BOOTSTRAP_TOKEN=$TOKEN \
  java -Xmx1g -jar target/hireloop.jar > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done
java bench/import/ImportLoad.java "http://localhost:$PORT" "$TOKEN" "$COUNT" "$CLIENTS"
