#!/usr/bin/env bash
# The simulator under load, beside two references measured in the same run, and its cold start. Prints markdown tables
# ready for the README's Performance section.
#
#   bash eng/load-test.sh
#   LOAD_BASELINE=/tmp/old/simulator/SpineConformance.Simulator/bin/Release/net10.0 bash eng/load-test.sh   # before/after
#
# It installs wrk (Debian's package) if missing, installs the standalone WireMock (npm package `wiremock`, 3.13.2, Java)
# into artifacts/wiremock (git-ignored) if missing, builds Release, and starts on loopback ports the OS assigns:
# - the standalone simulator as a developer runs it (the built binary, a fresh temporary SQLite file, the default
#   Spine-mode validation, state, journal and default logging, but for the journal retention's own lines at Debug);
# - WireMock, the standalone Java server, with one static stub per request (matched on POST /sync-service and its
#   SOAPAction) answering the bytes the simulator gave that request, its request journal off (--no-request-journal):
#   what a generic HTTP stub costs, the comparison a supplier would make;
# - the bare endpoint (`SpineConformance.Benchmarks bare`), answering every POST with the bytes of a real simulator Get
#   answer: the ceiling of Kestrel on this machine;
# - with LOAD_BASELINE, a second simulator binary (an older build's output folder) on its own fresh data file, so
#   before and after are measured side by side;
# - with LOAD_IN_MEMORY=1, the same simulator binary with --in-memory: the same exchange, state and journal, nothing
#   written to a file, so the table shows what the SQLite data file costs.
# For ACS Get, ACS Set and the LR confirmation query (eng/load/*.lua: the simulator's examples, each request with a new
# SOAP MessageID and HL7 message id, as real clients send them, so no answer could come from memory) it warms every target
# up, then runs wrk round by round: each round runs every request against every target in turn (Get: bare, WireMock,
# simulator, [before]; then Set: ...; then the LR query: ...). It prints one table per request: medians over the rounds,
# and the simulator's throughput over WireMock's and over the bare endpoint's (the median of each round's ratio: the runs
# of one round saw the same machine); then a Set's and an LR query's CPU per request over a Get's, on the same simulator
# in the same round. Each simulator's CPU per request is also given over the bare endpoint's in the same round (the
# exchange's cost in units of the machine's pace, which moves by a fifth from minute to minute), and the runs its
# journal retention prune landed in are named (the simulators log the prune's deletions at Debug; nothing else is raised).
# Any non-2xx answer or socket error fails the run. Everything it started is stopped when it ends,
# whether it succeeds or not.
#
# Settings (environment), with their default values:
#   LOAD_ROUNDS=5         rounds (one run per target and request each; the median of 5 ratios shrugs off two odd rounds)
#   LOAD_DURATION=5s      length of one wrk run
#   LOAD_WARMUP=3s        length of the warm-up run per target and request, before the rounds
#   LOAD_JIT_WARMUP=10s   length of every target's first warm-up run per request (the JIT compilers finish late)
#   LOAD_CONNECTIONS=16   open connections
#   LOAD_THREADS=2        wrk threads (one per core)
#   COLD_STARTS=3         simulator starts timed from process start to the first 200 from /healthcheck
#   LOAD_BASELINE=        an older simulator build's output folder, load-tested as "simulator before"
#   LOAD_IN_MEMORY=       1 to load-test the simulator with --in-memory too, as "simulator --in-memory"
#   WIREMOCK_DIR=artifacts/wiremock   where npm installs WireMock
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${LOAD_ROUNDS:-5}
duration=${LOAD_DURATION:-5s}
warmup=${LOAD_WARMUP:-3s}
jit_warmup=${LOAD_JIT_WARMUP:-10s}
connections=${LOAD_CONNECTIONS:-16}
threads=${LOAD_THREADS:-2}
starts=${COLD_STARTS:-3}
baseline=${LOAD_BASELINE:-}
in_memory=${LOAD_IN_MEMORY:-}
wiremock_dir=${WIREMOCK_DIR:-artifacts/wiremock}
wiremock_version=3.13.2

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
trap 'exit 130' INT TERM

[ -z "$baseline" ] || [ -x "$baseline/SpineConformance.Simulator" ] \
  || fail "LOAD_BASELINE=$baseline holds no built SpineConformance.Simulator"

if ! command -v wrk >/dev/null; then
  step "Installing wrk"
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

wiremock_jar=$wiremock_dir/node_modules/wiremock/build/wiremock-standalone-$wiremock_version.jar
if [ ! -f "$wiremock_jar" ]; then
  step "Installing WireMock $wiremock_version (npm package wiremock) into $wiremock_dir"
  npm install --silent --no-audit --no-fund --prefix "$wiremock_dir" "wiremock@$wiremock_version" >&2
  [ -f "$wiremock_jar" ] || fail "npm installed no $wiremock_jar"
