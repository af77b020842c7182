#!/usr/bin/env bash
# Wall time from launching the JVM to /actuator/health answering UP, for ChainDesk and for a bare app of the same
# stack (bench/baseline: Boot 4.1 + Modulith 2.1 + embedded PostgreSQL 17 + Flyway), cold (empty data directory;
# ChainDesk also loads its demo chain) and warm (restart on the same data). Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
runs="${1:-3}"
port=18080

echo "Building ChainDesk and the baseline app…"
./mvnw -q -B -ntp -DskipTests package
(cd bench/baseline && ../../mvnw -q -B -ntp -DskipTests package)
chaindesk_jar=$(ls target/chaindesk-*.jar | grep -v original | head -1)
baseline_jar=bench/baseline/target/baseline-app-1.jar

# Starts a jar, waits for health UP, prints the milliseconds it took, stops it gracefully.
time_to_healthy() {
  local jar="$1" dir="$2"; shift 2
  local started now pid
  started=$(date +%s%N)
  CHAINDESK_DATA_DIR="$dir" "$JAVA_HOME/bin/java" -jar "$jar" --server.port=$port --data-dir="$dir" "$@" \
    >"$dir.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "failed to start, see $dir.log" >&2; return 1; fi
    sleep 0.05
  done
  now=$(date +%s%N)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (now - started) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A result
for app in baseline chaindesk; do
  jar=$baseline_jar; [ "$app" = chaindesk ] && jar=$chaindesk_jar
  cold=(); warm=()
  for i in $(seq 1 "$runs"); do
    dir="$work/$app-$i"; mkdir -p "$dir"
    cold+=("$(time_to_healthy "$jar" "$dir")")
    warm+=("$(time_to_healthy "$jar" "$dir")")
  done
  result[$app-cold]=$(printf '%s\n' "${cold[@]}" | median)
  result[$app-warm]=$(printf '%s\n' "${warm[@]}" | median)
  echo "$app cold runs (ms): ${cold[*]}; warm runs (ms): ${warm[*]}"
done

echo
printf '%-28s %12s %12s %10s\n' "start to healthy (median)" "ChainDesk" "baseline" "goal"
printf '%-28s %10s ms %10s ms %10s\n' "first start, empty data" "${result[chaindesk-cold]}" "${result[baseline-cold]}" "≤ 15 s"
printf '%-28s %10s ms %10s ms %10s\n' "warm restart" "${result[chaindesk-warm]}" "${result[baseline-warm]}" "≤ 8 s"
