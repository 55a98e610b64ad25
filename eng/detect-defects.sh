#!/usr/bin/env bash
# The detection run: builds once (Release), then runs the feature suite against each baseline target with no defect and
# against the reference SUT with each catalogued defect in turn, three runs at a time in suite worker processes, and
# prints which scenarios caught each (see the README, "Proving the suite catches mistakes"). Exits non-zero when a
# baseline fails or a defect goes uncaught.
#   bash eng/detect-defects.sh [--no-build] [--parallel N] [--only ID,ID] [--results DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=false; else args+=("$arg"); fi
done

if $build; then
  dotnet build SpineConformance.sln -c Release -nologo -clp:ErrorsOnly
fi

exec dotnet src/SpineConformance.DefectDetection/bin/Release/net10.0/SpineConformance.DefectDetection.dll "${args[@]}"
