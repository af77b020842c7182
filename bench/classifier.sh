#!/usr/bin/env bash
# The ticket-draft classifier on the shipped labelled set (src/main/resources/assist/problem-descriptions.csv):
# holds out 30 % per category with a fixed seed, trains on the rest, prints macro-F1 beside a keyword-rule baseline
# in the same run, per-category F1, device and severity accuracy and a calibration table.
# Usage: bench/classifier.sh [seed]   (default seed 20261123; no app start, no database)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test | { grep -E "ERROR|BUILD" || true; }
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.chaindesk.assist.draft.ClassifierBench "$@"
