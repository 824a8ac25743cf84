#!/usr/bin/env bash
# Measures the country tagger on labelled news: tags every story of a JSON-lines file and prints the
# scorer's summary (micro P/R/F1) for the predicted ISO 3166-1 alpha-2 codes.
#   bench/eval-countries.sh [GOLD.jsonl] [THRESHOLD]
# GOLD defaults to ../shared/eval/reuters_dev.jsonl (lines: id, title, body, countries).
# Uses `./newsroute tag` when the CLI answers `tag --help` (it builds itself when stale); otherwise, or
# when it fails, runs the tagger's evaluation harness (tagger test classes) on a plain java classpath.
# THRESHOLD (0..1) forces the harness with that routing threshold.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="${1:-$here/../shared/eval/reuters_dev.jsonl}"
[ -f "$gold" ] || gold=/work/shared/eval/reuters_dev.jsonl
threshold="${2:-}"
scorer="$(dirname "$gold")/score_countries.py"
[ -f "$scorer" ] || scorer="$here/../shared/eval/score_countries.py"
[ -f "$scorer" ] || scorer=/work/shared/eval/score_countries.py
pred="$(mktemp /tmp/eval-countries.XXXXXX.jsonl)"
trap 'rm -f "$pred" "$pred.enriched"' EXIT

tag_with_cli() {
  [ -z "$threshold" ] && [ -x "$here/newsroute" ] || return 1
  "$here/newsroute" tag --help >/dev/null 2>&1 || return 1
  echo "eval-countries: tagging with ./newsroute tag" >&2
  "$here/newsroute" tag < "$gold" > "$pred.enriched" || return 1
  python3 - "$pred.enriched" > "$pred" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line:
        continue
    d = json.loads(line)
    codes = [c["code"] if isinstance(c, dict) else c for c in (d.get("countries") or [])]
    print(json.dumps({"id": d.get("id"), "countries": codes}))
PY
}

tag_with_harness() {
  (cd "$here" && mvn -q -o -pl tagger -am test-compile >&2) || (cd "$here" && mvn -q -pl tagger -am test-compile >&2)
  m2="${MAVEN_REPO:-$HOME/.m2/repository}"
  cp="$here/tagger/target/classes:$here/tagger/target/test-classes:$here/common/target/classes"
  for j in jackson-databind jackson-core jackson-annotations; do
    jar="$(find "$m2/com/fasterxml/jackson/core/$j" -name "$j-*.jar" ! -name '*sources*' | sort -V | tail -n 1)"
    cp="$cp:$jar"
  done
  echo "eval-countries: tagging with the CountryEval harness${threshold:+ at threshold $threshold}" >&2
  java -cp "$cp" io.newsroute.tagger.countries.CountryEval ${threshold:+"$threshold"} < "$gold" > "$pred"
}

tag_with_cli || tag_with_harness
python3 "$scorer" "$gold" "$pred" | tail -n 1
