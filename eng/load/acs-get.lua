-- ACS Get Resource Permissions for seeded patient 9000000009 (dissent): answered AA with View No and Store No.
-- wrk runs this from the repository root (eng/load-test.sh does), posting the example as a Spine client would.
-- Every request carries new message ids (fresh-ids.lua).
package.path = "eng/load/?.lua;" .. package.path
require("fresh-ids").post("simulator/SpineConformance.Simulator/examples/get-resource-permissions.xml", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01")
