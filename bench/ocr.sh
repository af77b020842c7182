#!/usr/bin/env bash
# OCR figure of issue 5: 24 generated error-screen photos (POS, receipt and label printers, card terminals, routers,
# scales, shelf-label gateways, CCTV recorders, a fridge panel; zh-CN, zh-TW and English; five fonts, 18-36 px, dark
# and coloured screens, sensor noise, blur, tilts up to 2.5 degrees) read by the application's PhotoReader
# (OCR preparation + Tesseract chi_sim+chi_tra+eng, psm 6, plus a Latin-first pass for codes). Prints the share of
# photos whose error codes come out exactly (all of them, nothing else; goal >= 90 %) and, in the same run, the
# baseline: Tesseract with its default settings (eng, psm 3) on the raw image, with the same error-code policy.
# Needs Debian's tesseract-ocr, tesseract-ocr-chi-sim, tesseract-ocr-chi-tra, fonts-noto-cjk (and ffmpeg for WebP).
# Usage: bench/ocr.sh   (OCR_BENCH_VERBOSE=1 prints what was read on misses)
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh
command -v tesseract >/dev/null || {
  echo "tesseract is missing: apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra fonts-noto-cjk" >&2
  exit 1
}
echo "Compiling ChainDesk and its tests…"
./mvnw -q -B -ntp -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "tesseract $(tesseract --version 2>&1 | head -1 | cut -d' ' -f2), load: $(uptime | sed 's/.*load average: //')"
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.chaindesk.assist.photo.OcrBench 2>&1 | grep -v -E '^(SLF4J|WARN|[0-9:.]+ \[main\] WARN)'
