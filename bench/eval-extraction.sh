#!/usr/bin/env bash
# Scores the HTML article extractor on a labelled set of pages.
#
# usage: bench/eval-extraction.sh [DIR]
#   DIR holds html/<id>.html.gz and ground_truth.jsonl (default /work/shared/eval/extraction).
#   Runs `./newsroute extract DIR/html` when the launcher exists at the repo root and works,
#   else io.newsroute.tools.eval.ExtractMain from tools/ and extract/target/classes (built if missing),
#   then prints the scorer's summary line. The full per-page table goes to $OUT_DIR/score.txt.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${1:-/work/shared/eval/extraction}"
SCORER="${SCORER:-$(dirname "$DIR")/score_extraction.py}"
[ -f "$SCORER" ] || SCORER=/work/shared/eval/score_extraction.py
OUT_DIR="${OUT_DIR:-$(mktemp -d)}"
PRED="$OUT_DIR/pred.jsonl"
M2="${M2_REPO:-$HOME/.m2/repository}"

[ -d "$DIR/html" ] || { echo "no $DIR/html folder" >&2; exit 2; }
[ -f "$DIR/ground_truth.jsonl" ] || { echo "no $DIR/ground_truth.jsonl" >&2; exit 2; }

run_with_launcher() {
  [ -x "$REPO/newsroute" ] || return 1
  "$REPO/newsroute" extract "$DIR/html" > "$PRED" 2> "$OUT_DIR/extract.log" || return 1
  [ -s "$PRED" ]
}

jar_of() { # group-path artifact version
  local f="$M2/$1/$2/$3/$2-$3.jar"
  [ -f "$f" ] && echo "$f"
}

version_of() { # artifact property in the parent pom, e.g. jsoup.version
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REPO/pom.xml" | head -1
}

run_with_classpath() {
  if [ ! -d "$REPO/tools/target/classes/io/newsroute/tools" ] || [ ! -d "$REPO/extract/target/classes/io/newsroute/extract" ]; then
    (cd "$REPO" && mvn -q -o -pl tools -am compile) >&2
  fi
  local jackson jsoup slf4j cp
  jackson="$(version_of jackson.version)"; jsoup="$(version_of jsoup.version)"; slf4j="$(version_of slf4j.version)"
  cp="$REPO/tools/target/classes:$REPO/extract/target/classes:$REPO/common/target/classes"
  for j in "$(jar_of org/jsoup jsoup "$jsoup")" \
           "$(jar_of com/fasterxml/jackson/core jackson-databind "$jackson")" \
           "$(jar_of com/fasterxml/jackson/core jackson-core "$jackson")" \
           "$(ls "$M2"/com/fasterxml/jackson/core/jackson-annotations/*/jackson-annotations-*.jar 2>/dev/null | sort -V | tail -1)" \
           "$(jar_of com/fasterxml/jackson/datatype jackson-datatype-jsr310 "$jackson")" \
           "$(jar_of org/slf4j slf4j-api "$slf4j")"; do
    [ -n "$j" ] && cp="$cp:$j"
  done
  java -cp "$cp" io.newsroute.tools.eval.ExtractMain "$DIR/html" > "$PRED" 2> "$OUT_DIR/extract.log"
}

if ! run_with_launcher; then
  run_with_classpath
fi
python3 "$SCORER" "$DIR/ground_truth.jsonl" "$PRED" > "$OUT_DIR/score.txt"
echo "predictions: $PRED, per-page table: $OUT_DIR/score.txt" >&2
tail -1 "$OUT_DIR/score.txt"
