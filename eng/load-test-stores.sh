#!/usr/bin/env bash
# The simulator on SQLite beside the simulator on PostgreSQL, under the same load in one run: the README's "Scale" figures.
#
#   bash eng/load-test-stores.sh
#
# It builds Release, starts a throwaway PostgreSQL 15 (eng/postgres.sh), and two standalone simulators on loopback ports
# the OS assigns: one on a fresh SQLite file, one on a fresh PostgreSQL database. For ACS Get and ACS Set (eng/load/*.lua,
# as eng/load-test.sh sends them) it warms both up, then runs wrk against each in turn, round by round, and prints a
# markdown table of medians. CPU per request counts the simulator process and, on PostgreSQL, the database server's
# processes too (the server works for every exchange: that is part of its cost), each shown apart. Everything it started is stopped and
# removed when it ends, whether it succeeds or not.
#
# Settings (environment), with their default values:
#   LOAD_ROUNDS=3  LOAD_DURATION=5s  LOAD_WARMUP=10s  LOAD_CONNECTIONS=16  LOAD_THREADS=2
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${LOAD_ROUNDS:-3}
duration=${LOAD_DURATION:-5s}
warmup=${LOAD_WARMUP:-10s}
connections=${LOAD_CONNECTIONS:-16}
threads=${LOAD_THREADS:-2}
simulator_dir=simulator/SpineConformance.Simulator/bin/Release/net10.0
work=$(mktemp -d)
pg_dir=$(mktemp -d /tmp/spine-pg-load.XXXXXX)
started=()

step() { printf '\n==> %s\n' "$*" >&2; }
fail() { echo "load-test-stores: $*" >&2; exit 1; }
stop_all() {
  for pid in "${started[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  started=()
  bash eng/postgres.sh stop "$pg_dir" >/dev/null || true
  rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || fail "wrk is needed (eng/load-test.sh installs it)"
step "Building the simulator (Release) and starting PostgreSQL"
dotnet build simulator/SpineConformance.Simulator -c Release -nologo -clp:ErrorsOnly >&2
connection=$(bash eng/postgres.sh start "$pg_dir")
postmaster=$(head -1 "$pg_dir/data/postmaster.pid")

# wait_until_ready PID LOG [PATTERN]: the address a started process listens on, once /healthcheck answers.
source eng/lib/wait-until-ready.sh

# CPU ticks (user + system) used so far by the processes given (a backend that ended since is not counted, so the
# server's connections stay open: each simulator keeps its pool).
cpu_ticks() {
  for pid in "$@"; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }'
}
server_ticks() { cpu_ticks "$postmaster" $(pgrep -P "$postmaster"); }

declare -A pids urls
step "Starting the simulator on SQLite and on PostgreSQL"
(cd "$simulator_dir" && exec ./SpineConformance.Simulator --urls http://127.0.0.1:0 --data "$work/load.db" >"$work/sqlite.log" 2>&1) &
started+=($!); pids[sqlite]=$!
(cd "$simulator_dir" && exec ./SpineConformance.Simulator --urls http://127.0.0.1:0 --store postgresql --connection-string "$connection" >"$work/postgresql.log" 2>&1) &
started+=($!); pids[postgresql]=$!
for store in sqlite postgresql; do urls[$store]=$(wait_until_ready "${pids[$store]}" "$work/$store.log"); done

declare -A names=([acs-get]="ACS Get" [acs-set]="ACS Set")
for load in acs-get acs-set; do
  script=eng/load/$load.lua
  step "${names[$load]}: $warmup warm-up per store, then $rounds rounds of $duration each"
  for store in sqlite postgresql; do
    wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "${urls[$store]}/sync-service" >/dev/null
  done
  for round in $(seq "$rounds"); do
    for store in sqlite postgresql; do
      before=$(cpu_ticks "${pids[$store]}"); server_before=$(server_ticks)
      out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$script" "${urls[$store]}/sync-service")
      after=$(cpu_ticks "${pids[$store]}"); server_after=$(server_ticks)
      grep -qE 'Non-2xx|Socket errors' <<<"$out" && { echo "$out" >&2; fail "wrk saw failed requests against $store"; }
      rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
      requests=$(awk '/ requests in / { print $1 }' <<<"$out")
      per_request() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t * 1000000 / hz / n }'; }
      simulator_cpu=$(per_request $((after - before)))
      server_cpu=0
      [ "$store" = postgresql ] && server_cpu=$(per_request $((server_after - server_before)))
      echo "$rps $((simulator_cpu + server_cpu)) $simulator_cpu $server_cpu" >>"$work/$load.$store"
      echo "  round $round $store: $rps req/s, CPU per request $simulator_cpu µs simulator + $server_cpu µs database" >&2
    done
  done
done

median() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f", m }'; }
cat <<EOF

Measured $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, shared, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk $threads threads,
$connections connections, $rounds rounds of $duration per store and request, taken in turns; medians over the rounds. CPU per
request on PostgreSQL adds the database server's processes (same machine, Unix socket, fsync off); each column is its own median.

| request | store | requests/s | CPU µs per request | of it, simulator | of it, database server | CPU per request vs SQLite |
|---|---|---:|---:|---:|---:|---:|
EOF
for load in acs-get acs-set; do
  base=$(median "$work/$load.sqlite" 2)
  for store in sqlite postgresql; do
    cpu=$(median "$work/$load.$store" 2)
    echo "| ${names[$load]} | $store | $(median "$work/$load.$store" 1) | $cpu | $(median "$work/$load.$store" 3) | $(median "$work/$load.$store" 4) | $(awk -v a="$cpu" -v b="$base" 'BEGIN { printf "%.2f", a / b }') |"
  done
done
