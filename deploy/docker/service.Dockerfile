# The image of every Dialtone service: the module's executable jar on a pinned JRE. No build stage; build the jars
# first, from the repository root (the build context):
#   ./mvnw -B -DskipTests install && docker compose build
# docker-compose.yml passes the module (SERVICE) and the port its application.yml sets (PORT) as build arguments.
FROM eclipse-temurin:17.0.15_6-jre-noble

# curl serves the healthchecks of docker-compose.yml; the service runs as an unprivileged user
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& useradd --system --uid 10001 --no-create-home dialtone

ARG SERVICE
ARG PORT
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
USER 10001
EXPOSE ${PORT}
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
