#!/usr/bin/env bash
# The simulator under load, against a bare Kestrel endpoint as the ceiling, and its cold start. Prints markdown tables
# ready for the README's Performance section.
#
#   bash eng/load-test.sh
#
# It installs wrk (Debian's package) if missing, builds Release, and starts on loopback ports the OS assigns:
# - the standalone simulator as a developer runs it (the built binary, a fresh temporary SQLite file, the default
#   Spine-mode validation, state, journal and Information logging);
# - the bare endpoint (`SpineConformance.Benchmarks bare`), answering every POST with the bytes of a real simulator
#   Get answer, captured from the simulator first so both transfer the same number of bytes.
# For ACS Get, ACS Set and the LR confirmation query (eng/load/*.lua, the simulator's examples) it warms both up, then
# runs wrk alternately against the bare endpoint and the simulator (bare, simulator, bare, simulator, ...), and reports
# the medians. Timings on a shared machine are noisy: compare the ratio, which comes from runs side by side.
# Everything it started is stopped when it ends, whether it succeeds or not.
#
# Settings (environment), with their default values:
#   LOAD_ROUNDS=5         pairs of runs (bare, simulator) per request
#   LOAD_DURATION=10s     length of one wrk run
#   LOAD_CONNECTIONS=16   open connections
#   LOAD_THREADS=2        wrk threads (one per core)
#   COLD_STARTS=5         simulator starts timed from process start to the first 200 from /healthcheck
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${LOAD_ROUNDS:-5}
duration=${LOAD_DURATION:-10s}
connections=${LOAD_CONNECTIONS:-16}
threads=${LOAD_THREADS:-2}
starts=${COLD_STARTS:-5}

simulator_dir=simulator/SpineConformance.Simulator/bin/Release/net10.0
benchmarks_dir=src/SpineConformance.Benchmarks/bin/Release/net10.0
examples=simulator/SpineConformance.Simulator/examples
work=$(mktemp -d)
started=()

step() { printf '\n==> %s\n' "$*" >&2; }
fail() { echo "load-test: $*" >&2; exit 1; }

stop_all() {
  for pid in "${started[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  started=()
}
trap 'stop_all; rm -rf "$work"' EXIT

if ! command -v wrk >/dev/null; then
  step "Installing wrk"
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

step "Building the simulator and the bare endpoint (Release)"
dotnet build simulator/SpineConformance.Simulator -c Release -nologo -clp:ErrorsOnly >&2
dotnet build src/SpineConformance.Benchmarks -c Release -nologo -clp:ErrorsOnly >&2

# Waits until a process we started prints the address it listens on, then until GET URL/healthcheck answers 200;
# prints the address. Port 0 lets the OS choose a free port, so nothing else on the machine is disturbed.
wait_until_ready() {
  local pid=$1 log=$2 url=""
  for _ in $(seq 3000); do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; fail "process $pid stopped before it was ready (log above)"; }
    url=$(grep -m1 -oE 'http://127\.0\.0\.1:[0-9]+' "$log" || true)
    if [ -n "$url" ] && curl -sf -o /dev/null --max-time 2 "$url/healthcheck"; then
      echo "$url"
      return
    fi
    sleep 0.01
  done
  fail "process $pid was not ready within 30 s (log: $log)"
}

