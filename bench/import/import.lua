-- wrk script for the import benchmark: posts the generated descriptions in $CORPUS in turn,
-- each thread starting at its own offset, and counts answers that are not 201 Created.
local corpus = os.getenv("CORPUS")
local token = os.getenv("TOKEN")
local bodies = {}
failures = 0
local threads = {}

local listing = io.popen('ls "' .. corpus .. '"')
for name in listing:lines() do
  local file = io.open(corpus .. "/" .. name, "rb")
  bodies[#bodies + 1] = file:read("*a")
  file:close()
end
listing:close()

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 997)
  table.insert(threads, thread)
end

local n = 0
function request()
  n = n + 1
  local body = bodies[((offset + n) % #bodies) + 1]
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "text/plain; charset=utf-8"
  }, body)
end

function response(status, headers, body)
  if status ~= 201 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("imports/s: %.0f  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  non-201: %d of %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, failed, summary.requests))
end