fi
command -v java >/dev/null || fail "WireMock needs Java 17 or later (java is not on PATH)"

step "Building the simulator and the bare endpoint (Release)"
dotnet build simulator/SpineConformance.Simulator -c Release -nologo -clp:ErrorsOnly >&2
dotnet build src/SpineConformance.Benchmarks -c Release -nologo -clp:ErrorsOnly >&2

# wait_until_ready PID LOG [PATTERN]: the address a started process listens on, once /healthcheck answers.
source eng/lib/wait-until-ready.sh

# start_simulator DIR LOG STORE-ARGS...: starts a built simulator binary from its own folder (so it reads its
# appsettings.json, as `dotnet run` does), keeping its state where STORE-ARGS say (--data FILE, or --in-memory).
# Only the journal retention's own lines are raised to Debug, so its log says when a prune deleted entries (the
# exchanges themselves are still not logged one by one).
start_simulator() {
  local dir=$1 log=$2
  shift 2
  (cd "$dir" && exec ./SpineConformance.Simulator --urls http://127.0.0.1:0 "$@" \
    --Logging:LogLevel:SpineConformance.Simulator.Journal.JournalRetention=Debug >"$log" 2>&1) &
  started+=($!)
}

# The entries the journal retention has deleted so far, from the simulator's log LOG.
pruned_so_far() {
  awk '/Journal retention deleted [0-9]+ entries/ { for (i = 1; i <= NF; i++) if ($i == "deleted") n += $(i + 1) } END { print n + 0 }' "$1"
}

