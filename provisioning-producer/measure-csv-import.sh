#!/bin/sh
# Measures the CSV import rate (100,000 rows) against a real local KRaft broker and Apicurio registry and writes the
# figure to provisioning-producer/target/csv-import-rate.txt. Run from anywhere; needs only a JDK 17.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -pl provisioning-producer test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd provisioning-producer
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.dialtone.producer.csv.CsvImportBenchmark target/csv-import-rate.txt "${1:-100000}"
