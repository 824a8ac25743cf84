# The newsroute image: one image, the `newsroute` command as its entry point (subcommands broker,
# run, produce, enrich, route, subscribe, tag, extract), seed articles in /app/seeds.
#
#   docker build -t newsroute/app:latest .
#   docker run --rm newsroute/app:latest --help
#   docker run --rm --network host newsroute/app:latest subscribe -b localhost:9092 --country JP
#
# Build arguments: BUILDER_IMAGE (Maven + JDK 17) and RUNTIME_IMAGE (a Java 17 runtime with /bin/sh).
# Without a registry, docker/build-local-images.sh builds the same runtime image from a jar built
# on the host (docker/Dockerfile.prebuilt on newsroute/jre:17-local).
ARG BUILDER_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILDER_IMAGE} AS build
WORKDIR /src
# The poms first: the dependency download is cached until a pom changes.
COPY pom.xml ./
COPY common/pom.xml common/
COPY kafka/pom.xml kafka/
COPY tagger/pom.xml tagger/
COPY extract/pom.xml extract/
COPY producer/pom.xml producer/
COPY streams/pom.xml streams/
COPY consumer/pom.xml consumer/
COPY pipeline/pom.xml pipeline/
COPY tools/pom.xml tools/
COPY app/pom.xml app/
COPY bench/pom.xml bench/
RUN mvn -B -q -pl app -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q -DskipTests -pl app -am package \
 && cp app/target/newsroute.jar /newsroute.jar

FROM ${RUNTIME_IMAGE}
COPY docker/image/newsroute /usr/local/bin/newsroute
COPY docker/image/logback.xml /app/config/logback.xml
COPY seeds/ /app/seeds/
COPY --from=build /newsroute.jar /app/newsroute.jar
WORKDIR /app
# An unprivileged user; numeric, so no user database is needed in the runtime image.
USER 10001:10001
# Logs go to the console only (docker logs), see docker/image/logback.xml.
ENTRYPOINT ["java", "-Dlogback.configurationFile=/app/config/logback.xml", "-jar", "/app/newsroute.jar"]
CMD ["--help"]
