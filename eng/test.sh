#!/usr/bin/env bash
# Runs every test of SpineConformance and renders the Allure report. This is the README's test command;
# CI runs it too (.ci/run). It installs what a fresh machine with only the .NET SDK and Node lacks.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

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

step "Running every test project (unit tests and the feature suite)"
rm -rf reports/allure-results reports/allure-results-console TestResults
log=$(mktemp)
set +e
dotnet test SpineConformance.sln -c Release --no-build --settings runsettings.xml --logger "trx" --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

step "Rendering the Allure report into reports/allure-report"
if [ -d reports/allure-results ]; then
  # The feature suite's results, and the console's browser tests with their screenshots when they ran.
  results=(allure-results)
  [ -d reports/allure-results-console ] && results+=(allure-results-console)
  (cd reports && npx allure generate "${results[@]}" -o allure-report)
  echo "Report: reports/allure-report/index.html (serve it with: cd reports && npm run open)"
else
  echo "No Allure results were written; the feature suite did not run." >&2
  status=1
fi

# Every catalogued mistake of the reference SUT must fail some scenario, and none may fail without one.
step "Proving the suite catches the reference SUT's defects (eng/detect-defects.sh)"
if ! bash eng/detect-defects.sh --no-build; then
  echo "The detection run failed: see the table above and TestResults/defect-detection/detection-report.md." >&2
  status=1
fi

# One closing line for the whole run, summed over the test projects' own summaries.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s }' FS='[ ,]+' "$log"
rm -f "$log"
exit $status