# POSTs an example and checks the answer is HTTP 200 with an AA acknowledgement; saves the answer to FILE.
expect_aa() {
  local url=$1 example=$2 action=$3 out=$4 status
  status=$(curl -s -o "$out" -w '%{http_code}' "$url/sync-service" -H 'Content-Type: text/xml; charset=utf-8' \
    -H "SOAPAction: $action" --data-binary "@$examples/$example")
  [ "$status" = 200 ] && grep -q 'acknowledgement typeCode="AA"' "$out" \
    || fail "$url did not answer $example with HTTP 200 and AA (HTTP $status): $(head -c 600 "$out")"
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

declare -A names=([acs-get]="ACS Get" [acs-set]="ACS Set" [lr-query]="LR query (confirmation)")
declare -A actions=(
  [acs-get]=urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01
  [acs-set]=urn:nhs:names:services:lrs/SET_RESOURCE_PERMISSIONS_INUK01
  [lr-query]=urn:nhs:names:services:lrsquery/QUPC_IN010000UK32)
declare -A example_of=([acs-get]=get-resource-permissions.xml [acs-set]=set-resource-permissions.xml [lr-query]=query-confirmation.xml)
loads=(acs-get acs-set lr-query)
# The requests whose CPU is compared with a Get's (the first of loads).
compared=("${loads[@]:1}")

step "Starting the simulator (fresh data file $work/load.db)"
start_simulator "$simulator_dir" "$work/simulator.log" --data "$work/load.db"
declare -A pids=([simulator]=${started[-1]})
declare -A logs=([simulator]=$work/simulator.log)
declare -A urls=([simulator]=$(wait_until_ready "${pids[simulator]}" "$work/simulator.log"))
for load in "${loads[@]}"; do
  expect_aa "${urls[simulator]}" "${example_of[$load]}" "${actions[$load]}" "$work/$load.answer"
done

step "Starting WireMock $wiremock_version with a static stub per request, and the bare endpoint"
mkdir -p "$work/wiremock/mappings" "$work/wiremock/__files"
echo '{ "request": { "method": "GET", "url": "/healthcheck" }, "response": { "status": 200, "body": "Healthy" } }' \
  >"$work/wiremock/mappings/healthcheck.json"
for load in "${loads[@]}"; do
  cp "$work/$load.answer" "$work/wiremock/__files/$load.xml"
  cat >"$work/wiremock/mappings/$load.json" <<EOF
{
  "request": { "method": "POST", "url": "/sync-service", "headers": { "SOAPAction": { "equalTo": "${actions[$load]}" } } },
  "response": { "status": 200, "headers": { "Content-Type": "text/xml; charset=utf-8" }, "bodyFileName": "$load.xml" }
}
EOF
done
java -jar "$wiremock_jar" --bind-address 127.0.0.1 --port 0 --root-dir "$work/wiremock" --no-request-journal \
  >"$work/wiremock.log" 2>&1 &
started+=($!)
pids[wiremock]=$!
urls[wiremock]=$(wait_until_ready "${pids[wiremock]}" "$work/wiremock.log" '^port: +[0-9]+')
"$benchmarks_dir/SpineConformance.Benchmarks" bare --urls http://127.0.0.1:0 --body "$work/acs-get.answer" >"$work/bare.log" 2>&1 &
started+=($!)
pids[bare]=$!
urls[bare]=$(wait_until_ready "${pids[bare]}" "$work/bare.log")
targets=(bare wiremock simulator)
declare -A labels=([bare]="bare endpoint" [wiremock]="WireMock $wiremock_version (static stub)" [simulator]="simulator"
  [memory]="simulator --in-memory (LOAD_IN_MEMORY)" [before]="simulator before (LOAD_BASELINE)")
if [ -n "$in_memory" ]; then
  step "Starting the same simulator with --in-memory"
  start_simulator "$simulator_dir" "$work/memory.log" --in-memory
  pids[memory]=${started[-1]}
  logs[memory]=$work/memory.log
  urls[memory]=$(wait_until_ready "${pids[memory]}" "$work/memory.log")
  targets+=(memory)
fi
if [ -n "$baseline" ]; then
  step "Starting the baseline simulator from $baseline (fresh data file $work/before.db)"
  start_simulator "$baseline" "$work/before.log" --data "$work/before.db"
  pids[before]=${started[-1]}
  logs[before]=$work/before.log
  urls[before]=$(wait_until_ready "${pids[before]}" "$work/before.log")
  targets+=(before)
fi
for load in "${loads[@]}"; do
  for target in wiremock "${targets[@]:2}"; do
    expect_aa "${urls[$target]}" "${example_of[$load]}" "${actions[$load]}" "$work/$load.$target.check"
  done
done
for target in "${targets[@]}"; do echo "  ${labels[$target]}: ${urls[$target]}" >&2; done

# The JVM and .NET both compile their hot paths only after thousands of requests (.NET's tiered compilation recompiles
# them again with what it learnt); without this the first rounds measure the compilers, not the servers.
step "Warming every target up: $jit_warmup per target and request"
for load in "${loads[@]}"; do
  for target in "${targets[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$jit_warmup" -s "eng/load/$load.lua" "${urls[$target]}/sync-service" >/dev/null
  done
done

step "Warming up again: $warmup per target and request"
for load in "${loads[@]}"; do
  for target in "${targets[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$warmup" -s "eng/load/$load.lua" "${urls[$target]}/sync-service" >/dev/null
  done
done

# Round by round, every request and target in each: the runs a ratio compares are seconds apart, not minutes, so the
# shared machine's changes of pace reach both alike.
step "$rounds rounds of (${loads[*]}) x (${targets[*]}), $duration each at $connections connections"
for round in $(seq "$rounds"); do
  for load in "${loads[@]}"; do
    script=eng/load/$load.lua
    line="  round $round, ${names[$load]}:"
    for target in "${targets[@]}"; do
      pruned_before=$([ -z "${logs[$target]:-}" ] || pruned_so_far "${logs[$target]}")
      measure "${pids[$target]}" "${urls[$target]}" "$script" "$work/$load.$target"
      line+=" $target $(tail -1 "$work/$load.$target" | tr ' ' /)"
      if [ -n "${logs[$target]:-}" ] && (( $(pruned_so_far "${logs[$target]}") > pruned_before )); then
        pruned=$(( $(pruned_so_far "${logs[$target]}") - pruned_before ))
        line+=" (the retention prune deleted $pruned entries meanwhile)"
        echo "round $round, ${names[$load]}: $pruned entries" >>"$work/$target.prunes"
      fi
    done
    # Each simulator run against the reference runs of the same round: they saw the same machine.
    for reference in bare wiremock; do
      for target in "${targets[@]:2}"; do
        paste -d' ' <(tail -1 "$work/$load.$target") <(tail -1 "$work/$load.$reference") | awk '{ print $1 / $5 }' >>"$work/$load.$target.over.$reference"
      done
    done
    # And its CPU per request over the bare endpoint's: the cost of the exchange in units of this machine's pace.
    for target in "${targets[@]:2}"; do
      paste -d' ' <(tail -1 "$work/$load.$target") <(tail -1 "$work/$load.bare") | awk '{ print $4 / $8 }' >>"$work/$load.$target.cpu.over.bare"
    done
    echo "$line (req/s / p50 ms / p99 ms / CPU µs per request)" >&2
  done
  # Each request's CPU per request against a Get's, on the same simulator in the same round.
  for target in "${targets[@]:2}"; do
    for load in "${compared[@]}"; do
      paste -d' ' <(tail -1 "$work/$load.$target") <(tail -1 "$work/${loads[0]}.$target") | awk '{ print $4 / $8 }' >>"$work/$load.$target.cpu.over.get"
    done
  done
done
# The same requests still answer AA after the load: what was measured was the success path.
expect_aa "${urls[simulator]}" get-resource-permissions.xml "${actions[acs-get]}" "$work/get-after.xml"
journaled=$(curl -s "${urls[simulator]}/admin/journal?limit=1" | grep -oE '"id":[0-9]+' | head -1 | cut -d: -f2)
load_average=$(cut -d' ' -f1-3 /proc/loadavg)
stop_all

step "Cold start: $starts starts of the simulator binary, each on a fresh data file"
for start in $(seq "$starts"); do
  begin=$(date +%s%N)
  start_simulator "$simulator_dir" "$work/cold-$start.log" --data "$work/cold-$start.db"
  wait_until_ready "${started[-1]}" "$work/cold-$start.log" >/dev/null
  echo "$(( ($(date +%s%N) - begin) / 1000000 ))" >>"$work/cold-start"
  stop_all
  echo "  start $start: $(tail -1 "$work/cold-start") ms" >&2
done

cat <<EOF

Measured $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores ($(uname -m)), shared, load average $load_average at the end of
the load; wrk $threads threads, $connections connections, $rounds rounds, each with a $duration run per target and request
taken in turns; medians over the rounds (a ratio is the median of each round's ratio). The simulator journaled $journaled
exchanges into SQLite.
EOF
for load in "${loads[@]}"; do
  printf '\n%s\n\n' "**${names[$load]}**"
  echo '| target | req/s | p50 / p99 (ms) | CPU per request (µs) | CPU ÷ bare | req/s ÷ WireMock | req/s ÷ bare |'
  echo '|---|---:|---:|---:|---:|---:|---:|'
  for target in "${targets[@]}"; do
    file=$work/$load.$target
    cpu_over_bare=—
    over_wiremock=—
    over_bare=—
    if [ -f "$file.over.wiremock" ]; then
      cpu_over_bare=$(median "$file.cpu.over.bare" 1 1)
      over_wiremock=$(median "$file.over.wiremock" 1 2)
      over_bare=$(median "$file.over.bare" 1 2)
    fi
    printf '| %s | %s | %s / %s | %s | %s | %s | %s |\n' "${labels[$target]}" "$(median "$file" 1)" "$(median "$file" 2 2)" \
      "$(median "$file" 3 2)" "$(median "$file" 4)" "$cpu_over_bare" "$over_wiremock" "$over_bare"
  done
done
printf '\n%s\n\n' "**CPU per request against a Get's**: the median of the rounds' ratios on the same simulator (in brackets each round's, lowest first)"
header='| target |'
rule='|---|'
for load in "${compared[@]}"; do
  header+=" ${names[$load]} ÷ ${names[${loads[0]}]} |"
  rule+='---:|'
done
echo "$header"
echo "$rule"
for target in "${targets[@]:2}"; do
  row="| ${labels[$target]} |"
  for load in "${compared[@]}"; do
    row+=" $(median "$work/$load.$target.cpu.over.get" 1 2) ($(sort -g "$work/$load.$target.cpu.over.get" | awk '{ printf "%s%.2f", (NR > 1 ? ", " : ""), $1 }')) |"
  done
  echo "$row"
done
# The retention prune runs every minute and, once the journal passes its limits (the load passes the default 768 MiB of
# bodies, about 100,000 exchanges, within a minute), deletes a minute of traffic: the run it lands in pays for it.
for target in "${targets[@]:2}"; do
  [ "$target" != memory ] || continue
  if [ -s "$work/$target.prunes" ]; then
    printf '\nThe retention prune of the %s deleted entries during %s of its %s measured runs (%s).\n' "${labels[$target]}" \
      "$(wc -l <"$work/$target.prunes")" "$(( rounds * ${#loads[@]} ))" "$(paste -sd';' "$work/$target.prunes" | sed 's/;/; /g')"
  else
    printf '\nThe retention prune of the %s deleted no entries during its measured runs.\n' "${labels[$target]}"
  fi
done
cat <<EOF

| simulator cold start (process start to the first 200 from /healthcheck) | median of $starts | fastest | slowest |
|---|---:|---:|---:|
| fresh data file, built binary | $(median "$work/cold-start" 1) ms | $(sort -g "$work/cold-start" | awk 'NR == 1') ms | $(sort -g "$work/cold-start" | tail -1) ms |
EOF
