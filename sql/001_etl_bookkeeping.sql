-- zoom-etl bookkeeping: runs, checkpoints and rejects (DESIGN.md, "Bookkeeping lives in schema etl").
-- The migrator itself creates schema etl and etl.schema_migrations before this file runs.

CREATE SCHEMA IF NOT EXISTS etl;

CREATE TABLE etl.runs (
    run_id bigserial PRIMARY KEY,
    job text NOT NULL,
    account_id text NOT NULL,
    command text NOT NULL,
    arguments jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'succeeded', 'failed', 'quota_exhausted', 'abandoned')),
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    streams jsonb NOT NULL DEFAULT '{}',
    error text,
    CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX runs_account_job_started ON etl.runs (account_id, job, started_at DESC);

COMMENT ON TABLE etl.runs IS 'One row per zoom-etl run (run, backfill, demo) of one job for one Zoom account.';
COMMENT ON COLUMN etl.runs.run_id IS 'The run; every warehouse row carries the run_id that last wrote it.';
COMMENT ON COLUMN etl.runs.job IS 'The job name from jobs.conf, e.g. nightly.';
COMMENT ON COLUMN etl.runs.account_id IS 'The Zoom account the run loaded.';
COMMENT ON COLUMN etl.runs.command IS 'The zoom-etl command that started the run: run, backfill or demo.';
COMMENT ON COLUMN etl.runs.arguments IS 'The command''s arguments that shape the run (range, streams); never secrets.';
COMMENT ON COLUMN etl.runs.status IS 'running, succeeded, failed, quota_exhausted (Zoom''s daily quota ran out; the next run continues) or abandoned (the process died; a later run took over the account).';
COMMENT ON COLUMN etl.runs.started_at IS 'When the run began.';
COMMENT ON COLUMN etl.runs.finished_at IS 'When the run ended; NULL while running.';
COMMENT ON COLUMN etl.runs.streams IS 'Per stream: {"rows", "inserted", "updated", "deleted", "rejects", "requests"} counts of this run.';
COMMENT ON COLUMN etl.runs.error IS 'Why the run failed, one sentence; NULL when it succeeded.';

CREATE TABLE etl.checkpoints (
    account_id text NOT NULL,
    stream text NOT NULL,
    scope text NOT NULL,
    cursor jsonb NOT NULL CHECK (jsonb_typeof(cursor) = 'object'),
    updated_at timestamptz NOT NULL DEFAULT now(),
    run_id bigint NOT NULL REFERENCES etl.runs (run_id),
    PRIMARY KEY (account_id, stream, scope)
);

COMMENT ON TABLE etl.checkpoints IS 'How far each stream has loaded, per account and scope; committed in the same transaction as the rows it covers.';
COMMENT ON COLUMN etl.checkpoints.account_id IS 'The Zoom account.';
COMMENT ON COLUMN etl.checkpoints.stream IS 'The stream name, e.g. daily_usage.';
COMMENT ON COLUMN etl.checkpoints.scope IS 'incremental for a job''s nightly position; "backfill FROM..TO" for a backfill, which never moves the incremental checkpoint.';
COMMENT ON COLUMN etl.checkpoints.cursor IS 'The stream''s position as a JSON object of strings, e.g. {"through": "2026-03-31"}.';
COMMENT ON COLUMN etl.checkpoints.updated_at IS 'When the checkpoint last moved.';
COMMENT ON COLUMN etl.checkpoints.run_id IS 'The run that last moved the checkpoint.';

CREATE TABLE etl.rejects (
    reject_id bigserial PRIMARY KEY,
    account_id text NOT NULL,
    stream text NOT NULL,
    raw_json text NOT NULL,
    raw_md5 text GENERATED ALWAYS AS (md5(raw_json)) STORED,
    reason text NOT NULL,
    run_id bigint NOT NULL REFERENCES etl.runs (run_id),
    rejected_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (account_id, stream, raw_md5)
);
CREATE INDEX rejects_run ON etl.rejects (run_id);

COMMENT ON TABLE etl.rejects IS 'Records Zoom sent that could not be typed, kept once each (a re-read does not duplicate them).';
COMMENT ON COLUMN etl.rejects.reject_id IS 'Surrogate key.';
COMMENT ON COLUMN etl.rejects.account_id IS 'The Zoom account.';
COMMENT ON COLUMN etl.rejects.stream IS 'The stream whose record this was.';
COMMENT ON COLUMN etl.rejects.raw_json IS 'The record exactly as Zoom sent it (JSON text).';
COMMENT ON COLUMN etl.rejects.raw_md5 IS 'MD5 of raw_json: identifies the same record on a re-read (not a security hash).';
COMMENT ON COLUMN etl.rejects.reason IS 'Why the record could not be typed.';
COMMENT ON COLUMN etl.rejects.run_id IS 'The run that first saw the record.';
COMMENT ON COLUMN etl.rejects.rejected_at IS 'When the record was first rejected.';
