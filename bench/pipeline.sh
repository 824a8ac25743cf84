#!/usr/bin/env bash
# Pipeline benchmark: the real pipeline against the no-op ceiling of the same shape, on one embedded
# broker, throughput (several alternating rounds) and latency at a fixed offered load.
#   bench/pipeline.sh --quick                       # ~3 minutes: 3,000 articles, 2 rounds, 15 s latency runs
#   bench/pipeline.sh                               # 20,000 articles, 5 rounds, 60 s latency runs
#   bench/pipeline.sh --set streams.commit.interval.ms=200 --set consumer.max.poll.records=1000
#   bench/pipeline.sh --help                        # every option
# Builds bench/target/newsroute-bench.jar first when a source is newer. Results: bench/target/results/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/bench/target/newsroute-bench.jar"

stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find "$ROOT/pom.xml" "$ROOT"/{common,tagger,producer,streams,consumer,app,bench}/pom.xml \
           "$ROOT"/{common,kafka,tagger,extract,producer,streams,consumer,pipeline,tools,bench}/src/main -newer "$JAR" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "building $JAR" >&2
  (cd "$ROOT" && mvn -q -o -pl bench -am package -Dmaven.test.skip=true)
fi

mkdir -p "$ROOT/bench/target/results" "$ROOT/bench/target/logs"
exec java ${BENCH_JAVA_OPTS:--Xms4g -Xmx4g} \
  -Dnewsroute.log.dir="$ROOT/bench/target/logs" \
  -Dbench.results.dir="$ROOT/bench/target/results" \
  -cp "$JAR" io.newsroute.bench.PipelineBenchmark "$@"
