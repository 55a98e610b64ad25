#!/usr/bin/env bash
# Publishes the standalone simulator as one self-contained executable for linux-x64: no .NET SDK or runtime is needed
# where it runs. With --check, it then starts the executable from an empty folder with a PATH that holds no `dotnet`,
# on a file-backed store, and proves it answers: its health check, an ACS Get from the simulator's examples (answered
# from the seeded state), and its admin journal. Everything it started is stopped when it ends, whatever happens.
#
#   bash eng/publish.sh                      # -> artifacts/publish/linux-x64/SpineConformance.Simulator
#   bash eng/publish.sh --check              # publish, then start it without dotnet and send it a Get
#   bash eng/publish.sh --output DIR [--rid linux-x64] [--check]
set -euo pipefail
cd "$(dirname "$0")/.."

rid=linux-x64
output=
check=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rid) rid=${2:?--rid needs a runtime identifier, e.g. linux-x64}; shift 2 ;;
    --output) output=${2:?--output needs a folder}; shift 2 ;;
    --check) check=true; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eng/publish.sh: unknown argument '$1' (expected --rid RID, --output DIR, --check or --help)." >&2; exit 2 ;;
  esac
done
output=${output:-artifacts/publish/$rid}

command -v dotnet >/dev/null || { echo "The .NET SDK is required to publish (dotnet was not found on PATH)." >&2; exit 1; }

printf '==> Publishing the simulator for %s into %s\n' "$rid" "$output"
rm -rf "$output"
# One file: the runtime, every assembly and the native SQLite library inside it (extracted on first start).
# appsettings.json stays beside it so its defaults can be read and edited; the symbol files are removed after (turning
# them off for the publish would rebuild the referenced libraries' ordinary Release output without them).
dotnet publish simulator/SpineConformance.Simulator/SpineConformance.Simulator.csproj -c Release -r "$rid" --self-contained \
  -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -o "$output" -nologo -clp:ErrorsOnly
rm -f "$output"/*.staticwebassets.endpoints.json "$output"/*.pdb
executable="$output/SpineConformance.Simulator"
[ -x "$executable" ] || { echo "The publish wrote no executable at $executable." >&2; exit 1; }
printf 'Published %s (%s MB)\n' "$executable" "$(( $(stat -c %s "$executable") / 1048576 ))"

$check || exit 0

command -v node >/dev/null || { echo "--check needs Node.js to send its requests (node was not found on PATH)." >&2; exit 1; }
printf '\n==> Starting it from an empty folder, with no dotnet on its PATH\n'
folder=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$folder"
}
trap cleanup EXIT
cp "$executable" "$output/appsettings.json" "$folder/"
# Nothing of the SDK's environment: an empty environment whose PATH is one empty folder (on merged-/usr systems /bin is
# /usr/bin, which holds dotnet), so neither a dotnet host nor anything else can be found by name.
clean_path="$folder/empty-path"
mkdir "$clean_path"
(cd "$folder" && exec env -i PATH="$clean_path" HOME="$folder" ./SpineConformance.Simulator \
  --data "$folder/spine.db" --urls http://127.0.0.1:0 --log-level Warning >"$folder/out.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do
  grep -q 'Press Ctrl+C to stop.' "$folder/out.log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$folder/out.log" >&2; echo "The published simulator exited before it was ready (above)." >&2; exit 1; }
  sleep 0.5
done
base=$(grep -o 'Listening on *http://127.0.0.1:[0-9]*' "$folder/out.log" | grep -o 'http://.*' | head -1 || true)
[ -n "$base" ] || { cat "$folder/out.log" >&2; echo "The published simulator printed no address within 60 s (above)." >&2; exit 1; }
printf 'Started without dotnet (PATH=%s), listening on %s, state in %s\n' "$clean_path" "$base" "$folder/spine.db"

BASE="$base" EXAMPLE=simulator/SpineConformance.Simulator/examples/get-resource-permissions.xml node --input-type=module -e '
const base = process.env.BASE;
const expect = (condition, message) => { if (!condition) { console.error(message); process.exit(1); } };
const health = await fetch(`${base}/healthcheck`);
expect(health.status === 200, `GET /healthcheck answered ${health.status}, not 200.`);
const { readFileSync } = await import("node:fs");
const get = await fetch(`${base}/sync-service`, {
  method: "POST",
  headers: { "Content-Type": "text/xml; charset=utf-8", SOAPAction: "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01" },
  body: readFileSync(process.env.EXAMPLE),
});
const answer = await get.text();
expect(get.status === 200, `The example ACS Get was answered ${get.status}, not 200:\n${answer.slice(0, 2000)}`);
expect(/typeCode="AA"|typeCode=.AA./.test(answer), `The example ACS Get was not accepted (no typeCode AA):\n${answer.slice(0, 2000)}`);
const journal = await (await fetch(`${base}/admin/journal`)).text();
expect(journal.includes("GET_RESOURCE_PERMISSIONS_INUK01"), "The admin journal does not show the Get just answered.");
console.log("Health 200; the example ACS Get answered 200 with AA; the journal shows it.");
'
[ -s "$folder/spine.db" ] || { echo "The published simulator wrote no state file at $folder/spine.db." >&2; exit 1; }
printf 'State file %s written (%s KB). The published simulator works without the .NET SDK.\n' "$folder/spine.db" "$(( $(stat -c %s "$folder/spine.db") / 1024 ))"
