-- ListMmsPartitions sorts a source's partitions, up to millions, by row count, size or last DDL
-- time (unknown last in either direction), then by id. As V4 did for tasks, each of those ORDER BY
-- lists gets an index in exactly its order, after the source and the deleted flag every list
-- filters on, so the database reads one page instead of sorting every partition (issue #7).
-- Unknown values came last by a computed CASE, which no index serves. The *_unknown columns store
-- it; they are generated, so the database keeps them right on every write of a partition, whatever
-- makes it. The (table_id, num_rows) and (table_id, size_bytes) indexes served no sort (the CASE
-- came first) and no filter; a table's sorted page reads its partitions by (table_id, id) and sorts
-- them, as before.
ALTER TABLE mms_partition ADD COLUMN num_rows_unknown SMALLINT
  GENERATED ALWAYS AS (CASE WHEN num_rows IS NULL THEN 1 ELSE 0 END)${stored};
ALTER TABLE mms_partition ADD COLUMN size_unknown SMALLINT
  GENERATED ALWAYS AS (CASE WHEN size_bytes IS NULL THEN 1 ELSE 0 END)${stored};
ALTER TABLE mms_partition ADD COLUMN last_ddl_time_unknown SMALLINT
  GENERATED ALWAYS AS (CASE WHEN last_ddl_time IS NULL THEN 1 ELSE 0 END)${stored};
DROP INDEX mms_partition_rows${on_mms_partition};
DROP INDEX mms_partition_size${on_mms_partition};
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
