/**
 * The JDBC migration engine: moves a task's table from a source JDBC database to a destination
 * one through the schema (create if absent, else check), data (replace the task's partitions in
 * one destination transaction, streaming in batches) and verification (count both sides) phases.
 */
package dev.mms.adapter.jdbc.engine;
