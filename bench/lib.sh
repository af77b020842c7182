# Shared by the bench scripts (source it after `cd` to the project root and `. .ci/jdk.sh`).
#
# start_chaindesk PORT [JVM flags…]: runs the built jar on a fresh data directory ($work) with the demo chain but
# without its 90-day ticket history (a benchmark brings its own tickets; the history, written in the background after
# the start, would race them and their numbers), waits until it is healthy, and points psql at its embedded
# PostgreSQL (PGHOST, PGPORT…; `sql` runs psql quietly). On exit the app stops and $work goes, unless KEEP_LOG names a
# directory to keep the logs in.
start_chaindesk() {
  local port="$1"; shift
  jar=$(ls target/chaindesk-*.jar | grep -v original | head -1)
  work=$(mktemp -d)
  CHAINDESK_DATA_DIR="$work" SERVER_PORT=$port "$JAVA_HOME/bin/java" -Dchaindesk.demo.history.enabled=false "$@" \
    -jar "$jar" >"$work/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; if [ -n "${KEEP_LOG:-}" ]; then cp "$work"/*.log "$KEEP_LOG"/; fi; rm -rf "$work"' EXIT
  until curl -fs "http://localhost:$port/actuator/health" | grep -q UP; do
    kill -0 $app 2>/dev/null || { echo "ChainDesk failed to start: see $work/app.log" >&2; tail -40 "$work/app.log"; exit 1; }
    sleep 0.5
  done
  # The embedded server's port is the 4th line of its postmaster.pid; it trusts local connections as postgres.
  export PGHOST=localhost PGPORT=$(sed -n 4p "$work/postgres/postmaster.pid") PGUSER=postgres PGDATABASE=postgres
}

sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
