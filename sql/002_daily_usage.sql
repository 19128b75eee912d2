-- Schema `zoom`: what analysts query. Every table leads its key with account_id, so several
-- Zoom accounts share one warehouse; every row records when and by which run it was written.
CREATE SCHEMA IF NOT EXISTS zoom;
COMMENT ON SCHEMA zoom IS 'Zoom reporting and analytics data loaded by zoom-etl. Timestamps are UTC timestamptz; units are in column names.';

CREATE TABLE zoom.daily_usage (
    account_id      text        NOT NULL,
    date            date        NOT NULL,
    new_users       integer     NOT NULL CHECK (new_users >= 0),
    meetings        integer     NOT NULL CHECK (meetings >= 0),
    participants    integer     NOT NULL CHECK (participants >= 0),
    meeting_minutes integer     NOT NULL CHECK (meeting_minutes >= 0),
    loaded_at       timestamptz NOT NULL DEFAULT now(),
    run_id          bigint      NOT NULL,
    PRIMARY KEY (account_id, date)
);

COMMENT ON TABLE zoom.daily_usage IS 'Zoom daily usage report (GET /report/daily): one row per account and calendar day of the account''s time zone. Only complete days are loaded; each run re-reads a lookback window, so late figures are corrected.';
COMMENT ON COLUMN zoom.daily_usage.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.daily_usage.date IS 'Calendar day in the account''s time zone (jobs.conf timezone).';
COMMENT ON COLUMN zoom.daily_usage.new_users IS 'Users added to the account that day.';
COMMENT ON COLUMN zoom.daily_usage.meetings IS 'Meetings held that day.';
COMMENT ON COLUMN zoom.daily_usage.participants IS 'Meeting participants that day (joins, as Zoom counts them).';
COMMENT ON COLUMN zoom.daily_usage.meeting_minutes IS 'Meeting minutes that day.';
COMMENT ON COLUMN zoom.daily_usage.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.daily_usage.run_id IS 'The etl.runs row that last inserted or changed this row.';
