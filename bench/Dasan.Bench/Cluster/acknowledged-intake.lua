-- bench cluster (ADR 0328): acknowledged intake driven by wrk straight at one node. Every request is a new citizen report
-- (Prefer: respond-async); every tracking number acknowledged is written out, to be checked in the database afterwards.
local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local titles = {"버스 정류장 의자가 부서졌어요", "가로등이 밤새 꺼져 있습니다", "공원 화장실 청소 부탁드립니다", "불법 주정차 단속 요청",
  "보도블록이 깨져 넘어질 뻔했어요", "음식물 쓰레기 수거가 안 됐어요", "어린이보호구역 과속 차량", "청년 월세 지원 문의"}
local n = 0
numbers = {}
statuses = 0

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Prefer"] = "respond-async"
  wrk.headers["X-Api-Key"] = os.getenv("DASAN_BENCH_KEY")
end

function request()
  n = n + 1
  local body = '{"title":"' .. titles[(n % #titles) + 1] .. '","body":"부하 시험 wrk ' .. id .. '-' .. n .. ': 현장을 확인해 주세요. 동작구 사당로 근처입니다.","type":"고충"}'
  return wrk.format(nil, "/api/v1/requests", nil, body)
end

function response(status, headers, body)
  if status == 202 or status == 201 then
    local number = body:match('"trackingNumber":"([^"]+)"')
    if number then numbers[#numbers + 1] = number end
  else
    statuses = statuses + 1
  end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("DASAN_BENCH_OUT"), "w")
  local e = summary.errors
  out:write(string.format("requests %d\nmicroseconds %d\np50 %d\np99 %d\nerrors %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
  for _, thread in ipairs(threads) do
    for _, number in ipairs(thread:get("numbers")) do out:write("number ", number, "\n") end
  end
  out:close()
end
