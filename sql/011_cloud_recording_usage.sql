-- cloud_recording_usage (DESIGN.md, tables): the account's cloud recording storage per day, from
-- GET /report/cloud_recording. Zoom sends sizes as text with a unit ("3 MB", "1.5 GB"); they are
-- stored in bytes, counting 1 KB as 1,024 bytes, and Zoom's "Unlimited" is NULL (zoom-api.md).
CREATE TABLE zoom.cloud_recording_usage (
    account_id       text        NOT NULL,
    date             date        NOT NULL,
    usage_bytes      bigint      NOT NULL CHECK (usage_bytes >= 0),
    plan_usage_bytes bigint               CHECK (plan_usage_bytes >= 0),
    free_usage_bytes bigint               CHECK (free_usage_bytes >= 0),
    loaded_at        timestamptz NOT NULL DEFAULT now(),
    run_id           bigint      NOT NULL,
    PRIMARY KEY (account_id, date)
);

COMMENT ON TABLE zoom.cloud_recording_usage IS 'Zoom cloud recording usage report (GET /report/cloud_recording): one row per account and calendar day of the account''s time zone. Sizes are bytes (1 KB = 1,024 bytes); each run re-reads a lookback window, so late figures are corrected.';
COMMENT ON COLUMN zoom.cloud_recording_usage.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.cloud_recording_usage.date IS 'Calendar day in the account''s time zone (jobs.conf timezone).';
COMMENT ON COLUMN zoom.cloud_recording_usage.usage_bytes IS 'Cloud recording storage used that day, in bytes (Zoom''s usage).';
COMMENT ON COLUMN zoom.cloud_recording_usage.plan_usage_bytes IS 'Storage the paid plan includes, in bytes; NULL where Zoom says Unlimited (Zoom''s plan_usage).';
COMMENT ON COLUMN zoom.cloud_recording_usage.free_usage_bytes IS 'Free storage, in bytes; NULL where Zoom says Unlimited (Zoom''s free_usage).';
COMMENT ON COLUMN zoom.cloud_recording_usage.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.cloud_recording_usage.run_id IS 'The etl.runs row that last inserted or changed this row.';
