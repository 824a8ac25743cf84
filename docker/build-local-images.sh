#!/usr/bin/env bash
# Builds Newsroute's local Docker images from what this machine has, with no container registry:
#
#   newsroute/jre:17-local      a small JRE base: a jlink'd runtime of the machine's JDK 17, bash,
#                               dash as /bin/sh and a few coreutils, imported with `docker import`
#   newsroute/kafka:4.4.0-local Apache Kafka's broker (jars from Maven Central) on that base,
#                               following the contract of the official apache/kafka image
#                               (KAFKA_* env -> server.properties, CLUSTER_ID, /etc/kafka/docker/run)
#                               so Testcontainers' KafkaContainer and docker-compose.yml accept it
#   newsroute/app:local         app/target/newsroute.jar on the JRE base (ENTRYPOINT newsroute)
#
# Usage: docker/build-local-images.sh [--force] [jre|kafka|app|builder]...   (default: jre kafka app;
# builder, a JDK+Maven image to check the multi-stage ./Dockerfile, is only built when named)
# Idempotent: an image whose inputs (recorded in its io.newsroute.inputs label) did not change is
# kept; --force (or FORCE=1) rebuilds. Work files go to $NEWSROUTE_DOCKER_BUILD_DIR
# (default /tmp/newsroute-docker-build), never into the work tree. NEWSROUTE_APP_JAR names another
# jar for the app image (default app/target/newsroute.jar).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCKER_DIR="$REPO_ROOT/docker"
BUILD_DIR="${NEWSROUTE_DOCKER_BUILD_DIR:-/tmp/newsroute-docker-build}"

JDK_HOME="${JDK_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
KAFKA_VERSION="${KAFKA_VERSION:-4.4.0}"
LOG4J_VERSION="${LOG4J_VERSION:-2.24.3}"
SLF4J_VERSION="${SLF4J_VERSION:-2.0.17}"

JRE_IMAGE="${JRE_IMAGE:-newsroute/jre:17-local}"
KAFKA_LOCAL_IMAGE="${KAFKA_LOCAL_IMAGE:-newsroute/kafka:${KAFKA_VERSION}-local}"
APP_LOCAL_IMAGE="${APP_LOCAL_IMAGE:-newsroute/app:local}"
BUILDER_IMAGE="${BUILDER_IMAGE:-newsroute/maven:3-jdk17-local}"
APP_JAR="${NEWSROUTE_APP_JAR:-$REPO_ROOT/app/target/newsroute.jar}"

JLINK_MODULES="java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns,jdk.security.auth,jdk.security.jgss,jdk.jfr,jdk.localedata,jdk.charsets,jdk.net,jdk.httpserver"
# Programs of the base image (with the shared libraries ldd reports). Scripts of the Kafka image,
# Testcontainers' start command (sh -c 'while [ ! -f ... ]; do sleep 0.1; done; ...') and
# healthchecks (bash's /dev/tcp) need no more.
BASE_PROGRAMS=(bash dash sleep cat cp mv rm ln ls mkdir rmdir chmod chown touch id env echo printf
  head tail cut tr sort uniq wc tee date dirname basename readlink realpath mktemp true false test
  uname nproc stat sync timeout kill grep sed hostname)
# Shared libraries the JVM's own files do not pull in but native code loaded by the app does:
# RocksDB's JNI library (Kafka Streams' persistent state stores, e.g. the web view's trends) links
# libpthread, librt, libdl, libstdc++, libm and libgcc_s. Without them the store fails to open
# with "UnsatisfiedLinkError: libpthread.so.0".
NATIVE_LIBS=(libpthread.so.0 librt.so.1 libdl.so.2 libstdc++.so.6 libm.so.6 libgcc_s.so.1)

FORCE="${FORCE:-0}"
log() { printf '[build-local-images] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

targets=()
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    jre|kafka|app|builder) targets+=("$arg") ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) die "unknown argument '$arg' (usage: $0 [--force] [jre|kafka|app|builder]...)" ;;
  esac
