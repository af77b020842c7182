#!/usr/bin/env bash
# Throughput and latency of GET /api/v1/config/effective?store= with 1,000 stores, measured by Gatling at a fixed
# arrival rate right after the same rate on /actuator/health (the baseline: what this machine and server do at all).
# Usage: bench/config-effective.sh [rate=2000] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
rate="${1:-2000}"
seconds="${2:-60}"
port=18081
base="http://localhost:$port"

[ -n "$(ls target/chaindesk-*.jar 2>/dev/null | grep -v original)" ] || ./mvnw -q -B -ntp -DskipTests package
jar=$(ls target/chaindesk-*.jar | grep -v original | head -1)
work=$(mktemp -d)
# The demo chain without its 90-day ticket history: the benchmark brings its own tickets, and the history, written
# in the background after the start, would race them (and their numbers).
CHAINDESK_DATA_DIR="$work" SERVER_PORT=$port "$JAVA_HOME/bin/java" -Dchaindesk.demo.history.enabled=false -Xmx2g -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs "$base/actuator/health" | grep -q UP; do
  kill -0 $app 2>/dev/null || { echo "ChainDesk failed to start: see $work/app.log" >&2; tail -40 "$work/app.log"; exit 1; }
  sleep 0.5
done

token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"chaindesk"}' \
  "$base/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
regions=($(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/org/regions" | grep -oE '"id":[0-9]+' | cut -d: -f2))
existing=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/org/stores?size=1" | grep -oE '"totalElements":[0-9]+' | cut -d: -f2)
need=$((1000 - existing))
echo "Creating $need stores through the API (demo has $existing)…"
create_store() {
  local i=$1 region=${regions[$(( $1 % ${#regions[@]} ))]}
  curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$base/api/v1/org/stores" -d @- <<JSON
{"code":"BENCH-$i","name":{"zh-CN":"压测门店$i","en":"Bench store $i"},"regionId":$region,"city":"上海",
 "address":"压测路 $i 号","latitude":31.$((1000 + i % 9000)),"longitude":121.$((1000 + i % 9000)),
 "timeZone":"Asia/Shanghai","locale":"zh-CN","sizeClass":"M",
 "openingHours":{"MON":["09:00-21:00"],"TUE":["09:00-21:00"],"WED":["09:00-21:00"],"THU":["09:00-21:00"],
                 "FRI":["09:00-22:00"],"SAT":["10:00-22:00"],"SUN":["10:00-21:00"]}}
JSON
}
export -f create_store; export token base
regions_list="${regions[*]}"
for i in $(seq 1 "$need"); do echo "$i"; done | \
  REGIONS="$regions_list" xargs -P 8 -I{} bash -c 'regions=($REGIONS); create_store {}'
echo "Stores now: $(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/org/stores?size=1" | grep -oE '"totalElements":[0-9]+' | cut -d: -f2)"

# One Gatling run per target: a 15 s ramp warms both JVMs and the connections first and is reported apart.
gatling() {
  (cd bench/gatling && BENCH_BASE="$base" BENCH_TARGET="$1" BENCH_RATE="$rate" BENCH_SECONDS="$seconds" BENCH_RAMP=15 \
    ../../mvnw -q -B -ntp gatling:test -Dgatling.simulationClass=chaindesk.bench.ConfigEffectiveSimulation) \
    > "$work/gatling-$1.log" 2>&1 || true
}
# Reads the measured request's figures from the assertion lines Gatling prints ("... : true (actual : 12)").
figures() {
  local log="$1" name="$2" ok ko
  actual() { grep -E "^$name: $1" "$log" | head -1 | sed -E 's/.*actual : ([0-9]+)(\.[0-9]+)?.*/\1/'; }
  ok=$(actual "count of successful events"); ko=$(actual "count of failed events")
  printf '%10s %8s %8s %8s %8s %8s' "$(( ${ok:-0} / seconds ))" "$(actual '50th percentile')" "$(actual '95th percentile')" \
    "$(actual '99th percentile')" "$(actual 'max of response time')" "${ko:-?}"
}
echo "Gatling at $rate requests/s for ${seconds}s on each target, after a 15 s warm-up ramp…"
gatling health
gatling config
echo
printf '%-34s %10s %8s %8s %8s %8s %8s\n' "at $rate requests/s offered" "served/s" "p50 ms" "p95 ms" "p99 ms" "max ms" "errors"
printf '%-34s %s\n' "/actuator/health (baseline)" "$(figures "$work/gatling-health.log" health)"
printf '%-34s %s\n' "/api/v1/config/effective?store=" "$(figures "$work/gatling-config.log" config)"
echo "goal for config/effective: >= 2000 requests/s at p99 <= 20 ms with 1,000 stores"
