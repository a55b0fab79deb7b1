#!/usr/bin/env python3
"""The benchmark's query mix over HTTP, query by query: which queries set the percentiles.

Cycles through the lines of queries.txt (filters and facets as wrk sends them) for ROUNDS rounds,
one request at a time on one kept-alive connection, and prints each query's median and slowest
time over the rounds after the first two, slowest median first. wrk gives the mix's percentiles;
this says which queries make them.

Usage: bench/search/per_query.py [BASE_URL] [ROUNDS] [QUERIES_FILE]   (a running server)
"""
import http.client
import statistics
import sys
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18081"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
QUERIES = sys.argv[3] if len(sys.argv) > 3 else "bench/search/queries.txt"

lines = [line.strip() for line in open(QUERIES) if line.strip() and not line.startswith("#")]
url = urllib.parse.urlsplit(BASE)
connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=10)
times = {line: [] for line in lines}
for round_ in range(ROUNDS):
    for line in lines:
        started = time.perf_counter()
        connection.request("GET", "/api/v1/public/jobs?" + line)
        answer = connection.getresponse()
        answer.read()
        elapsed = (time.perf_counter() - started) * 1000
        if answer.status != 200:
            sys.exit(f"{answer.status} for {line}")
        if round_ >= 2:
            times[line].append(elapsed)
facets = "&facets=tag,remote,employment_type,location,salary"
for line, values in sorted(times.items(), key=lambda item: -statistics.median(item[1])):
    shown = urllib.parse.unquote_plus(line.replace(facets, ""))
    print(f"{statistics.median(values):7.2f} ms median {max(values):7.2f} ms max  {shown}")
everything = sorted(value for values in times.values() for value in values)
print(f"all: p50 {everything[len(everything) // 2]:.2f} ms, p95 {everything[int(len(everything) * 0.95)]:.2f} ms")
