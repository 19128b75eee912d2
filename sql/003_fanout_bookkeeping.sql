-- Fan-out bookkeeping (DESIGN.md, "A meeting instance is one meeting_uuid ..."): which child
-- streams are done for which parent, so a fan-out resumes exactly where it stopped, and which
-- streams an account is not entitled to (guarantee 3: skipped with a warning, shown by status).

CREATE TABLE etl.child_progress (
    account_id text NOT NULL,
    stream text NOT NULL,
    parent text NOT NULL,
    status text NOT NULL CHECK (status IN ('done', 'failed')),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error text,
    fetched_at timestamptz,
    run_id bigint NOT NULL REFERENCES etl.runs (run_id),
    PRIMARY KEY (account_id, stream, parent),
    CHECK (status = 'failed' OR (attempts = 0 AND last_error IS NULL AND fetched_at IS NOT NULL))
);

COMMENT ON TABLE etl.child_progress IS 'Per account, child stream and parent (a meeting instance): whether its child rows are loaded; committed in the same transaction as those rows.';
COMMENT ON COLUMN etl.child_progress.account_id IS 'The Zoom account.';
COMMENT ON COLUMN etl.child_progress.stream IS 'The child stream, e.g. meeting_participants.';
COMMENT ON COLUMN etl.child_progress.parent IS 'The parent row''s key, e.g. the meeting_uuid of zoom.meetings.';
COMMENT ON COLUMN etl.child_progress.status IS 'done (the child rows are loaded) or failed (the last fetch failed; retried on later runs until attempts reaches the job''s limit).';
COMMENT ON COLUMN etl.child_progress.attempts IS 'Consecutive failed fetches; 0 once done.';
COMMENT ON COLUMN etl.child_progress.last_error IS 'Why the last fetch failed, one sentence; NULL when done.';
COMMENT ON COLUMN etl.child_progress.fetched_at IS 'When the child rows were last loaded; NULL if they never were. A later failure leaves it as it was.';
COMMENT ON COLUMN etl.child_progress.run_id IS 'The run that last fetched (or failed to fetch) this parent''s children.';

CREATE TABLE etl.stream_availability (
    account_id text NOT NULL,
    stream text NOT NULL,
    available boolean NOT NULL,
    reason text,
    checked_at timestamptz NOT NULL DEFAULT now(),
    run_id bigint NOT NULL REFERENCES etl.runs (run_id),
    PRIMARY KEY (account_id, stream)
);

COMMENT ON TABLE etl.stream_availability IS 'Whether the account''s Zoom plan and add-ons include a stream, as the last run that tried it found.';
COMMENT ON COLUMN etl.stream_availability.account_id IS 'The Zoom account.';
COMMENT ON COLUMN etl.stream_availability.stream IS 'The stream, e.g. meeting_qos_summary.';
COMMENT ON COLUMN etl.stream_availability.available IS 'false when Zoom refused the stream for the plan or a missing add-on; such a stream is skipped with a warning.';
COMMENT ON COLUMN etl.stream_availability.reason IS 'Why the stream is not available, e.g. Zoom''s message; NULL when it is.';
COMMENT ON COLUMN etl.stream_availability.checked_at IS 'When a run last found out.';
COMMENT ON COLUMN etl.stream_availability.run_id IS 'The run that last found out.';

COMMENT ON COLUMN etl.runs.streams IS 'Per stream: {"rows", "inserted", "updated", "deleted", "rejects", "requests", "nullified"} counts of this run; nullified counts values Zoom sent empty or unreadable that were stored as NULL.';
