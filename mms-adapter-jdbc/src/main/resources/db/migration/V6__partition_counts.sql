-- ListMmsPartitions answers an exact totalCount, and counting a source's million partitions took
-- 135-500 ms however its page was read (issue #7). mms_partition_count holds how many live (not
-- deleted) partitions there are per table, status and updated flag, under the source, database
-- and names lists filter by too, so the total of a list filtered by nothing else sums a few rows
-- per table, and so do the catalog's status counts per table and per database. Every write of
-- mms_partition changes it in the same transaction (JdbcPartitionRepository), and a row goes
-- once it counts none. The primary key holds every column a partition is counted under; tables
-- come first, as writes and the per-table counts look them up.
CREATE TABLE mms_partition_count (
  source_id  BIGINT       NOT NULL,
  db_id      BIGINT       NOT NULL,
  db_name    VARCHAR(256) NOT NULL,
  table_id   BIGINT       NOT NULL,
  table_name VARCHAR(256) NOT NULL,
  status     VARCHAR(16)  NOT NULL,
  updated    BOOLEAN      NOT NULL,
  n          BIGINT       NOT NULL,
  PRIMARY KEY (table_id, status, updated, source_id, db_id, db_name, table_name)
)${table_options};
CREATE INDEX mms_partition_count_source ON mms_partition_count (source_id);
CREATE INDEX mms_partition_count_db ON mms_partition_count (db_id);

INSERT INTO mms_partition_count
  (source_id, db_id, db_name, table_id, table_name, status, updated, n)
SELECT source_id, db_id, db_name, table_id, table_name, status, updated, COUNT(*)
FROM mms_partition
WHERE deleted = FALSE
GROUP BY source_id, db_id, db_name, table_id, table_name, status, updated;
