-- LR Query Confirmation (Short) for seeded patient 9434765919: answered AA with QUPC_IN030000UK14, LRExists false.
-- wrk runs this from the repository root (eng/load-test.sh does), posting the example as a Spine client would.
local example = assert(io.open("simulator/SpineConformance.Simulator/examples/query-confirmation.xml", "rb"))
wrk.method = "POST"
wrk.body = example:read("*a")
example:close()
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "urn:nhs:names:services:lrsquery/QUPC_IN010000UK32"
