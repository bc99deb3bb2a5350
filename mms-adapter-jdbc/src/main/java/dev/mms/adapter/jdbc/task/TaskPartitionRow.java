package dev.mms.adapter.jdbc.task;

import dev.mms.adapter.jdbc.sql.RowCodec;

/** A row of {@code mms_task_partition}: the {@code seqNo}-th partition of a task. */
record TaskPartitionRow(long taskId, int seqNo, long partitionId) {
  static final String COLUMNS = "task_id, seq_no, partition_id";
  static final RowCodec<TaskPartitionRow> CODEC = RowCodec.writeOnly(TaskPartitionRow.class, COLUMNS,
      (r, out) -> out.add(r.taskId).add(r.seqNo).add(r.partitionId));
}
