/**
 * Tasks, the partitions they cover, the per-job tallies kept in step with them, claims with
 * leases, and the task history. Row records are public only because JDBI's reflective mappers
 * require it.
 */
package dev.mms.adapter.jdbc.task;
