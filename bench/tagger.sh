#!/usr/bin/env bash
# Tagger micro-benchmarks (JMH): countries, themes, both together, and a plain single pass over the
# same characters; prints MB/s per core next to the plain scan and the ratio.
#   bench/tagger.sh                      # -f 3 -wi 8 -i 5 -w 1s -r 1s (~3.5 min): 3 JVMs per benchmark, because the JIT
#                                        # makes some forks 10-20% faster than others; figures are medians of the fork means
#   JMH_OPTS="-f 1 -wi 10 -i 5 -w 1s -r 2s" bench/tagger.sh   # other JMH settings (replace the defaults)
#   bench/tagger.sh -prof stack          # further JMH options are passed through
# Builds bench/target/newsroute-bench.jar (JMH main) first when a source is newer.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/bench/target/newsroute-bench.jar"

stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find "$ROOT/pom.xml" "$ROOT"/{common,tagger,producer,bench}/pom.xml \
           "$ROOT"/{common,kafka,tagger,extract,producer,streams,consumer,pipeline,tools,bench}/src/main -newer "$JAR" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "building $JAR" >&2
  (cd "$ROOT" && mvn -q -o -pl bench -am package -Dmaven.test.skip=true)
fi

mkdir -p "$ROOT/bench/target/results"
OUT="$ROOT/bench/target/results/tagger-$(date -u +%Y%m%dT%H%M%SZ).json"
# shellcheck disable=SC2086
java -jar "$JAR" 'io.newsroute.bench.jmh.TaggerBenchmark' ${JMH_OPTS:--f 3 -wi 8 -i 5 -w 1s -r 1s} -rf json -rff "$OUT" "$@"
java -cp "$JAR" io.newsroute.bench.jmh.TaggerReport "$OUT"
echo "results: $OUT"
