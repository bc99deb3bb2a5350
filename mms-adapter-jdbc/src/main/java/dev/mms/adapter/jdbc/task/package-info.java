/**
 * Tasks, the partitions they cover, the per-job tallies kept in step with them, claims with
 * leases, and the task history.
 */
package dev.mms.adapter.jdbc.task;
