# Hireloop container image. Build: docker build -t hireloop .
# The image runs against an external PostgreSQL (HIRELOOP_DATABASE_URL); the embedded one is for laptops.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -q -ntp package -DskipTests \
 && mkdir /app \
 && cd /app && java -Djarmode=tools -jar /src/target/hireloop.jar extract --layers --launcher --destination /app

FROM eclipse-temurin:17-jre
# the only place the process writes: its search index (rebuilt from the database when empty, so an
# emptyDir is enough) and emails written as files when there is no SMTP server
RUN useradd --system --uid 10001 hireloop && mkdir -p /var/lib/hireloop && chown 10001 /var/lib/hireloop
WORKDIR /app
COPY --from=build /app/dependencies/ ./
COPY --from=build /app/spring-boot-loader/ ./
COPY --from=build /app/snapshot-dependencies/ ./
COPY --from=build /app/application/ ./
USER 10001
ENV HIRELOOP_PORT=8080 HIRELOOP_LOG_FORMAT=ecs JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    HIRELOOP_SEARCH_INDEX_DIR=/var/lib/hireloop/search HIRELOOP_MAIL_DIR=/var/lib/hireloop/mail
EXPOSE 8080
# probes: GET /actuator/health/liveness and /actuator/health/readiness (see docs/operations.md)
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
