-- The mms store: one history for H2, PostgreSQL and MySQL/MariaDB.
--
-- Portable DDL only. Two placeholders (set per dialect by JdbcStore) cover what has no common
-- spelling:
--   ${text}           unbounded text: CLOB on H2, TEXT on PostgreSQL, LONGTEXT on MySQL/MariaDB
--                     (VARCHAR cannot hold a large job config on MySQL, and PostgreSQL has no CLOB)
--   ${table_options}  MySQL/MariaDB only: InnoDB with utf8mb4_bin, so that '=' on names is exact
--                     and case-sensitive as on the other two databases; empty elsewhere
--
-- Conventions: instants are BIGINT nanoseconds since the epoch (exact round trip of
-- java.time.Instant on every database, no time-zone conversions); statuses are stored by name,
-- with a *_rank column where a list sorts by lifecycle order; tables carry the mms_ prefix because
-- DATABASE, TABLE and PARTITION are reserved words.

CREATE TABLE mms_sequence (
  name       VARCHAR(64) NOT NULL PRIMARY KEY,
  next_value BIGINT      NOT NULL
)${table_options};

-- One row; claims lock it so that per-source limits and destination-table exclusivity, which
-- depend on rows a concurrent claim may be writing, are checked by one claimer at a time.
CREATE TABLE mms_claim_lock (
  id INT NOT NULL PRIMARY KEY
)${table_options};
INSERT INTO mms_claim_lock (id) VALUES (1);

CREATE TABLE mms_data_source (
  id               BIGINT       NOT NULL PRIMARY KEY,
  name             VARCHAR(256) NOT NULL,
  type             VARCHAR(32)  NOT NULL,
  region           VARCHAR(256),
  networklink      VARCHAR(256),
  status           VARCHAR(32)  NOT NULL,
  err_msg          ${text},
  config           ${text}      NOT NULL,
  create_time      BIGINT       NOT NULL,
  last_update_time BIGINT,
  scan_id          BIGINT
)${table_options};
CREATE INDEX mms_data_source_type ON mms_data_source (type, id);
CREATE INDEX mms_data_source_region ON mms_data_source (region, id);

CREATE TABLE mms_database (
  id               BIGINT       NOT NULL PRIMARY KEY,
  source_id        BIGINT       NOT NULL,
  name             VARCHAR(256) NOT NULL,
  description      ${text},
  owner_name       VARCHAR(256),
  location         VARCHAR(2048),
  extra            ${text},
  last_ddl_time    BIGINT,
  num_rows         BIGINT       NOT NULL,
  size_bytes       BIGINT       NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  updated          BOOLEAN      NOT NULL,
  dst_project_name VARCHAR(256),
  dst_name         VARCHAR(256),
  create_time      BIGINT       NOT NULL,
  update_time      BIGINT       NOT NULL,
  deleted          BOOLEAN      NOT NULL
)${table_options};
CREATE INDEX mms_database_source ON mms_database (source_id, id);
CREATE INDEX mms_database_name ON mms_database (source_id, name);
CREATE INDEX mms_database_status ON mms_database (source_id, status);
CREATE INDEX mms_database_rows ON mms_database (source_id, num_rows);
CREATE INDEX mms_database_size ON mms_database (source_id, size_bytes);
CREATE INDEX mms_database_utime ON mms_database (source_id, update_time);

