-- ACS Set Resource Permissions, View and Store No, for seeded patient 9434765919: answered AA, and every Set is kept in the history.
-- wrk runs this from the repository root (eng/load-test.sh does), posting the example as a Spine client would.
local example = assert(io.open("simulator/SpineConformance.Simulator/examples/set-resource-permissions.xml", "rb"))
wrk.method = "POST"
wrk.body = example:read("*a")
example:close()
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "urn:nhs:names:services:lrs/SET_RESOURCE_PERMISSIONS_INUK01"
