-- Async tasks get a heartbeat: the process running one refreshes it while the work runs, and a
-- DOING task whose heartbeat stopped is failed by a sweep instead of staying DOING forever.
-- Tasks written before this version take their last known instant; those still DOING were left
-- by a process that has stopped, and the first sweep fails them.
ALTER TABLE mms_async_task ADD COLUMN heartbeat_at BIGINT DEFAULT 0 NOT NULL;
UPDATE mms_async_task SET heartbeat_at = COALESCE(end_time, start_time, create_time);
