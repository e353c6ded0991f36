-- The request mix of scripts/load-check.sh, for wrk: list, search, group and record
-- requests over the embedded data, every one valid (so every answer must be 2xx).
--
-- Each wrk thread walks the list from its own starting point, one path per request.
-- Every response whose status is not 2xx is counted, and done() prints
--   load-mix: requests N, non-2xx M
-- then the first few offending statuses (wrk does not say which connection, hence which
-- path, a response answers; load-check.sh checks each path alone). It reads that line and
-- also fetches each path below (between the `paths` markers) from the idle server and
-- during the run, comparing the bytes.

-- paths: begin
local paths = {
  "/records?kind=events&limit=50",
  "/records?kind=events&organization=org-openai&from=2025&sort=-date",
  "/records?kind=fundingRounds&sort=-value&limit=20",
  "/records?kind=statistics&region=CN&offset=10&limit=30",
  "/records?kind=regulations&region=EU&sort=date",
  "/search?q=unicorn",
  "/search?q=%E5%A4%A7%E6%A8%A1%E5%9E%8B&limit=50",
  "/search?q=agent",
  "/groups?kind=events&by=quarter",
  "/groups?kind=fundingRounds&by=organization&currency=USD",
  "/groups?kind=events&by=organization,tag",
  "/groups?kind=statistics&by=year,region",
  "/records/stat-global-new-unicorns-2025-h1-54",
  "/records/event-2024-03-meity-drops-government-approval-for-ai-models",
  "/records/funding-2025-05-hanghang-ai-global-ai-accelerator",
  "/records/org-openai",
}
-- paths: end

local threads = {}
local counter = 0
-- Globals, so that done() can read each thread's copy with thread:get.
requests = 0
failures = 0
examples = {}

function setup(thread)
  thread:set("start", #threads * 5)
  table.insert(threads, thread)
end

function init(args)
  counter = start or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  requests = requests + 1
  if status < 200 or status > 299 then
    failures = failures + 1
    if #examples < 5 then
      table.insert(examples, tostring(status))
    end
  end
end

function done(summary, latency, requests_made)
  local total, bad, shown = 0, 0, {}
  for _, thread in ipairs(threads) do
    total = total + (thread:get("requests") or 0)
    bad = bad + (thread:get("failures") or 0)
    local list = thread:get("examples") or {}
    for _, example in ipairs(list) do
      table.insert(shown, example)
    end
  end
  io.write(string.format("load-mix: requests %d, non-2xx %d\n", total, bad))
  for _, example in ipairs(shown) do
    io.write("load-mix: non-2xx status " .. example .. "\n")
  end
end