CREATE TABLE mms_table (
  id               BIGINT       NOT NULL PRIMARY KEY,
  source_id        BIGINT       NOT NULL,
  db_id            BIGINT       NOT NULL,
  db_name          VARCHAR(256) NOT NULL,
  name             VARCHAR(256) NOT NULL,
  type             VARCHAR(256) NOT NULL,
  table_schema     ${text}      NOT NULL,
  has_partitions   BOOLEAN      NOT NULL,
  owner_name       VARCHAR(256),
  location         VARCHAR(2048),
  input_format     VARCHAR(512),
  output_format    VARCHAR(512),
  serde            VARCHAR(512),
  extra            ${text},
  last_ddl_time    BIGINT,
  num_rows         BIGINT       NOT NULL,
  size_bytes       BIGINT       NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  updated          BOOLEAN      NOT NULL,
  dst_project_name VARCHAR(256),
  dst_schema_name  VARCHAR(256),
  dst_name         VARCHAR(256),
  -- dst_name, or the source name when none is mapped: what ListMmsTables filters dstName by
  effective_dst_name VARCHAR(256) NOT NULL,
  create_time      BIGINT       NOT NULL,
  update_time      BIGINT       NOT NULL,
  deleted          BOOLEAN      NOT NULL
)${table_options};
CREATE INDEX mms_table_source ON mms_table (source_id, id);
CREATE INDEX mms_table_db ON mms_table (db_id, name);
CREATE INDEX mms_table_db_name ON mms_table (source_id, db_name);
CREATE INDEX mms_table_type ON mms_table (source_id, type);
CREATE INDEX mms_table_partitioned ON mms_table (db_id, has_partitions);
CREATE INDEX mms_table_status ON mms_table (db_id, status);
CREATE INDEX mms_table_source_status ON mms_table (source_id, status);
CREATE INDEX mms_table_dst ON mms_table (source_id, effective_dst_name);
CREATE INDEX mms_table_dst_project ON mms_table (source_id, dst_project_name);
CREATE INDEX mms_table_dst_schema ON mms_table (source_id, dst_schema_name);
CREATE INDEX mms_table_ddl_time ON mms_table (db_id, last_ddl_time);
CREATE INDEX mms_table_rows ON mms_table (db_id, num_rows);
CREATE INDEX mms_table_size ON mms_table (db_id, size_bytes);

CREATE TABLE mms_partition (
  id            BIGINT        NOT NULL PRIMARY KEY,
  source_id     BIGINT        NOT NULL,
  db_id         BIGINT        NOT NULL,
  db_name       VARCHAR(256)  NOT NULL,
  table_id      BIGINT        NOT NULL,
  table_name    VARCHAR(256)  NOT NULL,
  spec          VARCHAR(4000) NOT NULL,
  -- a fixed-size key for exact spec lookups, since specs are too long for a portable index
  spec_hash     BIGINT        NOT NULL,
  last_ddl_time BIGINT,
  num_rows      BIGINT,
  size_bytes    BIGINT,
  status        VARCHAR(16)   NOT NULL,
  updated       BOOLEAN       NOT NULL,
  create_time   BIGINT        NOT NULL,
  update_time   BIGINT        NOT NULL,
  deleted       BOOLEAN       NOT NULL
)${table_options};
CREATE INDEX mms_partition_source ON mms_partition (source_id, id);
CREATE INDEX mms_partition_db ON mms_partition (db_id, id);
CREATE INDEX mms_partition_table ON mms_partition (table_id, id);
CREATE INDEX mms_partition_names ON mms_partition (source_id, db_name, table_name);
CREATE INDEX mms_partition_spec ON mms_partition (source_id, spec_hash);
CREATE INDEX mms_partition_status ON mms_partition (table_id, status);
CREATE INDEX mms_partition_updated ON mms_partition (table_id, updated);
CREATE INDEX mms_partition_ddl_time ON mms_partition (table_id, last_ddl_time);
CREATE INDEX mms_partition_rows ON mms_partition (table_id, num_rows);
CREATE INDEX mms_partition_size ON mms_partition (table_id, size_bytes);

