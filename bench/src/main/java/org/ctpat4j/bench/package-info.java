/**
 * JMH benchmarks of ctpat4j. Build with {@code mvn -pl bench -am package -DskipTests} and run with
 * {@code java -jar bench/target/benchmarks.jar}. Figures are always read as ratios to a baseline measured in the same
 * run.
 */
package org.ctpat4j.bench;
