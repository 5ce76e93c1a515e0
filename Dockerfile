# accord serve in a container: the decision API and the workbench on port 8080, with the packs and
# fact sets mounted read-only (docs/server.md). The server binds 0.0.0.0 here, so it needs tokens:
# pass ACCORD_EDITOR_TOKEN and ACCORD_VIEWER_TOKEN, or read the generated ones from the log.
#
#   docker build -t accord .
#   docker run --rm -p 8080:8080 -e ACCORD_VIEWER_TOKEN=... -v "$PWD/rules:/srv/rules:ro" -v "$PWD/facts:/srv/facts:ro" accord

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src/main src/main
COPY docs/decision.schema.json docs/decision.schema.json
RUN mvn -B -q -DskipTests package && cp target/accord-*-cli.jar /accord.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 accord
COPY --from=build /accord.jar /app/accord.jar
# The default pack and fact sets, for a first look; mount your own over them.
COPY rules /srv/rules
COPY facts /srv/facts
USER accord
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '200' <&3"]
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-XX:MaxRAMPercentage=75", "-jar", "/app/accord.jar", "serve", \
            "--host", "0.0.0.0", "--port", "8080", "--rules", "/srv/rules", "--facts", "/srv/facts"]
