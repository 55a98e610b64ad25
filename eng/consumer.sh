#!/usr/bin/env bash
# Packs SpineConformance's NuGet packages into artifacts/packages (one version, Directory.Build.props) and runs the
# consumer sample (src/SpineConformance.Samples.Consumer, outside the solution) against them: a supplier's own test
# project that restores the just-built packages from that folder alone, starts the simulator in-process, sends it a
# Get, asserts on its journal, and validates a message file. A package that does not work fails here.
#
#   bash eng/consumer.sh            # after a Release build of the solution (it packs with --no-build)
#   bash eng/consumer.sh --build    # build what it packs first
set -euo pipefail
cd "$(dirname "$0")/.."

build=--no-build
[ "${1:-}" = "--build" ] && build=
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
[ -n "$version" ] || { echo "No <Version> in Directory.Build.props." >&2; exit 1; }

printf '==> Packing SpineConformance %s into artifacts/packages\n' "$version"
rm -rf artifacts/packages
# The solution's packable projects only (eng/Package.props marks them); the others are IsPackable=false.
dotnet pack SpineConformance.sln -c Release $build -nologo -clp:ErrorsOnly -v:q
ls artifacts/packages/*.nupkg | sed 's:^:    :'

sample=src/SpineConformance.Samples.Consumer
node eng/check-readme-snippets.mjs "$sample" README.md
printf '\n==> Running the consumer sample (%s) against those packages\n' "$sample"
# Its own package folder: drop what an earlier run restored, so these packages, not a cached 0.1.0, are the ones tested.
rm -rf "$sample/.packages"/spineconformance.* "$sample/bin" "$sample/obj"
dotnet test "$sample" -c Release -p:SpineConformanceVersion="$version" --logger "console;verbosity=minimal" 2>&1 \
  | grep -v -E "^\s*$|^\s+Determining projects|^\s+Restored|^\s+All projects are up-to-date"
exit "${PIPESTATUS[0]}"
