-- LR Query Confirmation (Short) for seeded patient 9434765919: answered AA with QUPC_IN030000UK14, LRExists false.
-- wrk runs this from the repository root (eng/load-test.sh does), posting the example as a Spine client would.
-- Every request carries new message ids (fresh-ids.lua).
package.path = "eng/load/?.lua;" .. package.path
require("fresh-ids").post("simulator/SpineConformance.Simulator/examples/query-confirmation.xml", "urn:nhs:names:services:lrsquery/QUPC_IN010000UK32")