CREATE TABLE mms_job (
  id              BIGINT       NOT NULL PRIMARY KEY,
  source_id       BIGINT       NOT NULL,
  name            VARCHAR(256) NOT NULL,
  source_name     VARCHAR(256) NOT NULL,
  db_id           BIGINT       NOT NULL,
  src_db_name     VARCHAR(256) NOT NULL,
  src_schema_name VARCHAR(256),
  dst_db_name     VARCHAR(256) NOT NULL,
  dst_schema_name VARCHAR(256),
  config          ${text}      NOT NULL,
  -- days since the epoch
  eta_day         BIGINT,
  stopped         BOOLEAN      NOT NULL,
  timer_id        BIGINT,
  create_time     BIGINT       NOT NULL
)${table_options};
CREATE INDEX mms_job_source ON mms_job (source_id, id);
CREATE INDEX mms_job_src_db ON mms_job (source_id, src_db_name);
CREATE INDEX mms_job_dst_db ON mms_job (source_id, dst_db_name);
CREATE INDEX mms_job_stopped ON mms_job (source_id, stopped);
CREATE INDEX mms_job_timer ON mms_job (timer_id, id);

-- The counts a job's status derives from, kept by every task write in the same transaction. Its
-- row is also the job's lock: writers of a job's tasks lock it first, so they never deadlock.
CREATE TABLE mms_job_tally (
  job_id      BIGINT      NOT NULL PRIMARY KEY,
  source_id   BIGINT      NOT NULL,
  total       BIGINT      NOT NULL,
  init        BIGINT      NOT NULL,
  done        BIGINT      NOT NULL,
  failed      BIGINT      NOT NULL,
  status      VARCHAR(16) NOT NULL,
  status_rank SMALLINT    NOT NULL
)${table_options};
CREATE INDEX mms_job_tally_status ON mms_job_tally (source_id, status_rank, job_id);

CREATE TABLE mms_task (
  id              BIGINT       NOT NULL PRIMARY KEY,
  job_id          BIGINT       NOT NULL,
  source_id       BIGINT       NOT NULL,
  db_id           BIGINT       NOT NULL,
  table_id        BIGINT       NOT NULL,
  src_db_name     VARCHAR(256) NOT NULL,
  src_table_name  VARCHAR(256) NOT NULL,
  dst_db_name     VARCHAR(256) NOT NULL,
  dst_table_name  VARCHAR(256) NOT NULL,
  -- the destination table as one comparable value (claims keep DDL on a table exclusive)
  dst_key         VARCHAR(600) NOT NULL,
  type            VARCHAR(64)  NOT NULL,
  status          VARCHAR(32)  NOT NULL,
  status_rank     SMALLINT     NOT NULL,
  finished        BOOLEAN      NOT NULL,
  lease_owner     VARCHAR(256),
  lease_expires   BIGINT,
  stopped         BOOLEAN      NOT NULL,
  retried_times   INT          NOT NULL,
  auto_retries    INT          NOT NULL,
  next_attempt_at BIGINT,
  version         BIGINT       NOT NULL,
  create_time     BIGINT       NOT NULL,
  start_time      BIGINT,
  end_time        BIGINT,
  partition_count INT          NOT NULL,
  -- copied from the job so that a claim reads one table in one index order: the job's eta in
  -- days (the largest BIGINT when it has none), and whether the job exists and is not stopped
  eta_order       BIGINT       NOT NULL,
  job_active      BOOLEAN      NOT NULL
)${table_options};
CREATE INDEX mms_task_claim ON mms_task (job_active, stopped, finished, eta_order, job_id, id);
CREATE INDEX mms_task_lease ON mms_task (lease_expires);
CREATE INDEX mms_task_job ON mms_task (job_id, id);
CREATE INDEX mms_task_job_status ON mms_task (job_id, status_rank);
CREATE INDEX mms_task_job_start ON mms_task (job_id, start_time);
CREATE INDEX mms_task_source ON mms_task (source_id, id);
CREATE INDEX mms_task_source_status ON mms_task (source_id, status_rank);
CREATE INDEX mms_task_source_start ON mms_task (source_id, start_time);
CREATE INDEX mms_task_src_table ON mms_task (source_id, src_db_name, src_table_name);
CREATE INDEX mms_task_src_table_name ON mms_task (source_id, src_table_name, job_id);
CREATE INDEX mms_task_dst_table ON mms_task (source_id, dst_db_name, dst_table_name);
CREATE INDEX mms_task_dst_table_name ON mms_task (source_id, dst_table_name, job_id);
CREATE INDEX mms_task_live ON mms_task (db_id, finished);

