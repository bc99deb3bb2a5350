-- A job's config is written once, with a key drawn at random, and never rewritten: readers keep
-- configs they parsed by (job id, key), so a config is read again only when that pair changes.
ALTER TABLE mms_job ADD COLUMN config_key BIGINT DEFAULT 0 NOT NULL;
