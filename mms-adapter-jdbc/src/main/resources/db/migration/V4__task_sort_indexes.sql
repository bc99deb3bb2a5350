-- ListMmsTasks sorts a source's or a job's tasks, up to millions, by status or by start time
-- (unknown last in either direction), then by id. Each of those ORDER BY lists gets an index in
-- exactly its order, so the database reads one page instead of sorting every match (issue #7).
-- Unknown start times were put last by a computed CASE, which no index serves: start_unknown
-- stores it. The (…, status_rank) and (…, start_time) indexes these replace served no sort.
ALTER TABLE mms_task ADD COLUMN start_unknown SMALLINT DEFAULT 1 NOT NULL;
UPDATE mms_task SET start_unknown = 0 WHERE start_time IS NOT NULL;
DROP INDEX mms_task_source_status${on_mms_task};
DROP INDEX mms_task_job_status${on_mms_task};
DROP INDEX mms_task_source_start${on_mms_task};
DROP INDEX mms_task_job_start${on_mms_task};
CREATE INDEX mms_task_source_status ON mms_task (source_id, status_rank, id);
CREATE INDEX mms_task_source_status_desc ON mms_task (source_id, status_rank DESC, id);
CREATE INDEX mms_task_source_start ON mms_task (source_id, start_unknown, start_time, id);
CREATE INDEX mms_task_source_start_desc ON mms_task (source_id, start_unknown, start_time DESC, id);
CREATE INDEX mms_task_job_status ON mms_task (job_id, status_rank, id);
CREATE INDEX mms_task_job_status_desc ON mms_task (job_id, status_rank DESC, id);
CREATE INDEX mms_task_job_start ON mms_task (job_id, start_unknown, start_time, id);
CREATE INDEX mms_task_job_start_desc ON mms_task (job_id, start_unknown, start_time DESC, id);
