/**
 * Benchmarks of issue #7: JMH benchmarks of in-process work (partition filters, planning) and
 * harnesses that measure the database and HTTP paths against their limits, each with the command
 * that reruns it in {@code docs/benchmarks.md}. Nothing here runs during the build.
 */
package dev.mms.benchmarks;
