#!/usr/bin/env bash
# Measures the simulator's requests/s with wrk (apt-get install -y wrk) and writes zoom-simulator/BENCHMARK.md.
# Usage (from the repo root, after ./mvnw -B -q -pl zoom-simulator -am install -DskipTests):
#   zoom-simulator/bench/run.sh [duration=20s] [connections=64] [wrk-threads=2]
# Or: ./mvnw -B -pl zoom-simulator -Pbenchmark verify -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20s}
CONNECTIONS=${2:-64}
THREADS=${3:-2}
PORT=${BENCH_PORT:-18091}
BASE="http://127.0.0.1:$PORT"
JAR=target/zoom-simulator-0.1.0-SNAPSHOT-exec.jar
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR missing: build the module first" >&2; exit 1; }

java -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORT" --zoom.simulator.seed=bench/bench-seed.yaml \
  > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$BASE/_sim/users/counts" >/dev/null && break; sleep 0.5; done

TOKEN=$(curl -sf -u bench-client:bench-secret -X POST \
  "$BASE/oauth/token?grant_type=account_credentials&account_id=bench-account" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
AUTH="Authorization: Bearer $TOKEN"
for i in $(seq 1 50); do
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -X POST "$BASE/v2/users" \
    -d "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"bench$i@corp.example\",\"feature\":{\"zoom_phone\":true}}}" >/dev/null
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -X PATCH "$BASE/v2/phone/users/bench$i@corp.example" \
    -d "{\"extension_number\":\"$((1000 + i))\"}" >/dev/null
done

wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/mixed.lua -H "$AUTH" "$BASE" >/dev/null   # JIT warm-up
RESULT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/mixed.lua -H "$AUTH" "$BASE")
RPS=$(echo "$RESULT" | awk '/Requests\/sec/ {print $2}')

cat > BENCHMARK.md <<MD
# zoom-simulator benchmark

- Measured: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores (load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg)),
  server and wrk on the same machine, faults off, plan UNLIMITED, request log on.
- Workload (bench/mixed.lua): GET /users/{email}, GET /phone/users/{email}, GET /users/email, PATCH /users/{email},
  GET /phone/calling_plans, round-robin over 50 phone users; $CONNECTIONS connections, $THREADS wrk threads, $DURATION.
- Command: \`zoom-simulator/bench/run.sh $DURATION $CONNECTIONS $THREADS\`

**Requests/s: $RPS**

\`\`\`
$RESULT
\`\`\`
MD
echo "Requests/sec: $RPS (written to $(pwd)/BENCHMARK.md)"
