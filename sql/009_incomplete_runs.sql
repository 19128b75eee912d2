-- A run never says success while data it was asked for is missing (DESIGN.md, exit codes): a run
-- whose streams all ran but some instances Zoom did not serve ends 'incomplete' (exit 1; the next
-- run retries them), and an instance Zoom says no longer exists (404, code 3001, although
-- zoom.meetings lists it) is recorded 'gone' with Zoom's words, never fetched again, not a failure.

ALTER TABLE etl.runs DROP CONSTRAINT runs_status_check;
ALTER TABLE etl.runs ADD CONSTRAINT runs_status_check
    CHECK (status IN ('running', 'succeeded', 'incomplete', 'failed', 'quota_exhausted', 'abandoned'));
COMMENT ON COLUMN etl.runs.status IS 'running, succeeded (everything asked for is loaded), incomplete (every stream ran, but some instances failed: they are named in error and etl.child_progress, and the next run retries them), failed, quota_exhausted (Zoom''s daily quota ran out; the next run continues) or abandoned (the process died; a later run took over the account).';

ALTER TABLE etl.child_progress DROP CONSTRAINT child_progress_status_check;
ALTER TABLE etl.child_progress ADD CONSTRAINT child_progress_status_check CHECK (status IN ('done', 'failed', 'gone'));
ALTER TABLE etl.child_progress DROP CONSTRAINT child_progress_check;
ALTER TABLE etl.child_progress ADD CONSTRAINT child_progress_check
    CHECK (status = 'failed' OR (attempts = 0 AND fetched_at IS NOT NULL AND (status = 'gone' OR last_error IS NULL)));
COMMENT ON COLUMN etl.child_progress.status IS 'done (the child rows are loaded), failed (the last fetch failed; retried on later runs until attempts reaches the job''s limit) or gone (Zoom answered 404 code 3001: the instance no longer exists there; never fetched again).';
COMMENT ON COLUMN etl.child_progress.last_error IS 'Why the last fetch failed, or Zoom''s words for a gone instance, one sentence; NULL when done.';

COMMENT ON COLUMN etl.runs.streams IS 'Per stream: {"rows", "inserted", "updated", "deleted", "rejects", "requests", "nullified", "empty_values", "unparsable_values", "failed_instances", "gone_instances"} counts of this run. nullified = empty_values + unparsable_values: values stored as NULL because Zoom sent them empty (normal) or in a form zoom-etl cannot read (an alarm: its examples are in etl.rejects).';
