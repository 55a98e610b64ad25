-- ACS Get Resource Permissions for seeded patient 9000000009 (dissent): answered AA with View No and Store No.
-- wrk runs this from the repository root (eng/load-test.sh does), posting the example as a Spine client would.
local example = assert(io.open("simulator/SpineConformance.Simulator/examples/get-resource-permissions.xml", "rb"))
wrk.method = "POST"
wrk.body = example:read("*a")
example:close()
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01"
