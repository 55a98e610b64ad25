-- ACS Set Resource Permissions, View and Store No, for seeded patient 9434765919: answered AA, and every Set is kept in the history.
-- wrk runs this from the repository root (eng/load-test.sh does), posting the example as a Spine client would.
-- Every request carries new message ids (fresh-ids.lua).
package.path = "eng/load/?.lua;" .. package.path
require("fresh-ids").post("simulator/SpineConformance.Simulator/examples/set-resource-permissions.xml", "urn:nhs:names:services:lrs/SET_RESOURCE_PERMISSIONS_INUK01")
