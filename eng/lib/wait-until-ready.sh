# Sourced by the load scripts (eng/load-test.sh, eng/load-test-stores.sh), which define fail().
#
# wait_until_ready PID LOG [PATTERN]: waits until a process we started prints the address it listens on (PATTERN's last
# number is the port; by default the loopback URL the simulator prints), then until GET URL/healthcheck answers 200;
# prints the address. Port 0 lets the OS choose a free port, so nothing else on the machine is disturbed.
wait_until_ready() {
  local pid=$1 log=$2 pattern=${3:-'http://127\.0\.0\.1:[0-9]+'} url="" port
  for _ in $(seq 3000); do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; fail "process $pid stopped before it was ready (log above)"; }
    port=$(grep -m1 -oE "$pattern" "$log" | grep -oE '[0-9]+$' || true)
    url=${port:+http://127.0.0.1:$port}
    if [ -n "$url" ] && curl -sf -o /dev/null --max-time 2 "$url/healthcheck"; then
      echo "$url"
      return
    fi
    sleep 0.01
  done
  fail "process $pid was not ready within 30 s (log: $log)"
}
