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
RUN useradd --system --uid 10001 hireloop
WORKDIR /app
COPY --from=build /app/dependencies/ ./
COPY --from=build /app/spring-boot-loader/ ./
COPY --from=build /app/snapshot-dependencies/ ./
COPY --from=build /app/application/ ./
USER 10001
ENV HIRELOOP_PORT=8080 HIRELOOP_LOG_FORMAT=ecs JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# probes: GET /actuator/health/liveness and /actuator/health/readiness (see docs/operations.md)
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