CREATE TABLE mms_task_partition (
  task_id      BIGINT NOT NULL,
  seq_no       INT    NOT NULL,
  partition_id BIGINT NOT NULL,
  PRIMARY KEY (task_id, seq_no)
)${table_options};
CREATE INDEX mms_task_partition_partition ON mms_task_partition (partition_id, task_id);

CREATE TABLE mms_task_log (
  id          BIGINT      NOT NULL PRIMARY KEY,
  task_id     BIGINT      NOT NULL,
  -- the task's job when the line was written, so a job's history goes with the job
  job_id      BIGINT,
  source_id   BIGINT      NOT NULL,
  status      VARCHAR(32) NOT NULL,
  action      ${text}     NOT NULL,
  msg         ${text}     NOT NULL,
  create_time BIGINT      NOT NULL
)${table_options};
CREATE INDEX mms_task_log_task ON mms_task_log (task_id, id);
CREATE INDEX mms_task_log_job ON mms_task_log (job_id);
CREATE INDEX mms_task_log_source ON mms_task_log (source_id);

CREATE TABLE mms_timer (
  id             BIGINT       NOT NULL PRIMARY KEY,
  name           VARCHAR(256) NOT NULL,
  source_id      BIGINT       NOT NULL,
  db_id          BIGINT       NOT NULL,
  src_db_name    VARCHAR(256) NOT NULL,
  schedule_type  VARCHAR(16)  NOT NULL,
  schedule_value VARCHAR(16)  NOT NULL,
  config         ${text}      NOT NULL,
  stopped        BOOLEAN      NOT NULL,
  create_time    BIGINT       NOT NULL,
  update_time    BIGINT       NOT NULL,
  last_fired_at  BIGINT
)${table_options};
CREATE INDEX mms_timer_source ON mms_timer (source_id, id);
CREATE INDEX mms_timer_src_db ON mms_timer (source_id, src_db_name);
CREATE INDEX mms_timer_stopped ON mms_timer (stopped, id);

-- The tables of a timer's config, so ListMmsTimers filters by table with an index.
CREATE TABLE mms_timer_table (
  timer_id   BIGINT       NOT NULL,
  table_name VARCHAR(256) NOT NULL
)${table_options};
CREATE INDEX mms_timer_table_timer ON mms_timer_table (timer_id);
CREATE INDEX mms_timer_table_name ON mms_timer_table (table_name, timer_id);

CREATE TABLE mms_timer_log (
  id          BIGINT  NOT NULL PRIMARY KEY,
  timer_id    BIGINT  NOT NULL,
  source_id   BIGINT  NOT NULL,
  job_id      BIGINT,
  action      ${text} NOT NULL,
  msg         ${text} NOT NULL,
  create_time BIGINT  NOT NULL
)${table_options};
CREATE INDEX mms_timer_log_timer ON mms_timer_log (timer_id, create_time, id);
CREATE INDEX mms_timer_log_source ON mms_timer_log (source_id);

CREATE TABLE mms_async_task (
  id          BIGINT      NOT NULL PRIMARY KEY,
  source_id   BIGINT      NOT NULL,
  type        VARCHAR(32) NOT NULL,
  object_id   BIGINT,
  status      VARCHAR(16) NOT NULL,
  progress    INT         NOT NULL,
  result      ${text},
  error_msg   ${text},
  create_time BIGINT      NOT NULL,
  start_time  BIGINT,
  end_time    BIGINT
)${table_options};
CREATE INDEX mms_async_task_source ON mms_async_task (source_id, id);
CREATE INDEX mms_async_task_status ON mms_async_task (status);
