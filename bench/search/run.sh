#!/usr/bin/env bash
# In-process benchmark of the embedded Lucene job search engine: indexing rate and search
# latency with every facet, over N generated jobs (default 200,000; 1,000,000 needs ~4 GB heap).
# Usage: [JAVA_OPTS=-Dhireloop.search.search-threads=1] bench/search/run.sh [N] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-200000}
HEAP=${2:-4g}
./mvnw -q compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/search-bench.classpath
java -Xmx"$HEAP" ${JAVA_OPTS:-} -cp "target/classes:$(cat target/search-bench.classpath)" bench/search/EngineLoad.java "$N"
