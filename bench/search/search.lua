-- Cycles through the query mix of queries.txt (one query string per line) and prints the latency
-- percentiles wrk measured, p95 included (wrk's own --latency table has no p95).
local queries = {}
for line in io.lines(os.getenv("QUERIES") or "bench/search/queries.txt") do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    queries[#queries + 1] = line
  end
end
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/public/jobs?" .. queries[(i % #queries) + 1])
end

local failed = 0
response = function(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
    if failed <= 3 then
      io.stderr:write("status " .. status .. ": " .. body:sub(1, 300) .. "\n")
    end
  end
end

done = function(summary, latency, requests)
  io.write(string.format(
    "hireloop http: %d requests, %d errors: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f requests/s\n",
    summary.requests, summary.errors.status + summary.errors.timeout + summary.errors.connect,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
