#!/usr/bin/env bash
# Speech figure of issue 5: 28 voice notes synthesized by espeak-ng (-v cmn-latn-pinyin, pinyin with tone numbers,
# 22 different things store staff say about 20 categories, some again faster, slower, higher or with another voice
# variant), converted with sox to 16 kHz mono, heard by the application's offline engine (pocketsphinx 0.8 with the
# en-us model and a JSGF grammar generated from the default ticket categories, devices, symptoms, error codes and the
# demo chain's 43 open store names, with a garbage phone loop for rejection). Prints the share of notes whose
# category is right (goal >= 80 %) and the share of 7 unrelated notes (English sentences, everyday Mandarin that
# names no device, white noise) that are rejected. Baselines in the same run: the same grammar without the garbage
# branch (every note is forced into a phrase) and chance over the grammar's categories.
# Needs Debian's pocketsphinx, pocketsphinx-en-us, espeak-ng, sox.
# Usage: bench/speech.sh [word insertion penalties, comma separated; default 3e-5 = the application's default]
#        SPEECH_ARGS="-remove_noise no" bench/speech.sh   passes more pocketsphinx_continuous arguments
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
for tool in pocketsphinx_continuous espeak-ng sox; do
  command -v $tool >/dev/null || {
    echo "$tool is missing: apt-get install pocketsphinx pocketsphinx-en-us espeak-ng sox libsox-fmt-all" >&2
    exit 1
  }
done
echo "Compiling ChainDesk and its tests…"
./mvnw -q -B -ntp -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "load: $(uptime | sed 's/.*load average: //')"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.chaindesk.assist.voice.SpeechBench "$@" 2>&1 | grep -v -E '^(SLF4J|WARN)'
