# Sourced by scripts that need a JDK 21+: sets and exports JAVA_HOME, or fails with a clear message.
jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F= '/java.specification.version/ { gsub(/ /, "", $2); split($2, v, "."); print v[1] }'
}

find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(jdk_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

JAVA_HOME="$(find_jdk)" || { echo "No JDK 21 or newer found under /usr/lib/jvm; install one (e.g. temurin-25-jdk)." >&2; exit 1; }
export JAVA_HOME
