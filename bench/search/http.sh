#!/usr/bin/env bash
# Search benchmark: generates JOBS published jobs (hireloop generate --load, seed 7, 200
# organizations) into a fresh embedded PostgreSQL, rebuilds the index with `hireloop reindex`
# (indexing throughput), starts Hireloop (java -jar) and lets wrk run the query mix of
# queries.txt over HTTP with one connection (latency, not throughput), then runs the same mix on a
# plain Lucene index of the same corpus (LuceneReference.java) and prints our p95 as a ratio of it.
# Usage: bench/search/http.sh [JOBS] [DURATION_SECONDS]      (needs wrk: apt-get install wrk)
# Keeps its data in $WORK (default /tmp/hireloop-search-JOBS) so a second run skips generation;
# KEEP_INDEX=1 also keeps the index a previous run built (latency only, no indexing figure);
# WARMUP=SECONDS sets the warm-up of both sides (default 20).
set -euo pipefail
cd "$(dirname "$0")/../.."
JOBS=${1:-100000}
SECONDS_=${2:-60}
# seconds of the query mix before measuring, on both sides: a running server is warm; 20 s leaves
# the JIT and Lucene's filter cache still warming up at 100,000 jobs
WARMUP=${WARMUP:-20}
PORT=18081
WORK=${WORK:-/tmp/hireloop-search-$JOBS}
mkdir -p "$WORK"
export HIRELOOP_EMBEDDED_DATA_DIR="$WORK/pg" HIRELOOP_SEARCH_INDEX_DIR="$WORK/index"
export HIRELOOP_RATE_LIMIT_PUBLIC_PER_MINUTE=100000000 HIRELOOP_PORT=$PORT
# every search counts its total and facets, as the reference does: no per-generation summary cache
export HIRELOOP_SEARCH_SUMMARY_CACHE=false
JAVA_OPTS=${JAVA_OPTS:--Xmx4g}
JAR=${JAR:-target/hireloop.jar}

[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests
if [ ! -f "$WORK/loaded" ]; then
  /usr/bin/time -f "generate --out --load: %e s" \
    java $JAVA_OPTS -jar "$JAR" generate --seed=7 --orgs=200 --jobs="$JOBS" --out="$WORK/corpus" --load
  touch "$WORK/loaded"
fi
if [ "${KEEP_INDEX:-0}" = 1 ] && [ -d "$WORK/index" ]; then
  echo "keeping the index in $WORK/index (KEEP_INDEX=1): no indexing figure"
else
  rm -rf "$WORK/index"
  java $JAVA_OPTS -jar "$JAR" reindex | grep -i reindexed
fi

java $JAVA_OPTS -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$PORT/api/v1/public/jobs?limit=1" | head -c 200; echo
wrk -t1 -c1 -d"${WARMUP}s" -s bench/search/search.lua "http://localhost:$PORT" > /dev/null   # warm-up: JIT, caches
OURS=$(wrk -t1 -c1 -d"${SECONDS_}s" -s bench/search/search.lua "http://localhost:$PORT" | tail -1)
echo "$OURS" | tr -d "\r"
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT

[ -f "$WORK/classpath" ] || ./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >/dev/null
REF=$(java $JAVA_OPTS -Dwarmup="$WARMUP" -cp "target/classes:$(cat "$WORK/classpath")" bench/search/LuceneReference.java \
  "$WORK/corpus" bench/search/queries.txt "$WORK/reference-index" "$SECONDS_" | tail -2)
echo "$REF"
REF=$(echo "$REF" | tail -1)
python3 - "$OURS" "$REF" <<'PY'
import re, sys
def p(line, name):
    return float(re.search(name + r" ([0-9.]+) ms", line).group(1))
ours, ref = sys.argv[1], sys.argv[2]
for name in ("p50", "p95", "p99"):
    print(f"{name}: hireloop {p(ours, name):.2f} ms / lucene {p(ref, name):.2f} ms = {p(ours, name) / p(ref, name):.2f}x")
PY
