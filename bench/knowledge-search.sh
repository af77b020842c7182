#!/usr/bin/env bash
# Knowledge search with 100,000 generated articles, in one JVM (bench/search/…/SearchIndexBench.java): the time to
# rebuild the whole index as an instance does at start (vectors read from knowledge.article_vector on an embedded
# PostgreSQL, none computed), and query latency at a fixed rate through the search path (synonyms, scope, vectors,
# fused score, snippets) beside a raw IndexSearcher query of the same words as the baseline. The vectors come from
# the real bge-small-zh model for a pool of distinct article texts, reused with a little noise per article (100,000
# embeddings would take about an hour here). The HTTP figure (Gatling, p99 at >= 200 requests/s) needs the knowledge
# tables and follows the merge.
# Usage: bench/knowledge-search.sh [articles=100000] [seconds=20] [rate=200]
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
./mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
out=target/bench-search
rm -rf "$out" && mkdir -p "$out"
cp="target/classes:$(cat target/classpath.txt)"
"$JAVA_HOME/bin/javac" -q -d "$out" -cp "$cp" $(find bench/search -name '*.java') 2>/dev/null || \
  "$JAVA_HOME/bin/javac" -d "$out" -cp "$cp" $(find bench/search -name '*.java')
# BENCH_PROFILE=1 records a flight recording (target/bench-search/search.jfr) to see where a search spends its time.
# BENCH_JAVA_OPTS adds JVM options (e.g. -XX:ActiveProcessorCount=1).
profile=()
[ -n "${BENCH_PROFILE:-}" ] && profile=(-XX:StartFlightRecording=filename=$out/search.jfr,settings=profile)
"$JAVA_HOME/bin/java" -Xms2g -Xmx3g --add-modules jdk.incubator.vector "${profile[@]}" ${BENCH_JAVA_OPTS:-} -cp "$out:$cp" \
  com.chaindesk.knowledge.search.SearchIndexBench "${1:-100000}" "${2:-20}" "${3:-200}" 2>&1 | grep -v -E '^(WARNING|SLF4J)|EmbeddedPostgres|PostgresBinaryResolver|djl|CudaUtils'
