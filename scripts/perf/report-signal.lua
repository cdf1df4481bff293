-- wrk script: POST a valid signal to /api/v1/signalen with an API token.
--   TOKEN  the API token (environment variable, required)
--   BUURTEN comma-separated buurt codes to spread the signals over (default: one)
--   RATE   optional: requests per second over all threads; unset means as fast as the connections allow.
-- With RATE set, each thread claims send slots 1/(RATE/threads) seconds apart in delay(), measured with
-- clock_gettime(CLOCK_MONOTONIC) through LuaJIT's ffi: a connection that is free waits for the next slot; when all
-- connections are busy the slot is simply late (no burst to catch up), so the achieved rate shows any shortfall.
-- Every answer other than 201 is counted per thread and printed at the end.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } perf_timespec;
  int clock_gettime(int clk_id, perf_timespec *tp);
]]
local ts = ffi.new("perf_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local token = os.getenv("TOKEN") or error("TOKEN is not set")
local rate = tonumber(os.getenv("RATE") or "")

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

-- BUURTEN: comma-separated buurt codes from the register (the script reads them from /api/v1/buurten), so the
-- signals spread over the city as real ones would; default themes; the text passes the personal-data screen
local buurten = {}
for code in string.gmatch(os.getenv("BUURTEN") or "BU09350207", "[^,]+") do
  table.insert(buurten, code)
end
local themas = { "religie", "linksextremisme", "rechtsextremisme", "milieu-klimaat", "complotdenken",
  "overheidsmaatregelen", "discriminatie", "wij-zij" }
local obtained = { "CONVERSATION", "OWN_OBSERVATION", "MEETING", "REPORT" }

local n = 0
local interval, next_slot
local bad = 0

function init(args)
  if rate then
    local nthreads = tonumber(os.getenv("THREADS") or "1")
    interval = 1000 * nthreads / rate
  end
  math.randomseed(id * 7919)
end

function request()
  n = n + 1
  local body = string.format(
    '{"hoeVerkregen": "%s", "buurten": ["%s"], "themas": ["%s"], "intensiteit": %d, ' ..
    '"omschrijving": "Belastingtest %d-%d: onrust bij het winkelcentrum over de nieuwe plannen"}',
    obtained[n % #obtained + 1], buurten[math.random(#buurten)], themas[math.random(#themas)], n % 5 + 1, id, n)
  return wrk.format("POST", "/api/v1/signalen", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }, body)
end

function delay()
  if not interval then
    return 0
  end
  local t = now_ms()
  if not next_slot or next_slot < t then
    next_slot = t
  end
  local wait = next_slot - t
  next_slot = next_slot + interval
  return math.floor(wait + 0.5)
end

function response(status, headers, body)
  if status ~= 201 then
    bad = bad + 1
    if bad <= 3 then
      io.stderr:write("answer " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local notcreated = 0
  for _, t in ipairs(threads) do
    notcreated = notcreated + (t:get("bad") or 0)
  end
  io.write(string.format("PERF requests=%d non201=%d errors=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, notcreated,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
