#!/usr/bin/env bash
# Measures the theme tagger on labelled news: tags every story of a JSON-lines file and prints the
# scorer's table and, as its last line, its summary (restricted, strict, recall, tops_per_article).
#   bench/eval-themes.sh [GOLD.jsonl] [--harness]
# GOLD defaults to ../shared/eval/bbc_dev.jsonl (lines: id, title, body, category); a GOLD in an ml/ folder
# (German and French news with IPTC top levels: ml/de_dev.jsonl, ml/fr_dev.jsonl) is scored by
# score_topics.py from the folder above it, the others by score_themes.py.
# Uses the CLI's `tag` command when app/target/newsroute.jar is built, newer than the tagger and common
# sources (so it never triggers a build nor measures stale code) and has a `tag` command; otherwise (or
# with --harness) runs the theme tagger's harness io.newsroute.tagger.themes.ThemeEvalMain (tagger test classes) on a
# plain java classpath, which calls ThemeTagger directly and does not need the country tagger.
# Set THEMES=path/to/themes.txt to measure a user theme file (harness only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold=""
harness="${THEMES:+yes}"
for arg in "$@"; do
  case "$arg" in
    --harness) harness=yes ;;
    *) gold="$arg" ;;
  esac
done
gold="${gold:-$here/../shared/eval/bbc_dev.jsonl}"
[ -f "$gold" ] || gold=/work/shared/eval/bbc_dev.jsonl
scorer_name=score_themes.py
gold_dir="$(dirname "$gold")"
if [ "$(basename "$gold_dir")" = ml ]; then
  scorer_name=score_topics.py
  gold_dir="$(dirname "$gold_dir")"
fi
scorer="$gold_dir/$scorer_name"
[ -f "$scorer" ] || scorer="$here/../shared/eval/$scorer_name"
[ -f "$scorer" ] || scorer="/work/shared/eval/$scorer_name"
pred="$(mktemp /tmp/eval-themes.XXXXXX.jsonl)"
cpfile="$(mktemp /tmp/eval-themes-cp.XXXXXX)"
trap 'rm -f "$pred" "$cpfile"' EXIT

jar="$here/app/target/newsroute.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
fresh_cli() {
  [ -f "$jar" ] || return 1
  [ -z "$(find "$here"/{common,tagger}/src/main -type f -newer "$jar" -print 2>/dev/null | head -n 1)" ] || return 1
  "$java_bin" -jar "$jar" --help 2>/dev/null | grep -qw tag
}

if [ -z "$harness" ] && fresh_cli; then
  echo "eval-themes: using newsroute tag ($jar)" >&2
  "$java_bin" -jar "$jar" tag < "$gold" | python3 -c '
import json, sys
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    d = json.loads(line)
    themes = [{"code": t.get("code"), "top": t.get("top"), "score": t.get("score")}
              for t in (d.get("themes") or []) if isinstance(t, dict)]
    print(json.dumps({"id": d.get("id"), "themes": themes}))
' > "$pred"
else
  echo "eval-themes: using the ThemeEvalMain harness" >&2
  (cd "$here" && mvn -q -o -pl tagger -am test-compile >&2) || (cd "$here" && mvn -q -pl tagger -am test-compile >&2)
  cp="$here/tagger/target/classes:$here/tagger/target/test-classes:$here/common/target/classes"
  if (cd "$here" && { mvn -q -o -pl tagger dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null 2>&1 \
      || mvn -q -pl tagger dependency:build-classpath -Dmdep.outputFile="$cpfile" >&2; }); then
    cp="$cp:$(cat "$cpfile")"
  else
    m2="${MAVEN_REPO:-$HOME/.m2/repository}"
    for j in jackson-databind jackson-core jackson-annotations; do
      jar="$(find "$m2/com/fasterxml/jackson/core/$j" -name "$j-*.jar" ! -name '*sources*' | sort -V | tail -n 1)"
      cp="$cp:$jar"
    done
  fi
  java -cp "$cp" io.newsroute.tagger.themes.ThemeEvalMain ${THEMES:+--themes "$THEMES"} "$gold" > "$pred"
fi
python3 "$scorer" "$gold" "$pred"
