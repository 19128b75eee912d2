-- Zoom's daily request caps, counted across runs (DESIGN.md guarantee 3): Pro 30,000 and
-- Business+ 60,000 heavy plus resource-intensive requests per UTC day, per account (zoom-api.md §5).
-- A run loads what earlier runs spent today, stops with exit 75 when the cap is reached, and
-- the next run continues where it stopped.

CREATE TABLE etl.quota_usage (
    account_id text NOT NULL,
    utc_day date NOT NULL,
    category text NOT NULL CHECK (category IN ('light', 'medium', 'heavy', 'resource_intensive')),
    requests integer NOT NULL CHECK (requests >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    run_id bigint NOT NULL REFERENCES etl.runs (run_id),
    PRIMARY KEY (account_id, utc_day, category)
);

COMMENT ON TABLE etl.quota_usage IS 'Requests zoom-etl sent to Zoom per account, UTC day and rate-limit category, summed over every run of that day; what is left of Zoom''s daily cap decides when a run stops (exit 75).';
COMMENT ON COLUMN etl.quota_usage.account_id IS 'The Zoom account; its daily caps are shared by every app and run on it.';
COMMENT ON COLUMN etl.quota_usage.utc_day IS 'The UTC day the requests count on: Zoom''s daily caps reset at 00:00 UTC.';
COMMENT ON COLUMN etl.quota_usage.category IS 'Zoom''s rate-limit category: light, medium, heavy or resource_intensive. Pro and Business+ cap heavy plus resource_intensive together; Free caps each.';
COMMENT ON COLUMN etl.quota_usage.requests IS 'Requests Zoom answered (429 refusals are not counted, as Zoom does not count them), over every run of the day.';
COMMENT ON COLUMN etl.quota_usage.updated_at IS 'When a run last added to the count.';
COMMENT ON COLUMN etl.quota_usage.run_id IS 'The run that last added to the count.';