done
((${#targets[@]})) || targets=(jre kafka app)

command -v docker >/dev/null || die "docker not found: run docker/install-docker.sh first"
docker info >/dev/null 2>&1 || die "the Docker daemon does not answer: run docker/install-docker.sh first"
# The legacy builder uses local base images without contacting any registry.
export DOCKER_BUILDKIT=0

mkdir -p "$BUILD_DIR"

# Prints the value of the io.newsroute.inputs label of image $1, or nothing.
image_inputs() { docker image inspect --format '{{ index .Config.Labels "io.newsroute.inputs" }}' "$1" 2>/dev/null || true; }
up_to_date() { # image, inputs-hash
  [[ "$FORCE" != 1 && "$(image_inputs "$1")" == "$2" ]]
}
hash_of() { sha256sum | cut -c1-16; }
# After a rebuild, removes the image that tag $1 named before ($2), unless something still uses it.
drop_replaced() {
  local new
  new=$(docker image inspect --format '{{.Id}}' "$1" 2>/dev/null || true)
  if [[ -n "$2" && "$2" != "$new" ]]; then
    docker rmi "$2" >/dev/null 2>&1 || true
  fi
}
image_id() { docker image inspect --format '{{.Id}}' "$1" 2>/dev/null || true; }
# docker build, quiet unless it fails (then its whole output is shown).
docker_build() {
  local out="$BUILD_DIR/docker-build.log"
  if ! docker build --force-rm "$@" >"$out" 2>&1; then
    cat "$out" >&2
    die "docker build $* failed"
  fi
}

# ---------------------------------------------------------------------------------------------
# newsroute/jre:17-local
# ---------------------------------------------------------------------------------------------
copy_with_libs() { # rootfs, file...: copies each file and every shared library ldd reports for it
  local rootfs=$1; shift
  local f lib
  for f in "$@"; do
    if [[ "$f" != "$rootfs"/* ]]; then
      mkdir -p "$rootfs$(dirname "$f")"
      cp -L "$f" "$rootfs$f"
    fi
    while read -r lib; do
      [[ -n "$lib" && -e "$lib" && ! -e "$rootfs$lib" ]] || continue
      mkdir -p "$rootfs$(dirname "$lib")"
      cp -L "$lib" "$rootfs$lib"
    done < <(ldd "$f" 2>/dev/null | grep -oE '/[^ ]+' | grep -vE ':$' || true)
  done
}

# Lays out in $1 a minimal root file system: a jlink'd runtime of modules $2 in /opt/java, then the
# programs named after it with their shared libraries, a user database and /tmp.
make_java_rootfs() {
  local rootfs=$1 modules=$2; shift 2
  rm -rf "$rootfs"
  mkdir -p "$rootfs"/{usr/bin,usr/sbin,usr/lib/x86_64-linux-gnu,usr/lib64,etc,opt,tmp,root,home,app,var/tmp}
  ln -s usr/bin "$rootfs/bin"; ln -s usr/sbin "$rootfs/sbin"
  ln -s usr/lib "$rootfs/lib"; ln -s usr/lib64 "$rootfs/lib64"
  chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"

  local jlink_args=(--add-modules "$modules" --strip-debug --no-man-pages --no-header-files
    --compress=2 --output "$rootfs/opt/java")
  # A default CDS archive makes every JVM start faster; fall back without it if jlink refuses.
  if ! "$JDK_HOME/bin/jlink" "${jlink_args[@]}" --generate-cds-archive >/dev/null 2>"$BUILD_DIR/jlink.err"; then
    log "jlink --generate-cds-archive failed ($(head -1 "$BUILD_DIR/jlink.err")); retrying without it"
    rm -rf "$rootfs/opt/java"
    "$JDK_HOME/bin/jlink" "${jlink_args[@]}" >/dev/null
  fi

  # The machine's trust store (Debian keeps it outside the JDK): the same CAs as the host's Java.
  if [[ -f /etc/ssl/certs/java/cacerts ]]; then
    cp -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/lib/security/cacerts"
  fi

  local programs=() p path f
  for p in "$@"; do
    path=$(type -P "$p") || die "program $p not found on this machine"
    programs+=("$(readlink -f "$path")")
  done
  for f in "${programs[@]}"; do
    cp -L "$f" "$rootfs/usr/bin/$(basename "$f")"
  done
  copy_with_libs "$rootfs" "${programs[@]}"
  # Every ELF file of the runtime: its libraries come along (libz, libstdc++ for some, ...).
  # (ldd of files inside the rootfs resolves against the host, which is what we copy from.)
  while IFS= read -r f; do
    copy_with_libs "$rootfs" "$f"
  done < <(find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \))
  local lib libpath
  for lib in "${NATIVE_LIBS[@]}"; do
    libpath=$(/sbin/ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ { print $NF; exit }')
    [[ -n "$libpath" ]] || die "shared library $lib not found on this machine (ldconfig -p)"
    copy_with_libs "$rootfs" "$libpath"
  done
  ln -sf dash "$rootfs/usr/bin/sh"
  ln -sf test "$rootfs/usr/bin/["
  ln -s /opt/java/bin/java "$rootfs/usr/bin/java"

  cat >"$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/bash
appuser:x:1000:1000:Kafka:/home/appuser:/bin/bash
newsroute:x:10001:10001:Newsroute:/app:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
PASSWD
  cat >"$rootfs/etc/group" <<'GROUP'
root:x:0:
appuser:x:1000:
newsroute:x:10001:
nogroup:x:65534:
GROUP
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
  printf 'PRETTY_NAME="Newsroute local image (jlink of JDK %s)"\nID=newsroute-local\n' \
    "$("$JDK_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)" >"$rootfs/etc/os-release"
  mkdir -p "$rootfs/home/appuser"; chown 1000:1000 "$rootfs/home/appuser"
  chown 10001:10001 "$rootfs/app"
}

# Imports root file system $1 as image $2 (labelled with inputs $3); further arguments are more
# --change instructions. Removes the image the tag named before, and the rootfs.
import_rootfs() {
  local rootfs=$1 image=$2 inputs=$3; shift 3
  local old_id changes=() c
  old_id=$(image_id "$image")
  for c in "$@"; do changes+=(--change "$c"); done
  tar --numeric-owner -C "$rootfs" -c . | docker import \
    --change 'ENV JAVA_HOME=/opt/java' \
    --change 'ENV LANG=C.UTF-8' \
    --change "LABEL io.newsroute.inputs=$inputs" \
    "${changes[@]}" - "$image" >/dev/null
  rm -rf "$rootfs"
  drop_replaced "$image" "$old_id"
}

jdk_version() { "$JDK_HOME/bin/java" -version 2>&1 | head -2 | tr '\n' ' '; }

build_jre() {
  [[ -x "$JDK_HOME/bin/jlink" && -d "$JDK_HOME/jmods" ]] \
    || die "no jlink/jmods in $JDK_HOME (apt-get install openjdk-17-jdk-headless)"
  local inputs
  inputs=$( { echo "$(jdk_version) $JLINK_MODULES ${BASE_PROGRAMS[*]} ${NATIVE_LIBS[*]}";
              sed -n -e '/^make_java_rootfs()/,/^}/p' -e '/^import_rootfs()/,/^}/p' -e '/^build_jre()/,/^}/p' "$0"; } | hash_of)
  if up_to_date "$JRE_IMAGE" "$inputs"; then
    log "$JRE_IMAGE is up to date (inputs $inputs)"; return 0
  fi
  log "building $JRE_IMAGE: jlink of $(jdk_version)"
  local rootfs="$BUILD_DIR/jre-rootfs"
  make_java_rootfs "$rootfs" "$JLINK_MODULES" "${BASE_PROGRAMS[@]}"
  import_rootfs "$rootfs" "$JRE_IMAGE" "$inputs" \
    'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'LABEL org.opencontainers.image.description="Newsroute local JRE 17 (jlink), no registry needed"' \
    'CMD ["java", "-version"]'
  local version_in_image
  version_in_image=$(docker run --rm "$JRE_IMAGE" java -version 2>&1) \
    || die "the new $JRE_IMAGE cannot run java: $version_in_image"
  log "  java -version in the image: ${version_in_image%%$'\n'*}"
}

# Optional (not built by default): a JDK 17 + Maven image from this machine's JDK and Maven, to
# check the multi-stage ./Dockerfile without pulling maven:3.9-eclipse-temurin-17:
#   docker build --build-arg BUILDER_IMAGE=newsroute/maven:3-jdk17-local \
#                --build-arg RUNTIME_IMAGE=newsroute/jre:17-local -t newsroute/app:latest .
# (the build inside it downloads the project's dependencies from Maven Central).
build_builder() {
  local maven_home=/usr/share/maven
  [[ -x "$maven_home/bin/mvn" ]] || die "no Maven in $maven_home (apt-get install maven)"
  local inputs
  inputs=$( { echo "$(jdk_version) $(mvn -v 2>/dev/null | head -1) ${BASE_PROGRAMS[*]}";
              sed -n -e '/^make_java_rootfs()/,/^}/p' -e '/^import_rootfs()/,/^}/p' -e '/^build_builder()/,/^}/p' "$0"; } | hash_of)
  if up_to_date "$BUILDER_IMAGE" "$inputs"; then
    log "$BUILDER_IMAGE is up to date (inputs $inputs)"; return 0
  fi
  log "building $BUILDER_IMAGE: jlink of the whole JDK + $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  local rootfs="$BUILD_DIR/builder-rootfs"
  make_java_rootfs "$rootfs" ALL-MODULE-PATH "${BASE_PROGRAMS[@]}" find expr tr uname which
  cp -rL "$maven_home" "$rootfs/opt/maven"
  ln -s /opt/maven/bin/mvn "$rootfs/usr/bin/mvn"
  import_rootfs "$rootfs" "$BUILDER_IMAGE" "$inputs" \
    'ENV PATH=/opt/java/bin:/opt/maven/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'ENV MAVEN_HOME=/opt/maven' \
    'CMD ["mvn", "-v"]'
  docker run --rm "$BUILDER_IMAGE" mvn -v >/dev/null 2>&1 || die "the new $BUILDER_IMAGE cannot run mvn"
}

# ---------------------------------------------------------------------------------------------
# newsroute/kafka:4.4.0-local
# ---------------------------------------------------------------------------------------------
kafka_pom() {
  cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by docker/build-local-images.sh: only used to copy Kafka's broker jars. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.newsroute.docker</groupId>
  <artifactId>kafka-image-libs</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <!-- the command-line tools (console consumer/producer, topics, broker-api-versions) without
         Kafka Connect's runtime (Jetty, Jersey), which the broker and those tools never load -->
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$KAFKA_VERSION</version>
      <exclusions>
        <exclusion><groupId>org.apache.kafka</groupId><artifactId>connect-runtime</artifactId></exclusion>
      </exclusions>
    </dependency>
    <!-- broker logs: SLF4J 2 bound to Log4j 2, as in Kafka's own distribution -->
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
}

build_kafka() {
  [[ -n "$(docker images -q "$JRE_IMAGE")" ]] || die "$JRE_IMAGE is missing: build it first ($0 jre)"
  local inputs
  inputs=$( { docker image inspect --format '{{.Id}}' "$JRE_IMAGE"; kafka_pom;
              (cd "$DOCKER_DIR/kafka" && find . -type f | LC_ALL=C sort | xargs sha256sum); } | hash_of)
  if up_to_date "$KAFKA_LOCAL_IMAGE" "$inputs"; then
    log "$KAFKA_LOCAL_IMAGE is up to date (inputs $inputs)"; return 0
  fi
  log "building $KAFKA_LOCAL_IMAGE: Kafka $KAFKA_VERSION jars from Maven Central"
  local old_id; old_id=$(image_id "$KAFKA_LOCAL_IMAGE")
  local ctx="$BUILD_DIR/kafka-context"
  rm -rf "$ctx"; mkdir -p "$ctx/libs"
  kafka_pom >"$BUILD_DIR/kafka-pom.xml"
  if ! mvn -B -q -Dstyle.color=never -f "$BUILD_DIR/kafka-pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$ctx/libs" >"$BUILD_DIR/kafka-mvn.log" 2>&1; then
    cat "$BUILD_DIR/kafka-mvn.log" >&2
    die "could not fetch Kafka $KAFKA_VERSION's jars with Maven"
  fi
  log "  $(ls "$ctx/libs" | wc -l) jars, $(du -sh "$ctx/libs" | cut -f1)"
  cp -a "$DOCKER_DIR/kafka/." "$ctx/"
  docker_build -t "$KAFKA_LOCAL_IMAGE" \
    --build-arg "BASE_IMAGE=$JRE_IMAGE" --label "io.newsroute.inputs=$inputs" \
    --label "io.newsroute.kafka.version=$KAFKA_VERSION" "$ctx"
  rm -rf "$ctx"
  drop_replaced "$KAFKA_LOCAL_IMAGE" "$old_id"
  smoke_test_kafka
}

# Starts the new Kafka image with its defaults and waits (60 s at most) for the line that
# Testcontainers waits for; shows the broker's log and fails otherwise.
smoke_test_kafka() {
  local name="newsroute-kafka-smoke-$$" deadline=$((SECONDS + 60))
  docker run -d --name "$name" "$KAFKA_LOCAL_IMAGE" >/dev/null
  until docker logs "$name" 2>&1 | grep -q 'Transitioning from RECOVERY to RUNNING'; do
    if ((SECONDS >= deadline)) || [[ "$(docker inspect --format '{{.State.Running}}' "$name")" != true ]]; then
      docker logs "$name" >&2 || true
      docker rm -f -v "$name" >/dev/null 2>&1 || true
      die "$KAFKA_LOCAL_IMAGE did not start a broker (its log is above)"
    fi
    sleep 1
  done
  docker rm -f -v "$name" >/dev/null
  log "  smoke test: the broker reached RUNNING"
}

# ---------------------------------------------------------------------------------------------
# newsroute/app:local
# ---------------------------------------------------------------------------------------------
build_app() {
  [[ -n "$(docker images -q "$JRE_IMAGE")" ]] || die "$JRE_IMAGE is missing: build it first ($0 jre)"
  if [[ ! -f "$APP_JAR" ]]; then
    log "$APP_JAR is missing: building it (mvn -q -DskipTests package -pl app -am)"
    (cd "$REPO_ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package -pl app -am) || die "the app build failed"
    [[ -f "$APP_JAR" ]] || die "the build made no $APP_JAR"
  fi
  local inputs
  inputs=$( { docker image inspect --format '{{.Id}}' "$JRE_IMAGE"; sha256sum <"$APP_JAR";
              cat "$DOCKER_DIR/Dockerfile.prebuilt" "$DOCKER_DIR"/image/*;
              (cd "$REPO_ROOT" && find seeds -type f | LC_ALL=C sort | xargs -r sha256sum); } | hash_of)
  if up_to_date "$APP_LOCAL_IMAGE" "$inputs"; then
    log "$APP_LOCAL_IMAGE is up to date (inputs $inputs)"; return 0
  fi
  log "building $APP_LOCAL_IMAGE from $APP_JAR"
  local old_id; old_id=$(image_id "$APP_LOCAL_IMAGE")
  local ctx="$BUILD_DIR/app-context"
  rm -rf "$ctx"; mkdir -p "$ctx"
  cp "$APP_JAR" "$ctx/newsroute.jar"
  cp "$DOCKER_DIR/image/newsroute" "$DOCKER_DIR/image/logback.xml" "$ctx/"
  cp -r "$REPO_ROOT/seeds" "$ctx/seeds"
  docker_build -t "$APP_LOCAL_IMAGE" -f "$DOCKER_DIR/Dockerfile.prebuilt" \
    --build-arg "RUNTIME_IMAGE=$JRE_IMAGE" --label "io.newsroute.inputs=$inputs" "$ctx"
  rm -rf "$ctx"
  drop_replaced "$APP_LOCAL_IMAGE" "$old_id"
}

start=$SECONDS
for t in "${targets[@]}"; do
  t0=$SECONDS
  "build_$t"
  log "$t: done in $((SECONDS - t0)) s"
done
log "all done in $((SECONDS - start)) s:"
for image in "$JRE_IMAGE" "$KAFKA_LOCAL_IMAGE" "$APP_LOCAL_IMAGE" "$BUILDER_IMAGE"; do
  [[ "$image" != "$BUILDER_IMAGE" || " ${targets[*]} " == *" builder "* ]] || continue
  if [[ -n "$(docker images -q "$image")" ]]; then
    printf '  %-32s %s\n' "$image" "$(docker image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1000000}')"
  else
    printf '  %-32s %s\n' "$image" "(not built)"
  fi
done
