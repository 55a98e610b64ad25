#!/usr/bin/env bash
# Runs every test of SpineConformance and renders the Allure report. This is the README's test command;
# CI runs it too (.ci/run). It installs what a fresh machine with only the .NET SDK and Node lacks.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's heading says how long the run has taken so far (bash's SECONDS), so a slow step shows in the log.
step() { printf '\n==> [%d min %02d s] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

command -v dotnet >/dev/null || { echo "The .NET SDK is required (dotnet was not found on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required to render the Allure report (npm was not found on PATH)." >&2; exit 1; }

# Browser tests drive Debian's Chromium through Playwright (Playwright's own browser download cannot work offline).
if ! command -v chromium >/dev/null; then
  step "Installing Chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

step "Installing the pinned Allure CLI (reports/)"
(cd reports && npm ci --no-audit --no-fund --loglevel=error)

step "Restoring and building (Release)"
dotnet build SpineConformance.sln -c Release -nologo -clp:ErrorsOnly

# Each benchmark once (BenchmarkDotNet's dry job; the batch benchmark, with its simulator and 14 000 patients, takes the
# most, about 35 s on a busy machine), so a benchmark whose sample message no longer reads,
# validates or builds fails the run instead of timing the wrong thing later.
step "Smoke-running every benchmark once"
smoke=$(mktemp -d)
dotnet src/SpineConformance.Benchmarks/bin/Release/net10.0/SpineConformance.Benchmarks.dll --job dry --inProcess --filter '*' --artifacts "$smoke" >"$smoke/log" 2>&1 \
  || { tail -40 "$smoke/log"; echo "A benchmark failed its dry run (above)." >&2; exit 1; }
rm -rf "$smoke"

# The standalone simulator as one self-contained file, started where no dotnet can be found (about a minute).
step "Publishing the simulator as one self-contained file and starting it without dotnet (eng/publish.sh --check)"
bash eng/publish.sh --check

# The store contract tests run against PostgreSQL too, on a throwaway cluster (a Unix socket in a temporary folder, no TCP
# port), stopped and removed when the tests are done and, whatever happens to this script, when it exits. So do the replica
# tests and TwoTenantSuiteTests, which runs the (already built) feature suite for two tenants at once against two replicas,
# writing their reports to temporary folders, never to reports/.
step "Starting a throwaway PostgreSQL 15 for the PostgreSQL store tests (eng/postgres.sh)"
pg_dir=$(mktemp -d /tmp/spine-pg.XXXXXX)
stop_postgres() { [ -z "${pg_dir:-}" ] || bash eng/postgres.sh stop "$pg_dir" || true; pg_dir=; }
trap stop_postgres EXIT
# Interrupted or terminated, the script still exits through its EXIT trap (bash skips it on a fatal signal otherwise).
trap 'exit 130' INT
trap 'exit 143' TERM
bash eng/postgres.sh start "$pg_dir" >/dev/null
export SPINE_TEST_POSTGRES="$(cat "$pg_dir/connection-string")" SPINE_REQUIRE_POSTGRES=1

step "Running every test project (unit tests, the feature suite through the in-process driver, the supplier sample)"
rm -rf reports/allure-results reports/allure-results-* reports/cucumber reports/evidence TestResults
junit="$PWD/TestResults/junit"
log=$(mktemp)
set +e
# TRX and JUnit XML per test project: TestResults/junit/{project}.xml (the in-process driver run is SpineConformance.Specs.xml).
dotnet test SpineConformance.sln -c Release --no-build --settings runsettings.xml --logger "trx" --logger "junit;LogFilePath=$junit/{assembly}.xml" \
  --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
stop_postgres

# The NuGet packages as a supplier's own test project uses them: packed, restored from artifacts/packages alone, and
# exercised by the consumer sample (the simulator in-process, a Get, its journal, a message file validated).
step "Packing the NuGet packages and running the consumer sample against them (eng/consumer.sh)"
set +e
bash eng/consumer.sh 2>&1 | tee -a "$log"
consumer_status=${PIPESTATUS[0]}
set -e
[ "$consumer_status" -eq 0 ] || status=$consumer_status

# The same scenarios through the other automated drivers: the reference SUT over HTTP (its test hook) and in Chromium
# (its web pages, through the page map). Each writes its own results, labelled with its driver in the report, its own
# Cucumber report (reports/cucumber/{driver}.html) and its own JUnit XML (TestResults/junit/SpineConformance.Specs-{driver}.xml).
for driver in TestHook Playwright; do
  step "Running the feature suite through the $driver driver"
  set +e
  SPINE_SUT_DRIVER=$driver SPINE_ALLURE_RESULTS="reports/allure-results-${driver,,}" \
    dotnet test src/SpineConformance.Specs -c Release --no-build --settings runsettings.xml --filter "FullyQualifiedName~SpineConformance.Specs.Features" \
      --logger "trx" --logger "junit;LogFilePath=$junit/SpineConformance.Specs-${driver,,}.xml" --logger "console;verbosity=minimal" 2>&1 | tee -a "$log"
  driver_status=${PIPESTATUS[0]}
  set -e
  [ "$driver_status" -eq 0 ] || status=$driver_status
done

step "Rendering the Allure report into reports/allure-report"
if [ -d reports/allure-results ]; then
  # The feature suite's results (one folder per driver), and the console's browser tests with their screenshots.
  results=(allure-results)
  for extra in reports/allure-results-*; do
    [ -d "$extra" ] && results+=("$(basename "$extra")")
  done
  (cd reports && npx allure generate "${results[@]}" -o allure-report)
  echo "Report: reports/allure-report/index.html (serve it with: cd reports && npm run open)"
  # The rendered report must hold every driver's scenarios, the same number for each (a run that wrote its results
  # elsewhere would otherwise go missing without a word).
  node eng/check-allure-report.mjs reports/allure-report InProcess TestHook Playwright || status=1
else
  echo "No Allure results were written; the feature suite did not run." >&2
  status=1
fi

# The in-process run's evidence bundle, checked as its reader would: every SHA-256, and its requirement summary against an
# Allure report rendered from the bundle's own results.
step "Checking the evidence bundle"
bundle=$(ls -t reports/evidence/*-inprocess.zip 2>/dev/null | head -1 || true)
if [ -n "$bundle" ]; then
  check=$(mktemp -d)
  if dotnet run --project src/SpineConformance.Evidence -c Release --no-build -- extract "$bundle" "$check" >/dev/null \
     && (cd reports && npx allure generate "$check/allure-results" -o "$check/report" >/dev/null); then
    dotnet run --project src/SpineConformance.Evidence -c Release --no-build -- verify "$bundle" --allure-report "$check/report" || status=1
  else
    echo "The evidence bundle $bundle could not be unpacked and rendered." >&2
    status=1
  fi
  rm -rf "$check"
else
  echo "No evidence bundle was written by the in-process run." >&2
  status=1
fi

# No false failure against either reference client (or the reference SUT sending every alternative form), and every
# catalogued mistake of either client must fail some scenario.
step "Proving the suite is fair to both reference clients and catches their defects (eng/detect-defects.sh)"
if ! bash eng/detect-defects.sh --no-build --second-client-defects all; then
  echo "The detection run failed: see the table above and TestResults/defect-detection/detection-report.md." >&2
  status=1
fi

# The failed tests by name (from each project's JUnit XML), so the run's last lines say what failed.
node eng/list-failures.mjs "$junit" || true

# One closing line for the whole run, summed over the test projects' own summaries.
awk '/(Passed|Failed|Skipped)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s }' FS='[ ,]+' "$log"
printf 'The whole run took %d min %02d s.\n' $((SECONDS / 60)) $((SECONDS % 60))
rm -f "$log"
exit $status
