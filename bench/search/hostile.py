#!/usr/bin/env python3
"""Hostile query shapes over HTTP, with different words every round so that no cache helps.

Each of ROUNDS rounds draws 32 words from a vocabulary of common job-board words and sends one
query of each shape (8 phrases, 32 words, 10 misspelt words, a word with 30 excluded ones, 30
excluded words alone, 30 prefixes, 4 long phrases) to GET /api/v1/public/jobs with the benchmark's
five facets; prints each shape's median and slowest time. Every answer must come within a second.

Usage: bench/search/hostile.py [BASE_URL] [ROUNDS]   (a running server, e.g. one http.sh started)
"""
import random
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18081") + "/api/v1/public/jobs?"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 6
VOCABULARY = (
    "engineer senior developer manager data kubernetes python designer product backend frontend"
    " sales security cloud platform software analyst lead staff java react aws team experience"
    " design systems support marketing customer operations remote junior architect principal"
    " scientist director machine terraform golang researcher mobile fullstack account network"
    " devops infrastructure hardware consultant head intern scala angular azure office knowledge"
    " writer services helpdesk growth success finance hybrid graduate").split()


def shapes(w):
    return [
        ("8 phrases", " ".join('"%s %s"' % (w[i], w[i + 1]) for i in range(0, 16, 2))),
        ("32 words", " ".join(w)),
        ("10 typos", " ".join(x[:-1] + "x" for x in w[:10])),
        ("word+30 excluded", w[0] + " " + " ".join("-" + x for x in w[1:31])),
        ("30 excluded", " ".join("-" + x for x in w[:30])),
        ("30 prefixes", " ".join(x[:2] + "*" for x in w[:30])),
        ("4 long phrases", " ".join('"' + " ".join(w[i:i + 8]) + '"' for i in range(0, 32, 8))),
    ]


random.seed(11)
times = {}
statuses = {}
for _ in range(ROUNDS):
    for shape, q in shapes(random.sample(VOCABULARY, 32)):
        url = BASE + urllib.parse.urlencode({"q": q, "facets": "tag,remote,employment_type,location,salary"})
        started = time.time()
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                answer.read()
                status = answer.status
        except urllib.error.HTTPError as e:
            e.read()
            status = e.code
        times.setdefault(shape, []).append((time.time() - started) * 1000)
        statuses.setdefault(shape, set()).add(status)
for shape, values in times.items():
    print(f"{shape:17s} median {statistics.median(values):7.1f} ms  max {max(values):7.1f} ms"
          f"  status {sorted(statuses[shape])}")
