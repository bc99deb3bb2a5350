-- ListMmsPartitions sorts a source's partitions, up to millions, or a table's, by row count, size
-- or last DDL time (unknown last in either direction), then by id. As V4 did for tasks, each of
-- those ORDER BY lists gets an index in exactly its order, by source and by table, after the
-- deleted flag every list filters on, so the database reads one page instead of sorting every
-- partition (issue #7). The table ones matter as much: with only the source ones, PostgreSQL took
-- a table's page by walking the source's index and skipping the other tables' partitions (300 ms
-- over 1M). Unknown values came last by a computed CASE, which no index serves. The *_unknown
-- columns store it; they are generated, so the database keeps them right on every write of a
-- partition, whatever makes it. The three (table_id, value) indexes these replace served no sort
-- (the CASE came first); the one on last_ddl_time also served a table's time range, as its
-- replacements do.
ALTER TABLE mms_partition ADD COLUMN num_rows_unknown SMALLINT
  GENERATED ALWAYS AS (CASE WHEN num_rows IS NULL THEN 1 ELSE 0 END)${stored};
ALTER TABLE mms_partition ADD COLUMN size_unknown SMALLINT
  GENERATED ALWAYS AS (CASE WHEN size_bytes IS NULL THEN 1 ELSE 0 END)${stored};
ALTER TABLE mms_partition ADD COLUMN last_ddl_time_unknown SMALLINT
  GENERATED ALWAYS AS (CASE WHEN last_ddl_time IS NULL THEN 1 ELSE 0 END)${stored};
DROP INDEX mms_partition_rows${on_mms_partition};
DROP INDEX mms_partition_size${on_mms_partition};
DROP INDEX mms_partition_ddl_time${on_mms_partition};
CREATE INDEX mms_partition_source_rows
  ON mms_partition (source_id, deleted, num_rows_unknown, num_rows, id);
CREATE INDEX mms_partition_source_rows_desc
  ON mms_partition (source_id, deleted, num_rows_unknown, num_rows DESC, id);
CREATE INDEX mms_partition_source_size
  ON mms_partition (source_id, deleted, size_unknown, size_bytes, id);
CREATE INDEX mms_partition_source_size_desc
  ON mms_partition (source_id, deleted, size_unknown, size_bytes DESC, id);
CREATE INDEX mms_partition_source_ddl_time
  ON mms_partition (source_id, deleted, last_ddl_time_unknown, last_ddl_time, id);
CREATE INDEX mms_partition_source_ddl_time_desc
  ON mms_partition (source_id, deleted, last_ddl_time_unknown, last_ddl_time DESC, id);
CREATE INDEX mms_partition_table_rows
  ON mms_partition (table_id, deleted, num_rows_unknown, num_rows, id);
CREATE INDEX mms_partition_table_rows_desc
  ON mms_partition (table_id, deleted, num_rows_unknown, num_rows DESC, id);
CREATE INDEX mms_partition_table_size
  ON mms_partition (table_id, deleted, size_unknown, size_bytes, id);
CREATE INDEX mms_partition_table_size_desc
  ON mms_partition (table_id, deleted, size_unknown, size_bytes DESC, id);
CREATE INDEX mms_partition_table_ddl_time
  ON mms_partition (table_id, deleted, last_ddl_time_unknown, last_ddl_time, id);
CREATE INDEX mms_partition_table_ddl_time_desc
  ON mms_partition (table_id, deleted, last_ddl_time_unknown, last_ddl_time DESC, id);

-- Lists filtered by one table name (ListMmsTasks' srcTableName and dstTableName, ListMmsPartitions'
-- tableName) match a thousand rows of a million and take the first page in id order. No index gave
-- those rows in id order, so once statistics were gathered PostgreSQL walked the primary key and
-- checked each row, expecting matches spread evenly; a table's rows sit together, so it read half
-- the table (110-300 ms) where reading the matches takes 0.1 ms. An index on the name, then id,
-- serves the page exactly. The task ones keep job_id last, for ListMmsJobs' table filters.
DROP INDEX mms_task_src_table_name${on_mms_task};
DROP INDEX mms_task_dst_table_name${on_mms_task};
CREATE INDEX mms_task_src_table_name ON mms_task (source_id, src_table_name, id, job_id);
CREATE INDEX mms_task_dst_table_name ON mms_task (source_id, dst_table_name, id, job_id);
CREATE INDEX mms_partition_table_name ON mms_partition (source_id, table_name, deleted, id);
