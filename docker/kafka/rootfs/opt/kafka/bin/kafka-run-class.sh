#!/bin/bash
# Runs a Java class with Kafka's jars: kafka-run-class.sh CLASS [ARGS...]
# KAFKA_HEAP_OPTS, KAFKA_JVM_PERFORMANCE_OPTS, KAFKA_LOG4J_OPTS and KAFKA_OPTS are word-split
# into JVM options, as in Kafka's own script. The defaults suit short-lived tools.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "USAGE: $0 classname [opts]" >&2
  exit 1
fi
base_dir=/opt/kafka
heap_opts=${KAFKA_HEAP_OPTS:--Xmx256M}
performance_opts=${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true}
log4j_opts=${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=$base_dir/config/tools-log4j2.properties}
# shellcheck disable=SC2086 # option lists are meant to be split
exec java $heap_opts $performance_opts $log4j_opts ${KAFKA_OPTS:-} -cp "$base_dir/libs/*" "$@"