# Starts the built simulator binary from its own folder (so it reads its appsettings.json, as `dotnet run` does).
start_simulator() {
  local data=$1 log=$2
  (cd "$simulator_dir" && exec ./SpineConformance.Simulator --urls http://127.0.0.1:0 --data "$data" >"$log" 2>&1) &
  started+=($!)
}

# POSTs an example and checks the answer is HTTP 200 with an AA acknowledgement; saves the answer to FILE.
expect_aa() {
  local url=$1 example=$2 action=$3 out=$4 status
  status=$(curl -s -o "$out" -w '%{http_code}' "$url/sync-service" -H 'Content-Type: text/xml; charset=utf-8' \
    -H "SOAPAction: $action" --data-binary "@$examples/$example")
  [ "$status" = 200 ] && grep -q 'acknowledgement typeCode="AA"' "$out" \
    || fail "the simulator did not answer $example with HTTP 200 and AA (HTTP $status): $(head -c 600 "$out")"
}

# Converts wrk's latency (850.00us, 21.81ms, 1.35s) to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# The CPU time (user and system) a process has used so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# One wrk run against the process PID listening at URL; appends "requests/s p50_ms p99_ms cpu_us_per_request" to FILE.
# The CPU the process used per request depends far less on what else the shared machine is doing than throughput does.
# Any non-2xx answer or socket error fails the run.
measure() {
  local pid=$1 url=$2 script=$3 file=$4 out before after
  before=$(cpu_ticks "$pid")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$script" "$url/sync-service")
  after=$(cpu_ticks "$pid")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "$out" >&2
    fail "wrk saw failed requests against $url with $script"
  fi
  local rps p50 p99 requests
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  requests=$(awk '/ requests in / { print $1 }' <<<"$out")
  echo "$rps $p50 $p99 $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t * 1000000 / hz / n }')" >>"$file"
}

# The median of column COLUMN of FILE, with DECIMALS decimals (the default value is 0).
median() {
  sort -g -k"$2","$2" "$1" | awk -v c="$2" -v d="${3:-0}" '{ v[NR] = $c } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.*f", d, m }'
}

step "Starting the simulator (fresh data file $work/load.db) and the bare endpoint"
start_simulator "$work/load.db" "$work/simulator.log"
simulator_pid=${started[-1]}
simulator=$(wait_until_ready "$simulator_pid" "$work/simulator.log")
expect_aa "$simulator" get-resource-permissions.xml urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01 "$work/get-answer.xml"
expect_aa "$simulator" set-resource-permissions.xml urn:nhs:names:services:lrs/SET_RESOURCE_PERMISSIONS_INUK01 "$work/set-answer.xml"
expect_aa "$simulator" query-confirmation.xml urn:nhs:names:services:lrsquery/QUPC_IN010000UK32 "$work/lr-answer.xml"
"$benchmarks_dir/SpineConformance.Benchmarks" bare --urls http://127.0.0.1:0 --body "$work/get-answer.xml" >"$work/bare.log" 2>&1 &
started+=($!)
bare_pid=$!
bare=$(wait_until_ready "$bare_pid" "$work/bare.log")
echo "simulator $simulator, bare endpoint $bare ($(wc -c <"$work/get-answer.xml") bytes per answer)" >&2

declare -A names=([acs-get]="ACS Get" [acs-set]="ACS Set" [lr-query]="LR query (confirmation)")
for load in acs-get acs-set lr-query; do
  script=eng/load/$load.lua
  step "${names[$load]}: warming up, then $rounds x (bare, simulator), $duration each at $connections connections"
  wrk -t"$threads" -c"$connections" -d3s -s "$script" "$bare/sync-service" >/dev/null
  wrk -t"$threads" -c"$connections" -d3s -s "$script" "$simulator/sync-service" >/dev/null
  for round in $(seq "$rounds"); do
    measure "$bare_pid" "$bare" "$script" "$work/$load.bare"
    measure "$simulator_pid" "$simulator" "$script" "$work/$load.simulator"
    # Each simulator run against the bare run just before it: the pair saw the same machine.
    paste -d' ' <(tail -1 "$work/$load.simulator") <(tail -1 "$work/$load.bare") | awk '{ print $1 / $5 }' >>"$work/$load.ratio"
    echo "  round $round: bare $(tail -1 "$work/$load.bare"), simulator $(tail -1 "$work/$load.simulator") (req/s, p50 ms, p99 ms, CPU us/request)" >&2
  done
done
# The same requests still answer AA after the load: what was measured was the success path.
expect_aa "$simulator" get-resource-permissions.xml urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01 "$work/get-after.xml"
journaled=$(curl -s "$simulator/admin/journal?limit=1" | grep -oE '"id":[0-9]+' | head -1 | cut -d: -f2)
stop_all

step "Cold start: $starts starts of the simulator binary, each on a fresh data file"
for start in $(seq "$starts"); do
  begin=$(date +%s%N)
  start_simulator "$work/cold-$start.db" "$work/cold-$start.log"
  wait_until_ready "${started[-1]}" "$work/cold-$start.log" >/dev/null
  echo "$(( ($(date +%s%N) - begin) / 1000000 ))" >>"$work/cold-start"
  stop_all
  echo "  start $start: $(tail -1 "$work/cold-start") ms" >&2
done

cat <<EOF

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), shared; wrk $threads threads, $connections connections,
$rounds interleaved pairs of $duration runs per request; medians (the ratio is the median of each pair's ratio). The simulator
journaled $journaled exchanges into SQLite.

| request | bare endpoint req/s | simulator req/s | simulator / bare | bare p50 / p99 (ms) | simulator p50 / p99 (ms) | CPU per request, bare / simulator (µs) |
|---|---:|---:|---:|---:|---:|---:|
EOF
for load in acs-get acs-set lr-query; do
  b=$(median "$work/$load.bare" 1)
  s=$(median "$work/$load.simulator" 1)
  printf '| %s | %s | %s | %s | %s / %s | %s / %s | %s / %s |\n' "${names[$load]}" "$b" "$s" "$(median "$work/$load.ratio" 1 2)" \
    "$(median "$work/$load.bare" 2 2)" "$(median "$work/$load.bare" 3 2)" "$(median "$work/$load.simulator" 2 2)" "$(median "$work/$load.simulator" 3 2)" \
    "$(median "$work/$load.bare" 4)" "$(median "$work/$load.simulator" 4)"
done
cat <<EOF

| simulator cold start (process start to the first 200 from /healthcheck) | median of $starts | fastest | slowest |
|---|---:|---:|---:|
| fresh data file, built binary | $(median "$work/cold-start" 1) ms | $(sort -g "$work/cold-start" | awk 'NR == 1') ms | $(sort -g "$work/cold-start" | tail -1) ms |
EOF
