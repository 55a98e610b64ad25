-- Shared by the load scripts: posts an example with a new SOAP MessageID and HL7 message id on every request, as a real
-- Spine client does, so nothing keyed on a message's content could answer a repeat from memory. The body is cut once
-- around the example's two ids; each request only joins the pieces with two new upper-case UUIDs (unique per wrk thread
-- and request), which costs wrk little.
local fresh = {}

local threads = 0

function fresh.post(path, soap_action)
  local file = assert(io.open(path, "rb"))
  local body = file:read("*a")
  file:close()
  local uuid = "%x%x%x%x%x%x%x%x%-%x%x%x%x%-%x%x%x%x%-%x%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x"
  local soap_start, soap_end = body:find("MessageID>uuid:" .. uuid)
  local hl7_start, hl7_end = body:find('<id root="' .. uuid .. '"', soap_end)
  assert(soap_start and hl7_start, path .. " has no SOAP MessageID and HL7 message id to vary")
  soap_start = soap_end - 35
  hl7_start = hl7_end - 36
  hl7_end = hl7_end - 1
  local before, between, after = body:sub(1, soap_start - 1), body:sub(soap_end + 1, hl7_start - 1), body:sub(hl7_end + 1)

  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
  wrk.headers["SOAPAction"] = soap_action

  -- Each wrk thread runs its own copy of this script: setup numbers them so their ids never meet.
  function setup(thread)
    threads = threads + 1
    thread:set("thread_number", threads)
  end

  local count = 0
  function request()
    count = count + 1
    local thread = thread_number or 0
    local soap_id = string.format("%08X-%04X-4000-8000-%012X", thread, 1, count)
    local hl7_id = string.format("%08X-%04X-4000-8000-%012X", thread, 2, count)
    return wrk.format(nil, nil, nil, before .. soap_id .. between .. hl7_id .. after)
  end
end

return fresh
