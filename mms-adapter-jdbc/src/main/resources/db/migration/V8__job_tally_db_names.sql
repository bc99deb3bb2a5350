-- A job's tasks all have its source and destination database names (the planner copies them from
-- the job), and its tally now keeps them too, so that ListMmsTasks filtered by either name sums the
-- matching tallies for its total instead of counting a million tasks (issue #7). The table is
-- copied rather than altered: making an added column NOT NULL is spelt differently in H2,
-- PostgreSQL and MariaDB. A tally takes the names of its tasks, else of its job; one with neither
-- counts nothing and belongs to no stored job, so it is not kept.
CREATE TABLE mms_job_tally_v8 (
  job_id      BIGINT       NOT NULL PRIMARY KEY,
  source_id   BIGINT       NOT NULL,
  src_db_name VARCHAR(256) NOT NULL,
  dst_db_name VARCHAR(256) NOT NULL,
  total       BIGINT       NOT NULL,
  init        BIGINT       NOT NULL,
  done        BIGINT       NOT NULL,
  failed      BIGINT       NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  status_rank SMALLINT     NOT NULL
)${table_options};

INSERT INTO mms_job_tally_v8
  (job_id, source_id, src_db_name, dst_db_name, total, init, done, failed, status, status_rank)
SELECT job_id, source_id, src_db_name, dst_db_name, total, init, done, failed, status, status_rank
FROM (
  SELECT jt.job_id, jt.source_id,
    COALESCE((SELECT MIN(t.src_db_name) FROM mms_task t WHERE t.job_id = jt.job_id),
             (SELECT j.src_db_name FROM mms_job j WHERE j.id = jt.job_id)) AS src_db_name,
    COALESCE((SELECT MIN(t.dst_db_name) FROM mms_task t WHERE t.job_id = jt.job_id),
             (SELECT j.dst_db_name FROM mms_job j WHERE j.id = jt.job_id)) AS dst_db_name,
    jt.total, jt.init, jt.done, jt.failed, jt.status, jt.status_rank
  FROM mms_job_tally jt
) named
WHERE src_db_name IS NOT NULL AND dst_db_name IS NOT NULL;

DROP TABLE mms_job_tally;
ALTER TABLE mms_job_tally_v8 RENAME TO mms_job_tally;
CREATE INDEX mms_job_tally_status ON mms_job_tally (source_id, status_rank, job_id);
