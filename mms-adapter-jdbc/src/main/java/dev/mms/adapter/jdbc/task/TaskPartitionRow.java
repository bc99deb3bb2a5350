package dev.mms.adapter.jdbc.task;

/** A row of {@code mms_task_partition}: the {@code seqNo}-th partition of a task. */
public record TaskPartitionRow(long taskId, int seqNo, long partitionId) {
  static final String COLUMNS = "task_id, seq_no, partition_id";
}
