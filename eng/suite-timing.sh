#!/usr/bin/env bash
# The feature suite's wall time and its time per scenario. Prints a markdown table ready for the README's Performance
# section.
#
#   bash eng/suite-timing.sh
#
# It builds Release, then runs the feature suite as the README does (`dotnet test src/SpineConformance.Specs -c Release
# --no-build --settings runsettings.xml`) SUITE_RUNS times (the default value is 3), each writing a TRX file and its
# Allure results to a temporary folder (so the report in reports/ is left as it was). Wall time is measured around each
# `dotnet test`, so it includes the test host's start and the in-process simulator and reference SUT; the time per
# scenario is the median wall time over the number of scenarios, and the TRX files give each scenario's own duration.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${SUITE_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf '\n==> %s\n' "$*" >&2; }

step "Building (Release)"
dotnet build SpineConformance.sln -c Release -nologo -clp:ErrorsOnly >&2

# Seconds in a TRX duration (00:00:01.2345678).
trx_seconds() { grep -o ' duration="[0-9:.]*"' "$1" | cut -d'"' -f2 | awk -F: '{ printf "%.3f\n", $1 * 3600 + $2 * 60 + $3 }'; }

# The median of a column of numbers on standard input.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for run in $(seq "$runs"); do
  step "Feature suite, run $run of $runs"
  begin=$(date +%s%N)
  if ! SPINE_ALLURE_RESULTS="$work/allure-$run" dotnet test src/SpineConformance.Specs -c Release --no-build --settings runsettings.xml \
      --filter "FullyQualifiedName~SpineConformance.Specs.Features.Run" --logger "trx;LogFileName=run-$run.trx" --results-directory "$work" >"$work/run-$run.log" 2>&1; then
    tail -30 "$work/run-$run.log" >&2
    echo "suite-timing: run $run failed (above); a failing suite's time says nothing about a passing one" >&2
    exit 1
  fi
  echo "$(( ($(date +%s%N) - begin) / 1000000 ))" >>"$work/wall-ms"
  grep -E '(Passed|Failed)!' "$work/run-$run.log" >&2
done

trx=$work/run-$runs.trx
scenarios=$(grep -c '<UnitTestResult ' "$trx")
passed=$(grep -c '<UnitTestResult [^>]*outcome="Passed"' "$trx" || true)
wall=$(median <"$work/wall-ms")
trx_seconds "$trx" | sort -g >"$work/durations"
slowest=$(grep -o '<UnitTestResult [^>]*>' "$trx" | sed -nE 's/.*testName="([^"]*)".*duration="([0-9:.]*)".*/\2 \1/p' | sort -r | awk 'NR == 1' | cut -d' ' -f2- \
  | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g')
percentile() { awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print v[i] }' "$work/durations"; }

cat <<EOF

Measured $(date -u +%Y-%m-%d) on $(nproc) cores, shared; $runs runs; $scenarios scenarios ($passed passed in the last run).

| feature suite | median | every run |
|---|---:|---|
| wall time (\`dotnet test src/SpineConformance.Specs\`) | $(awk -v w="$wall" 'BEGIN { printf "%.1f s", w / 1000 }') | $(sort -g "$work/wall-ms" | awk '{ printf "%s%.1f s", (NR > 1 ? ", " : ""), $1 / 1000 }') |
| wall time per scenario | $(awk -v w="$wall" -v n="$scenarios" 'BEGIN { printf "%.0f ms", w / n }') | |
| one scenario's duration (TRX, last run): median, 95th percentile, slowest | $(awk -v s="$(median <"$work/durations")" 'BEGIN { printf "%.0f ms", s * 1000 }') | p95 $(awk -v s="$(percentile 95)" 'BEGIN { printf "%.0f ms", s * 1000 }'), slowest $(awk -v s="$(tail -1 "$work/durations")" 'BEGIN { printf "%.1f s", s }') ($slowest) |
EOF
