-- A timer log names the async task (TASK_CREATE) that stores the job its firing created:
-- ListMmsTimerLogs answers that task's id, and the job's status comes through it (INIT while the
-- job is being stored, FAILED when it never is). The task's object_id holds the job once stored,
-- so job_id goes. Logs written before this version take the task whose object is their job; a
-- log whose job was never stored has no such task and keeps none, as it showed no status before.
ALTER TABLE mms_timer_log ADD COLUMN async_task_id BIGINT;
UPDATE mms_timer_log SET async_task_id = (
  SELECT MAX(a.id) FROM mms_async_task a
  WHERE a.source_id = mms_timer_log.source_id
    AND a.type = 'TASK_CREATE'
    AND a.object_id = mms_timer_log.job_id)
WHERE job_id IS NOT NULL;
ALTER TABLE mms_timer_log DROP COLUMN job_id;
