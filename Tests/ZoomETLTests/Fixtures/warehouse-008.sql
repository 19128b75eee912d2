--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: etl; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA etl;


--
-- Name: SCHEMA etl; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA etl IS 'zoom-etl bookkeeping: migrations, runs, checkpoints, rejects.';


--
-- Name: zoom; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA zoom;


--
-- Name: SCHEMA zoom; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA zoom IS 'Zoom reporting and analytics data loaded by zoom-etl. Timestamps are UTC timestamptz; units are in column names.';


--
-- Name: ensure_monthly_partitions(regclass, timestamp with time zone, timestamp with time zone); Type: FUNCTION; Schema: etl; Owner: -
--

CREATE FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamp with time zone, last timestamp with time zone) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    parent_schema text;
    parent_name text;
    month timestamp := date_trunc('month', first AT TIME ZONE 'UTC');
    partition_name text;
BEGIN
    SELECT n.nspname, c.relname INTO parent_schema, parent_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent AND c.relkind = 'p';
    IF parent_schema IS DISTINCT FROM 'zoom' THEN
        RAISE EXCEPTION '% is not a partitioned table of schema zoom', parent USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('zoom-etl partitions ' || parent::text));
    WHILE month <= date_trunc('month', last AT TIME ZONE 'UTC') LOOP
        partition_name := parent_name || '_' || to_char(month, 'YYYY_MM');
        IF to_regclass(format('%I.%I', parent_schema, partition_name)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', parent_schema, partition_name, parent,
                           (month AT TIME ZONE 'UTC'), ((month + interval '1 month') AT TIME ZONE 'UTC'));
            EXECUTE format('COMMENT ON TABLE %I.%I IS %L', parent_schema, partition_name,
                           format('Partition of %s for %s (UTC); drop it to discard that month.', parent, to_char(month, 'YYYY-MM')));
        END IF;
        month := month + interval '1 month';
    END LOOP;
END
$$;


--
-- Name: FUNCTION ensure_monthly_partitions(parent regclass, first timestamp with time zone, last timestamp with time zone); Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamp with time zone, last timestamp with time zone) IS 'Creates the missing monthly partitions of a range-partitioned zoom table; the loader calls it in each page''s transaction. Runs as its owner (only a table''s owner may add partitions); callable by zoom_etl.';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: checkpoints; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.checkpoints (
    account_id text NOT NULL,
    stream text NOT NULL,
    scope text NOT NULL,
    cursor jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT checkpoints_cursor_check CHECK ((jsonb_typeof(cursor) = 'object'::text))
);


--
-- Name: TABLE checkpoints; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.checkpoints IS 'How far each stream has loaded, per account and scope; committed in the same transaction as the rows it covers.';


--
-- Name: COLUMN checkpoints.account_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.checkpoints.account_id IS 'The Zoom account.';


--
-- Name: COLUMN checkpoints.stream; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.checkpoints.stream IS 'The stream name, e.g. daily_usage.';


--
-- Name: COLUMN checkpoints.scope; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.checkpoints.scope IS 'incremental for a job''s nightly position; "backfill FROM..TO" for a backfill, which never moves the incremental checkpoint.';


--
-- Name: COLUMN checkpoints.cursor; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.checkpoints.cursor IS 'The stream''s position as a JSON object of strings, e.g. {"through": "2026-03-31"}.';


--
-- Name: COLUMN checkpoints.updated_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.checkpoints.updated_at IS 'When the checkpoint last moved.';


--
-- Name: COLUMN checkpoints.run_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.checkpoints.run_id IS 'The run that last moved the checkpoint.';


--
-- Name: child_progress; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.child_progress (
    account_id text NOT NULL,
    stream text NOT NULL,
    parent text NOT NULL,
    status text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    fetched_at timestamp with time zone,
    run_id bigint NOT NULL,
    CONSTRAINT child_progress_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT child_progress_check CHECK (((status = 'failed'::text) OR ((attempts = 0) AND (last_error IS NULL) AND (fetched_at IS NOT NULL)))),
    CONSTRAINT child_progress_status_check CHECK ((status = ANY (ARRAY['done'::text, 'failed'::text])))
);


--
-- Name: TABLE child_progress; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.child_progress IS 'Per account, child stream and parent (a meeting instance): whether its child rows are loaded; committed in the same transaction as those rows.';


--
-- Name: COLUMN child_progress.account_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.account_id IS 'The Zoom account.';


--
-- Name: COLUMN child_progress.stream; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.stream IS 'The child stream, e.g. meeting_participants.';


--
-- Name: COLUMN child_progress.parent; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.parent IS 'The parent row''s key, e.g. the meeting_uuid of zoom.meetings.';


--
-- Name: COLUMN child_progress.status; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.status IS 'done (the child rows are loaded) or failed (the last fetch failed; retried on later runs until attempts reaches the job''s limit).';


--
-- Name: COLUMN child_progress.attempts; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.attempts IS 'Consecutive failed fetches; 0 once done.';


--
-- Name: COLUMN child_progress.last_error; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.last_error IS 'Why the last fetch failed, one sentence; NULL when done.';


--
-- Name: COLUMN child_progress.fetched_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.fetched_at IS 'When the child rows were last loaded; NULL if they never were. A later failure leaves it as it was.';


--
-- Name: COLUMN child_progress.run_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.child_progress.run_id IS 'The run that last fetched (or failed to fetch) this parent''s children.';


--
-- Name: quota_usage; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.quota_usage (
    account_id text NOT NULL,
    utc_day date NOT NULL,
    category text NOT NULL,
    requests integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT quota_usage_category_check CHECK ((category = ANY (ARRAY['light'::text, 'medium'::text, 'heavy'::text, 'resource_intensive'::text]))),
    CONSTRAINT quota_usage_requests_check CHECK ((requests >= 0))
);


--
-- Name: TABLE quota_usage; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.quota_usage IS 'Requests zoom-etl sent to Zoom per account, UTC day and rate-limit category, summed over every run of that day; what is left of Zoom''s daily cap decides when a run stops (exit 75).';


--
-- Name: COLUMN quota_usage.account_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.quota_usage.account_id IS 'The Zoom account; its daily caps are shared by every app and run on it.';


--
-- Name: COLUMN quota_usage.utc_day; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.quota_usage.utc_day IS 'The UTC day the requests count on: Zoom''s daily caps reset at 00:00 UTC.';


--
-- Name: COLUMN quota_usage.category; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.quota_usage.category IS 'Zoom''s rate-limit category: light, medium, heavy or resource_intensive. Pro and Business+ cap heavy plus resource_intensive together; Free caps each.';


--
-- Name: COLUMN quota_usage.requests; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.quota_usage.requests IS 'Requests Zoom answered (429 refusals are not counted, as Zoom does not count them), over every run of the day.';


--
-- Name: COLUMN quota_usage.updated_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.quota_usage.updated_at IS 'When a run last added to the count.';


--
-- Name: COLUMN quota_usage.run_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.quota_usage.run_id IS 'The run that last added to the count.';


--
-- Name: rejects; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.rejects (
    reject_id bigint NOT NULL,
    account_id text NOT NULL,
    stream text NOT NULL,
    raw_json text NOT NULL,
    raw_md5 text GENERATED ALWAYS AS (md5(raw_json)) STORED,
    reason text NOT NULL,
    run_id bigint NOT NULL,
    rejected_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE rejects; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.rejects IS 'Records Zoom sent that could not be typed, kept once each (a re-read does not duplicate them).';


--
-- Name: COLUMN rejects.reject_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.reject_id IS 'Surrogate key.';


--
-- Name: COLUMN rejects.account_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.account_id IS 'The Zoom account.';


--
-- Name: COLUMN rejects.stream; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.stream IS 'The stream whose record this was.';


--
-- Name: COLUMN rejects.raw_json; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.raw_json IS 'The record exactly as Zoom sent it (JSON text).';


--
-- Name: COLUMN rejects.raw_md5; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.raw_md5 IS 'MD5 of raw_json: identifies the same record on a re-read (not a security hash).';


--
-- Name: COLUMN rejects.reason; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.reason IS 'Why the record could not be typed.';


--
-- Name: COLUMN rejects.run_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.run_id IS 'The run that first saw the record.';


--
-- Name: COLUMN rejects.rejected_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.rejects.rejected_at IS 'When the record was first rejected.';


--
-- Name: rejects_reject_id_seq; Type: SEQUENCE; Schema: etl; Owner: -
--

CREATE SEQUENCE etl.rejects_reject_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rejects_reject_id_seq; Type: SEQUENCE OWNED BY; Schema: etl; Owner: -
--

ALTER SEQUENCE etl.rejects_reject_id_seq OWNED BY etl.rejects.reject_id;


--
-- Name: runs; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.runs (
    run_id bigint NOT NULL,
    job text NOT NULL,
    account_id text NOT NULL,
    command text NOT NULL,
    arguments jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'running'::text NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    streams jsonb DEFAULT '{}'::jsonb NOT NULL,
    error text,
    CONSTRAINT runs_check CHECK (((status = 'running'::text) = (finished_at IS NULL))),
    CONSTRAINT runs_status_check CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'failed'::text, 'quota_exhausted'::text, 'abandoned'::text])))
);


--
-- Name: TABLE runs; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.runs IS 'One row per zoom-etl run (run, backfill, demo) of one job for one Zoom account.';


--
-- Name: COLUMN runs.run_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.run_id IS 'The run; every warehouse row carries the run_id that last wrote it.';


--
-- Name: COLUMN runs.job; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.job IS 'The job name from jobs.conf, e.g. nightly.';


--
-- Name: COLUMN runs.account_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.account_id IS 'The Zoom account the run loaded.';


--
-- Name: COLUMN runs.command; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.command IS 'The zoom-etl command that started the run: run, backfill or demo.';


--
-- Name: COLUMN runs.arguments; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.arguments IS 'The command''s arguments that shape the run (range, streams); never secrets.';


--
-- Name: COLUMN runs.status; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.status IS 'running, succeeded, failed, quota_exhausted (Zoom''s daily quota ran out; the next run continues) or abandoned (the process died; a later run took over the account).';


--
-- Name: COLUMN runs.started_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.started_at IS 'When the run began.';


--
-- Name: COLUMN runs.finished_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.finished_at IS 'When the run ended; NULL while running.';


--
-- Name: COLUMN runs.streams; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.streams IS 'Per stream: {"rows", "inserted", "updated", "deleted", "rejects", "requests", "nullified"} counts of this run; nullified counts values Zoom sent empty or unreadable that were stored as NULL.';


--
-- Name: COLUMN runs.error; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.runs.error IS 'Why the run failed, one sentence; NULL when it succeeded.';


--
-- Name: runs_run_id_seq; Type: SEQUENCE; Schema: etl; Owner: -
--

CREATE SEQUENCE etl.runs_run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: runs_run_id_seq; Type: SEQUENCE OWNED BY; Schema: etl; Owner: -
--

ALTER SEQUENCE etl.runs_run_id_seq OWNED BY etl.runs.run_id;


--
-- Name: schema_migrations; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE schema_migrations; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.schema_migrations IS 'One row per sql/NNN_name.sql file applied to this database.';


--
-- Name: COLUMN schema_migrations.version; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.schema_migrations.version IS 'The numeric prefix of the file name.';


--
-- Name: COLUMN schema_migrations.name; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.schema_migrations.name IS 'The file name, e.g. 001_etl_bookkeeping.sql.';


--
-- Name: COLUMN schema_migrations.checksum; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.schema_migrations.checksum IS 'SHA-256 (hex) of the file as applied; zoom-etl refuses to run if its copy differs.';


--
-- Name: COLUMN schema_migrations.applied_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.schema_migrations.applied_at IS 'When the file was applied.';


--
-- Name: stream_availability; Type: TABLE; Schema: etl; Owner: -
--

CREATE TABLE etl.stream_availability (
    account_id text NOT NULL,
    stream text NOT NULL,
    available boolean NOT NULL,
    reason text,
    checked_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: TABLE stream_availability; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON TABLE etl.stream_availability IS 'Whether the account''s Zoom plan and add-ons include a stream, as the last run that tried it found.';


--
-- Name: COLUMN stream_availability.account_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.stream_availability.account_id IS 'The Zoom account.';


--
-- Name: COLUMN stream_availability.stream; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.stream_availability.stream IS 'The stream, e.g. meeting_qos_summary.';


--
-- Name: COLUMN stream_availability.available; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.stream_availability.available IS 'false when Zoom refused the stream for the plan or a missing add-on; such a stream is skipped with a warning.';


--
-- Name: COLUMN stream_availability.reason; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.stream_availability.reason IS 'Why the stream is not available, e.g. Zoom''s message; NULL when it is.';


--
-- Name: COLUMN stream_availability.checked_at; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.stream_availability.checked_at IS 'When a run last found out.';


--
-- Name: COLUMN stream_availability.run_id; Type: COMMENT; Schema: etl; Owner: -
--

COMMENT ON COLUMN etl.stream_availability.run_id IS 'The run that last found out.';


--
-- Name: active_hosts; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.active_hosts (
    account_id text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    user_id text NOT NULL,
    email text,
    user_name text,
    type integer,
    dept text,
    meetings integer,
    participants integer,
    meeting_minutes integer,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT active_hosts_check CHECK ((period_end >= period_start))
);


--
-- Name: TABLE active_hosts; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.active_hosts IS 'Zoom active hosts report (GET /report/users?type=active): hosts who held meetings in a calendar month, with their totals. The current month is re-read (and replaced as a set) while it is inside the lookback.';


--
-- Name: COLUMN active_hosts.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN active_hosts.period_start; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.period_start IS 'First day of the report window (a calendar month, account time zone).';


--
-- Name: COLUMN active_hosts.period_end; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.period_end IS 'Last day of the report window: the month''s last day, or the last complete day for the current month.';


--
-- Name: COLUMN active_hosts.user_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.user_id IS 'Zoom user ID of the host.';


--
-- Name: COLUMN active_hosts.email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.email IS 'The host''s email.';


--
-- Name: COLUMN active_hosts.user_name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.user_name IS 'The host''s display name.';


--
-- Name: COLUMN active_hosts.type; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.type IS 'Zoom user type (1 basic, 2 licensed, ...).';


--
-- Name: COLUMN active_hosts.dept; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.dept IS 'The host''s department; NULL when Zoom sent none.';


--
-- Name: COLUMN active_hosts.meetings; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.meetings IS 'Meetings the host held in the period.';


--
-- Name: COLUMN active_hosts.participants; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.participants IS 'Participants in those meetings.';


--
-- Name: COLUMN active_hosts.meeting_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.meeting_minutes IS 'Meeting minutes in those meetings.';


--
-- Name: COLUMN active_hosts.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN active_hosts.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.active_hosts.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: daily_usage; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.daily_usage (
    account_id text NOT NULL,
    date date NOT NULL,
    new_users integer NOT NULL,
    meetings integer NOT NULL,
    participants integer NOT NULL,
    meeting_minutes integer NOT NULL,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT daily_usage_meeting_minutes_check CHECK ((meeting_minutes >= 0)),
    CONSTRAINT daily_usage_meetings_check CHECK ((meetings >= 0)),
    CONSTRAINT daily_usage_new_users_check CHECK ((new_users >= 0)),
    CONSTRAINT daily_usage_participants_check CHECK ((participants >= 0))
);


--
-- Name: TABLE daily_usage; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.daily_usage IS 'Zoom daily usage report (GET /report/daily): one row per account and calendar day of the account''s time zone. Only complete days are loaded; each run re-reads a lookback window, so late figures are corrected.';


--
-- Name: COLUMN daily_usage.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN daily_usage.date; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.date IS 'Calendar day in the account''s time zone (jobs.conf timezone).';


--
-- Name: COLUMN daily_usage.new_users; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.new_users IS 'Users added to the account that day.';


--
-- Name: COLUMN daily_usage.meetings; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.meetings IS 'Meetings held that day.';


--
-- Name: COLUMN daily_usage.participants; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.participants IS 'Meeting participants that day (joins, as Zoom counts them).';


--
-- Name: COLUMN daily_usage.meeting_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.meeting_minutes IS 'Meeting minutes that day.';


--
-- Name: COLUMN daily_usage.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN daily_usage.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: daily_usage_rolling; Type: VIEW; Schema: zoom; Owner: -
--

CREATE VIEW zoom.daily_usage_rolling AS
 SELECT daily_usage.account_id,
    daily_usage.date,
    daily_usage.new_users,
    daily_usage.meetings,
    daily_usage.participants,
    daily_usage.meeting_minutes,
    sum(daily_usage.meetings) OVER last_7 AS meetings_7d,
    sum(daily_usage.meetings) OVER last_28 AS meetings_28d,
    sum(daily_usage.participants) OVER last_7 AS participants_7d,
    sum(daily_usage.participants) OVER last_28 AS participants_28d,
    sum(daily_usage.meeting_minutes) OVER last_7 AS meeting_minutes_7d,
    sum(daily_usage.meeting_minutes) OVER last_28 AS meeting_minutes_28d,
    count(*) OVER last_7 AS days_loaded_7d,
    count(*) OVER last_28 AS days_loaded_28d
   FROM zoom.daily_usage
  WINDOW last_7 AS (PARTITION BY daily_usage.account_id ORDER BY daily_usage.date RANGE BETWEEN '6 days'::interval PRECEDING AND CURRENT ROW), last_28 AS (PARTITION BY daily_usage.account_id ORDER BY daily_usage.date RANGE BETWEEN '27 days'::interval PRECEDING AND CURRENT ROW);


--
-- Name: VIEW daily_usage_rolling; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON VIEW zoom.daily_usage_rolling IS 'Daily usage with rolling 7- and 28-day totals (the day itself and the 6 or 27 days before it).';


--
-- Name: COLUMN daily_usage_rolling.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.account_id IS 'Zoom account ID.';


--
-- Name: COLUMN daily_usage_rolling.date; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.date IS 'Calendar day in the account''s time zone.';


--
-- Name: COLUMN daily_usage_rolling.new_users; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.new_users IS 'Users added that day.';


--
-- Name: COLUMN daily_usage_rolling.meetings; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.meetings IS 'Meetings that day.';


--
-- Name: COLUMN daily_usage_rolling.participants; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.participants IS 'Participants that day.';


--
-- Name: COLUMN daily_usage_rolling.meeting_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.meeting_minutes IS 'Meeting minutes that day.';


--
-- Name: COLUMN daily_usage_rolling.meetings_7d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.meetings_7d IS 'Meetings over the 7 days ending on date.';


--
-- Name: COLUMN daily_usage_rolling.meetings_28d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.meetings_28d IS 'Meetings over the 28 days ending on date.';


--
-- Name: COLUMN daily_usage_rolling.participants_7d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.participants_7d IS 'Participants over the 7 days ending on date.';


--
-- Name: COLUMN daily_usage_rolling.participants_28d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.participants_28d IS 'Participants over the 28 days ending on date.';


--
-- Name: COLUMN daily_usage_rolling.meeting_minutes_7d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.meeting_minutes_7d IS 'Meeting minutes over the 7 days ending on date.';


--
-- Name: COLUMN daily_usage_rolling.meeting_minutes_28d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.meeting_minutes_28d IS 'Meeting minutes over the 28 days ending on date.';


--
-- Name: COLUMN daily_usage_rolling.days_loaded_7d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.days_loaded_7d IS 'Days of the 7-day window present in the warehouse (7 when complete).';


--
-- Name: COLUMN daily_usage_rolling.days_loaded_28d; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.daily_usage_rolling.days_loaded_28d IS 'Days of the 28-day window present in the warehouse (28 when complete).';


--
-- Name: meetings; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.meetings (
    account_id text NOT NULL,
    meeting_uuid text NOT NULL,
    meeting_id bigint NOT NULL,
    kind text NOT NULL,
    topic text,
    host_name text,
    host_email text,
    department text,
    start_time timestamp with time zone NOT NULL,
    end_time timestamp with time zone NOT NULL,
    duration_minutes integer,
    participants_count integer,
    total_participant_minutes integer,
    source text,
    listed_by text NOT NULL,
    scheduled_time timestamp with time zone,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT meetings_kind_check CHECK ((kind = ANY (ARRAY['meeting'::text, 'webinar'::text]))),
    CONSTRAINT meetings_listed_by_check CHECK ((listed_by = ANY (ARRAY['history_meetings'::text, 'user_meetings'::text])))
);


--
-- Name: TABLE meetings; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.meetings IS 'Ended meeting and webinar instances (GET /report/history_meetings by end time; per host GET /report/users/{id}/meetings where history is not available). One row per instance: each occurrence of a recurring meeting is its own meeting_uuid under one meeting_id.';


--
-- Name: COLUMN meetings.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN meetings.meeting_uuid; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.meeting_uuid IS 'Zoom''s instance UUID: unique per occurrence.';


--
-- Name: COLUMN meetings.meeting_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.meeting_id IS 'Zoom''s meeting number (shared by the occurrences of a recurring meeting).';


--
-- Name: COLUMN meetings.kind; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.kind IS 'meeting or webinar.';


--
-- Name: COLUMN meetings.topic; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.topic IS 'The meeting topic.';


--
-- Name: COLUMN meetings.host_name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.host_name IS 'The host''s display name.';


--
-- Name: COLUMN meetings.host_email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.host_email IS 'The host''s email.';


--
-- Name: COLUMN meetings.department; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.department IS 'The host''s department (history report only).';


--
-- Name: COLUMN meetings.start_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.start_time IS 'When the instance started (UTC).';


--
-- Name: COLUMN meetings.end_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.end_time IS 'When the instance ended (UTC).';


--
-- Name: COLUMN meetings.duration_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.duration_minutes IS 'Duration in minutes, as Zoom reports it.';


--
-- Name: COLUMN meetings.participants_count; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.participants_count IS 'Participants, as Zoom counts them.';


--
-- Name: COLUMN meetings.total_participant_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.total_participant_minutes IS 'Sum of all participants'' minutes.';


--
-- Name: COLUMN meetings.source; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.source IS 'Zoom''s source field (the client or integration that started the meeting).';


--
-- Name: COLUMN meetings.listed_by; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.listed_by IS 'Which report listed the instance: history_meetings or user_meetings.';


--
-- Name: COLUMN meetings.scheduled_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.scheduled_time IS 'When the meeting was scheduled to start (UTC; from the per-user report''s local MM/dd/yyyy HH:mm read in the account''s time zone); NULL from the history report.';


--
-- Name: COLUMN meetings.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN meetings.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meetings.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: host_weekly_activity; Type: VIEW; Schema: zoom; Owner: -
--

CREATE VIEW zoom.host_weekly_activity AS
 SELECT meetings.account_id,
    (date_trunc('week'::text, (meetings.start_time AT TIME ZONE 'UTC'::text)))::date AS week_start,
    meetings.host_email,
    max(meetings.host_name) AS host_name,
    count(*) AS meetings,
    sum(meetings.duration_minutes) AS meeting_minutes,
    sum(meetings.participants_count) AS participants,
    sum(meetings.total_participant_minutes) AS participant_minutes
   FROM zoom.meetings
  GROUP BY meetings.account_id, ((date_trunc('week'::text, (meetings.start_time AT TIME ZONE 'UTC'::text)))::date), meetings.host_email;


--
-- Name: VIEW host_weekly_activity; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON VIEW zoom.host_weekly_activity IS 'Per host and ISO week (Monday, UTC): meetings and webinars held, their minutes and participants.';


--
-- Name: COLUMN host_weekly_activity.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.account_id IS 'Zoom account ID.';


--
-- Name: COLUMN host_weekly_activity.week_start; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.week_start IS 'Monday of the week (UTC) in which the meetings started.';


--
-- Name: COLUMN host_weekly_activity.host_email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.host_email IS 'The host''s email.';


--
-- Name: COLUMN host_weekly_activity.host_name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.host_name IS 'The host''s display name.';


--
-- Name: COLUMN host_weekly_activity.meetings; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.meetings IS 'Instances the host held that week.';


--
-- Name: COLUMN host_weekly_activity.meeting_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.meeting_minutes IS 'Sum of their durations (minutes).';


--
-- Name: COLUMN host_weekly_activity.participants; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.participants IS 'Sum of their participant counts.';


--
-- Name: COLUMN host_weekly_activity.participant_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.host_weekly_activity.participant_minutes IS 'Sum of their participant minutes.';


--
-- Name: meeting_participants; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.meeting_participants (
    account_id text NOT NULL,
    meeting_uuid text NOT NULL,
    row_no integer NOT NULL,
    participant_session_id text,
    participant_user_id text,
    name text,
    email text,
    join_time timestamp with time zone,
    leave_time timestamp with time zone,
    duration_seconds integer,
    status text,
    failover boolean,
    customer_key text,
    bo_mtg_id text,
    registrant_id text,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL,
    CONSTRAINT meeting_participants_row_no_check CHECK ((row_no >= 0))
);


--
-- Name: TABLE meeting_participants; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.meeting_participants IS 'Participants report per meeting or webinar instance (GET /report/meetings|webinars/{uuid}/participants): one row per join session, so a person who rejoins has several rows and guests are never merged. An instance''s rows are replaced as a set on each read.';


--
-- Name: COLUMN meeting_participants.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN meeting_participants.meeting_uuid; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.meeting_uuid IS 'The instance (zoom.meetings.meeting_uuid).';


--
-- Name: COLUMN meeting_participants.row_no; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.row_no IS 'Zoom''s order of the session within the instance, from 0.';


--
-- Name: COLUMN meeting_participants.participant_session_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.participant_session_id IS 'Zoom''s per-join id (its user_id field), valid for this instance only.';


--
-- Name: COLUMN meeting_participants.participant_user_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.participant_user_id IS 'The participant''s Zoom user id (participant_user_id / id); NULL for guests who did not sign in.';


--
-- Name: COLUMN meeting_participants.name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.name IS 'Display name.';


--
-- Name: COLUMN meeting_participants.email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.email IS 'Email; NULL for people outside the account and anonymous guests.';


--
-- Name: COLUMN meeting_participants.join_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.join_time IS 'When the session joined (UTC).';


--
-- Name: COLUMN meeting_participants.leave_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.leave_time IS 'When the session left (UTC).';


--
-- Name: COLUMN meeting_participants.duration_seconds; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.duration_seconds IS 'Session length in seconds.';


--
-- Name: COLUMN meeting_participants.status; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.status IS 'in_meeting or in_waiting_room.';


--
-- Name: COLUMN meeting_participants.failover; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.failover IS 'Whether the session failed over during the meeting.';


--
-- Name: COLUMN meeting_participants.customer_key; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.customer_key IS 'The participant''s customer key, when set.';


--
-- Name: COLUMN meeting_participants.bo_mtg_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.bo_mtg_id IS 'Breakout room id, when the session was in one.';


--
-- Name: COLUMN meeting_participants.registrant_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.registrant_id IS 'Registrant id, when the participant registered.';


--
-- Name: COLUMN meeting_participants.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN meeting_participants.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_participants.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: participant_qos; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.participant_qos (
    account_id text NOT NULL,
    meeting_uuid text NOT NULL,
    participant_session_id text NOT NULL,
    sample_time timestamp with time zone NOT NULL,
    metric text NOT NULL,
    bitrate_kbps double precision,
    latency_ms double precision,
    jitter_ms double precision,
    avg_loss_pct double precision,
    max_loss_pct double precision,
    frame_rate_fps double precision,
    resolution_width integer,
    resolution_height integer,
    zoom_min_cpu_pct double precision,
    zoom_avg_cpu_pct double precision,
    zoom_max_cpu_pct double precision,
    system_max_cpu_pct double precision,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL
)
PARTITION BY RANGE (sample_time);


--
-- Name: TABLE participant_qos; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.participant_qos IS 'Per-minute quality samples (GET /metrics/meetings/{uuid}/participants/qos?type=past, Business+): one row per participant session, minute and metric. Zoom''s unit strings are parsed into the columns'' units; an empty or unreadable value is NULL and counted in etl.runs. Partitioned by UTC month of sample_time (zoom.participant_qos_YYYY_MM, created as data arrives); drop a month with DROP TABLE.';


--
-- Name: COLUMN participant_qos.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN participant_qos.meeting_uuid; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.meeting_uuid IS 'The instance (zoom.meetings.meeting_uuid).';


--
-- Name: COLUMN participant_qos.participant_session_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.participant_session_id IS 'Zoom''s per-join id (its user_id field), as in zoom.meeting_participants.';


--
-- Name: COLUMN participant_qos.sample_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.sample_time IS 'The sample''s minute (UTC).';


--
-- Name: COLUMN participant_qos.metric; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.metric IS 'audio_input, audio_output, video_input, video_output, as_input, as_output (screen share), or cpu_usage.';


--
-- Name: COLUMN participant_qos.bitrate_kbps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.bitrate_kbps IS 'Bitrate in kbps ("1.2 Mbps" is 1200).';


--
-- Name: COLUMN participant_qos.latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.latency_ms IS 'Latency in milliseconds.';


--
-- Name: COLUMN participant_qos.jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.jitter_ms IS 'Jitter in milliseconds.';


--
-- Name: COLUMN participant_qos.avg_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.avg_loss_pct IS 'Average packet loss in percent.';


--
-- Name: COLUMN participant_qos.max_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.max_loss_pct IS 'Maximum packet loss in percent.';


--
-- Name: COLUMN participant_qos.frame_rate_fps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.frame_rate_fps IS 'Frames per second (video and screen share).';


--
-- Name: COLUMN participant_qos.resolution_width; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.resolution_width IS 'Video width in pixels.';


--
-- Name: COLUMN participant_qos.resolution_height; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.resolution_height IS 'Video height in pixels.';


--
-- Name: COLUMN participant_qos.zoom_min_cpu_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.zoom_min_cpu_pct IS 'cpu_usage rows: Zoom''s minimum CPU use in percent.';


--
-- Name: COLUMN participant_qos.zoom_avg_cpu_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.zoom_avg_cpu_pct IS 'cpu_usage rows: Zoom''s average CPU use in percent.';


--
-- Name: COLUMN participant_qos.zoom_max_cpu_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.zoom_max_cpu_pct IS 'cpu_usage rows: Zoom''s maximum CPU use in percent.';


--
-- Name: COLUMN participant_qos.system_max_cpu_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.system_max_cpu_pct IS 'cpu_usage rows: the whole system''s maximum CPU use in percent.';


--
-- Name: COLUMN participant_qos.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN participant_qos.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: participant_join_quality; Type: VIEW; Schema: zoom; Owner: -
--

CREATE VIEW zoom.participant_join_quality AS
 SELECT q.account_id,
    q.meeting_uuid,
    q.participant_session_id,
    p.name,
    p.email,
    p.join_time,
    p.leave_time,
    count(DISTINCT q.sample_time) AS sample_minutes,
    avg(q.latency_ms) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text, 'video_input'::text, 'video_output'::text]))) AS avg_latency_ms,
    max(q.latency_ms) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text, 'video_input'::text, 'video_output'::text]))) AS max_latency_ms,
    avg(q.jitter_ms) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text, 'video_input'::text, 'video_output'::text]))) AS avg_jitter_ms,
    avg(q.avg_loss_pct) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text, 'video_input'::text, 'video_output'::text]))) AS avg_loss_pct,
    max(q.max_loss_pct) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text, 'video_input'::text, 'video_output'::text]))) AS max_loss_pct,
    avg(q.bitrate_kbps) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text]))) AS avg_audio_bitrate_kbps,
    avg(q.bitrate_kbps) FILTER (WHERE (q.metric = ANY (ARRAY['video_input'::text, 'video_output'::text]))) AS avg_video_bitrate_kbps,
    avg(q.frame_rate_fps) FILTER (WHERE (q.metric = ANY (ARRAY['video_input'::text, 'video_output'::text]))) AS avg_video_frame_rate_fps,
    ((avg(q.latency_ms) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text]))) > (300)::double precision) OR (avg(q.jitter_ms) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text]))) > (40)::double precision) OR (avg(q.avg_loss_pct) FILTER (WHERE (q.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text]))) > (3)::double precision)) AS poor_audio,
    ((avg(q.latency_ms) FILTER (WHERE (q.metric = ANY (ARRAY['video_input'::text, 'video_output'::text]))) > (300)::double precision) OR (avg(q.avg_loss_pct) FILTER (WHERE (q.metric = ANY (ARRAY['video_input'::text, 'video_output'::text]))) > (3)::double precision) OR (avg(q.frame_rate_fps) FILTER (WHERE (q.metric = ANY (ARRAY['video_input'::text, 'video_output'::text]))) < (10)::double precision)) AS poor_video
   FROM (zoom.participant_qos q
     LEFT JOIN LATERAL ( SELECT mp.name,
            mp.email,
            mp.join_time,
            mp.leave_time
           FROM zoom.meeting_participants mp
          WHERE ((mp.account_id = q.account_id) AND (mp.meeting_uuid = q.meeting_uuid) AND (mp.participant_session_id = q.participant_session_id))
          ORDER BY mp.row_no
         LIMIT 1) p ON (true))
  GROUP BY q.account_id, q.meeting_uuid, q.participant_session_id, p.name, p.email, p.join_time, p.leave_time;


--
-- Name: VIEW participant_join_quality; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON VIEW zoom.participant_join_quality IS 'Quality per participant join session, from the per-minute QoS samples; latency, jitter and loss over audio and video, both directions.';


--
-- Name: COLUMN participant_join_quality.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.account_id IS 'Zoom account ID.';


--
-- Name: COLUMN participant_join_quality.meeting_uuid; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.meeting_uuid IS 'The meeting instance.';


--
-- Name: COLUMN participant_join_quality.participant_session_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.participant_session_id IS 'Zoom''s per-join id.';


--
-- Name: COLUMN participant_join_quality.name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.name IS 'Display name, from the participants report when loaded.';


--
-- Name: COLUMN participant_join_quality.email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.email IS 'Email, from the participants report when loaded.';


--
-- Name: COLUMN participant_join_quality.join_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.join_time IS 'When the session joined (UTC), from the participants report.';


--
-- Name: COLUMN participant_join_quality.leave_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.leave_time IS 'When the session left (UTC), from the participants report.';


--
-- Name: COLUMN participant_join_quality.sample_minutes; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.sample_minutes IS 'Minutes with at least one QoS sample.';


--
-- Name: COLUMN participant_join_quality.avg_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.avg_latency_ms IS 'Average latency (ms) over audio and video samples.';


--
-- Name: COLUMN participant_join_quality.max_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.max_latency_ms IS 'Highest latency (ms) over audio and video samples.';


--
-- Name: COLUMN participant_join_quality.avg_jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.avg_jitter_ms IS 'Average jitter (ms) over audio and video samples.';


--
-- Name: COLUMN participant_join_quality.avg_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.avg_loss_pct IS 'Average packet loss (%) over audio and video samples.';


--
-- Name: COLUMN participant_join_quality.max_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.max_loss_pct IS 'Highest per-sample maximum packet loss (%).';


--
-- Name: COLUMN participant_join_quality.avg_audio_bitrate_kbps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.avg_audio_bitrate_kbps IS 'Average audio bitrate (kbps).';


--
-- Name: COLUMN participant_join_quality.avg_video_bitrate_kbps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.avg_video_bitrate_kbps IS 'Average video bitrate (kbps).';


--
-- Name: COLUMN participant_join_quality.avg_video_frame_rate_fps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.avg_video_frame_rate_fps IS 'Average video frame rate (fps).';


--
-- Name: COLUMN participant_join_quality.poor_audio; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.poor_audio IS 'Poor audio: average audio latency > 300 ms, jitter > 40 ms or loss > 3 %; NULL without audio samples.';


--
-- Name: COLUMN participant_join_quality.poor_video; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_join_quality.poor_video IS 'Poor video: average video latency > 300 ms, loss > 3 % or frame rate < 10 fps; NULL without video samples.';


--
-- Name: meeting_quality; Type: VIEW; Schema: zoom; Owner: -
--

CREATE VIEW zoom.meeting_quality AS
 WITH samples AS (
         SELECT participant_qos.account_id,
            participant_qos.meeting_uuid,
            percentile_cont((0.95)::double precision) WITHIN GROUP (ORDER BY participant_qos.latency_ms) AS p95_latency_ms,
            percentile_cont((0.95)::double precision) WITHIN GROUP (ORDER BY participant_qos.jitter_ms) AS p95_jitter_ms,
            percentile_cont((0.95)::double precision) WITHIN GROUP (ORDER BY participant_qos.avg_loss_pct) AS p95_loss_pct,
            avg(participant_qos.latency_ms) AS avg_latency_ms,
            avg(participant_qos.jitter_ms) AS avg_jitter_ms,
            avg(participant_qos.avg_loss_pct) AS avg_loss_pct
           FROM zoom.participant_qos
          WHERE (participant_qos.metric = ANY (ARRAY['audio_input'::text, 'audio_output'::text, 'video_input'::text, 'video_output'::text]))
          GROUP BY participant_qos.account_id, participant_qos.meeting_uuid
        ), joins AS (
         SELECT participant_join_quality.account_id,
            participant_join_quality.meeting_uuid,
            count(*) AS qos_sessions,
            avg(
                CASE
                    WHEN participant_join_quality.poor_audio THEN 1.0
                    WHEN (NOT participant_join_quality.poor_audio) THEN 0.0
                    ELSE NULL::numeric
                END) AS poor_audio_share,
            avg(
                CASE
                    WHEN participant_join_quality.poor_video THEN 1.0
                    WHEN (NOT participant_join_quality.poor_video) THEN 0.0
                    ELSE NULL::numeric
                END) AS poor_video_share
           FROM zoom.participant_join_quality
          GROUP BY participant_join_quality.account_id, participant_join_quality.meeting_uuid
        ), people AS (
         SELECT meeting_participants.account_id,
            meeting_participants.meeting_uuid,
            count(*) AS participant_sessions
           FROM zoom.meeting_participants
          GROUP BY meeting_participants.account_id, meeting_participants.meeting_uuid
        )
 SELECT m.account_id,
    m.meeting_uuid,
    m.meeting_id,
    m.kind,
    m.topic,
    m.host_email,
    m.start_time,
    m.end_time,
    m.participants_count,
    people.participant_sessions,
    joins.qos_sessions,
    s.avg_latency_ms,
    s.p95_latency_ms,
    s.avg_jitter_ms,
    s.p95_jitter_ms,
    s.avg_loss_pct,
    s.p95_loss_pct,
    joins.poor_audio_share,
    joins.poor_video_share
   FROM (((zoom.meetings m
     LEFT JOIN samples s USING (account_id, meeting_uuid))
     LEFT JOIN joins USING (account_id, meeting_uuid))
     LEFT JOIN people USING (account_id, meeting_uuid));


--
-- Name: VIEW meeting_quality; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON VIEW zoom.meeting_quality IS 'Quality per meeting instance: participants, average and 95th-percentile latency, jitter and loss over all audio and video samples, and the share of participant sessions with poor audio or video (as zoom.participant_join_quality defines them).';


--
-- Name: COLUMN meeting_quality.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.account_id IS 'Zoom account ID.';


--
-- Name: COLUMN meeting_quality.meeting_uuid; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.meeting_uuid IS 'The meeting instance.';


--
-- Name: COLUMN meeting_quality.meeting_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.meeting_id IS 'Zoom''s meeting number.';


--
-- Name: COLUMN meeting_quality.kind; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.kind IS 'meeting or webinar.';


--
-- Name: COLUMN meeting_quality.topic; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.topic IS 'The meeting topic.';


--
-- Name: COLUMN meeting_quality.host_email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.host_email IS 'The host''s email.';


--
-- Name: COLUMN meeting_quality.start_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.start_time IS 'Start (UTC).';


--
-- Name: COLUMN meeting_quality.end_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.end_time IS 'End (UTC).';


--
-- Name: COLUMN meeting_quality.participants_count; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.participants_count IS 'Participants as Zoom counts them.';


--
-- Name: COLUMN meeting_quality.participant_sessions; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.participant_sessions IS 'Join sessions in zoom.meeting_participants; NULL when the participants stream has not loaded the instance.';


--
-- Name: COLUMN meeting_quality.qos_sessions; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.qos_sessions IS 'Join sessions with QoS samples.';


--
-- Name: COLUMN meeting_quality.avg_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.avg_latency_ms IS 'Average latency (ms) over all audio and video samples.';


--
-- Name: COLUMN meeting_quality.p95_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.p95_latency_ms IS '95th percentile of latency (ms), interpolated (percentile_cont).';


--
-- Name: COLUMN meeting_quality.avg_jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.avg_jitter_ms IS 'Average jitter (ms).';


--
-- Name: COLUMN meeting_quality.p95_jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.p95_jitter_ms IS '95th percentile of jitter (ms), interpolated.';


--
-- Name: COLUMN meeting_quality.avg_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.avg_loss_pct IS 'Average packet loss (%).';


--
-- Name: COLUMN meeting_quality.p95_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.p95_loss_pct IS '95th percentile of packet loss (%), interpolated.';


--
-- Name: COLUMN meeting_quality.poor_audio_share; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.poor_audio_share IS 'Share (0 to 1) of QoS sessions with poor audio.';


--
-- Name: COLUMN meeting_quality.poor_video_share; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.meeting_quality.poor_video_share IS 'Share (0 to 1) of QoS sessions with video that had poor video.';


--
-- Name: participant_qos_2026_11; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.participant_qos_2026_11 (
    account_id text NOT NULL,
    meeting_uuid text NOT NULL,
    participant_session_id text NOT NULL,
    sample_time timestamp with time zone NOT NULL,
    metric text NOT NULL,
    bitrate_kbps double precision,
    latency_ms double precision,
    jitter_ms double precision,
    avg_loss_pct double precision,
    max_loss_pct double precision,
    frame_rate_fps double precision,
    resolution_width integer,
    resolution_height integer,
    zoom_min_cpu_pct double precision,
    zoom_avg_cpu_pct double precision,
    zoom_max_cpu_pct double precision,
    system_max_cpu_pct double precision,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: TABLE participant_qos_2026_11; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.participant_qos_2026_11 IS 'Partition of zoom.participant_qos for 2026-11 (UTC); drop it to discard that month.';


--
-- Name: participant_qos_summary; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.participant_qos_summary (
    account_id text NOT NULL,
    meeting_uuid text NOT NULL,
    participant_id text NOT NULL,
    metric text NOT NULL,
    user_name text,
    email text,
    min_bitrate_kbps double precision,
    avg_bitrate_kbps double precision,
    max_bitrate_kbps double precision,
    min_latency_ms double precision,
    avg_latency_ms double precision,
    max_latency_ms double precision,
    min_jitter_ms double precision,
    avg_jitter_ms double precision,
    max_jitter_ms double precision,
    min_loss_pct double precision,
    avg_loss_pct double precision,
    max_loss_pct double precision,
    min_frame_rate_fps double precision,
    avg_frame_rate_fps double precision,
    max_frame_rate_fps double precision,
    resolution_width integer,
    resolution_height integer,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: TABLE participant_qos_summary; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.participant_qos_summary IS 'Quality summary per participant session and metric (GET /metrics/meetings/{uuid}/participants/qos_summary; needs Business+ and the QSS add-on).';


--
-- Name: COLUMN participant_qos_summary.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN participant_qos_summary.meeting_uuid; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.meeting_uuid IS 'The instance (zoom.meetings.meeting_uuid).';


--
-- Name: COLUMN participant_qos_summary.participant_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.participant_id IS 'Zoom''s per-join id of the participant.';


--
-- Name: COLUMN participant_qos_summary.metric; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.metric IS 'audio_input, audio_output, video_input, video_output, as_input or as_output.';


--
-- Name: COLUMN participant_qos_summary.user_name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.user_name IS 'Display name.';


--
-- Name: COLUMN participant_qos_summary.email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.email IS 'Email; NULL when Zoom sent none.';


--
-- Name: COLUMN participant_qos_summary.min_bitrate_kbps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.min_bitrate_kbps IS 'Minimum bitrate in kbps.';


--
-- Name: COLUMN participant_qos_summary.avg_bitrate_kbps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.avg_bitrate_kbps IS 'Average bitrate in kbps.';


--
-- Name: COLUMN participant_qos_summary.max_bitrate_kbps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.max_bitrate_kbps IS 'Maximum bitrate in kbps.';


--
-- Name: COLUMN participant_qos_summary.min_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.min_latency_ms IS 'Minimum latency in milliseconds.';


--
-- Name: COLUMN participant_qos_summary.avg_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.avg_latency_ms IS 'Average latency in milliseconds.';


--
-- Name: COLUMN participant_qos_summary.max_latency_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.max_latency_ms IS 'Maximum latency in milliseconds.';


--
-- Name: COLUMN participant_qos_summary.min_jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.min_jitter_ms IS 'Minimum jitter in milliseconds.';


--
-- Name: COLUMN participant_qos_summary.avg_jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.avg_jitter_ms IS 'Average jitter in milliseconds.';


--
-- Name: COLUMN participant_qos_summary.max_jitter_ms; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.max_jitter_ms IS 'Maximum jitter in milliseconds.';


--
-- Name: COLUMN participant_qos_summary.min_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.min_loss_pct IS 'Minimum packet loss in percent.';


--
-- Name: COLUMN participant_qos_summary.avg_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.avg_loss_pct IS 'Average packet loss in percent.';


--
-- Name: COLUMN participant_qos_summary.max_loss_pct; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.max_loss_pct IS 'Maximum packet loss in percent.';


--
-- Name: COLUMN participant_qos_summary.min_frame_rate_fps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.min_frame_rate_fps IS 'Minimum frames per second.';


--
-- Name: COLUMN participant_qos_summary.avg_frame_rate_fps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.avg_frame_rate_fps IS 'Average frames per second.';


--
-- Name: COLUMN participant_qos_summary.max_frame_rate_fps; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.max_frame_rate_fps IS 'Maximum frames per second.';


--
-- Name: COLUMN participant_qos_summary.resolution_width; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.resolution_width IS 'Video width in pixels.';


--
-- Name: COLUMN participant_qos_summary.resolution_height; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.resolution_height IS 'Video height in pixels.';


--
-- Name: COLUMN participant_qos_summary.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN participant_qos_summary.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.participant_qos_summary.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: users; Type: TABLE; Schema: zoom; Owner: -
--

CREATE TABLE zoom.users (
    account_id text NOT NULL,
    user_id text NOT NULL,
    email text,
    first_name text,
    last_name text,
    type integer,
    status text,
    dept text,
    timezone text,
    created_at timestamp with time zone,
    last_login_time timestamp with time zone,
    loaded_at timestamp with time zone DEFAULT now() NOT NULL,
    run_id bigint NOT NULL
);


--
-- Name: TABLE users; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON TABLE zoom.users IS 'The account''s users (GraphQL users), read whole each run and merged by user id.';


--
-- Name: COLUMN users.account_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.account_id IS 'Zoom account ID the row belongs to.';


--
-- Name: COLUMN users.user_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.user_id IS 'Zoom user id.';


--
-- Name: COLUMN users.email; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.email IS 'The user''s email.';


--
-- Name: COLUMN users.first_name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.first_name IS 'First name.';


--
-- Name: COLUMN users.last_name; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.last_name IS 'Last name.';


--
-- Name: COLUMN users.type; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.type IS 'Zoom user type (1 basic, 2 licensed, ...).';


--
-- Name: COLUMN users.status; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.status IS 'active, inactive or pending.';


--
-- Name: COLUMN users.dept; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.dept IS 'Department.';


--
-- Name: COLUMN users.timezone; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.timezone IS 'The user''s time zone (IANA name).';


--
-- Name: COLUMN users.created_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.created_at IS 'When the user was created (UTC).';


--
-- Name: COLUMN users.last_login_time; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.last_login_time IS 'Last sign-in (UTC).';


--
-- Name: COLUMN users.loaded_at; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.loaded_at IS 'When zoom-etl last inserted or changed this row.';


--
-- Name: COLUMN users.run_id; Type: COMMENT; Schema: zoom; Owner: -
--

COMMENT ON COLUMN zoom.users.run_id IS 'The etl.runs row that last inserted or changed this row.';


--
-- Name: participant_qos_2026_11; Type: TABLE ATTACH; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.participant_qos ATTACH PARTITION zoom.participant_qos_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');


--
-- Name: rejects reject_id; Type: DEFAULT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.rejects ALTER COLUMN reject_id SET DEFAULT nextval('etl.rejects_reject_id_seq'::regclass);


--
-- Name: runs run_id; Type: DEFAULT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.runs ALTER COLUMN run_id SET DEFAULT nextval('etl.runs_run_id_seq'::regclass);


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: etl; Owner: -
--

INSERT INTO etl.checkpoints VALUES ('sandbox-account', 'daily_usage', 'backfill 2026-11-23..2026-11-23', '{"through": "2026-11-23", "complete": "true"}', '2026-12-03 13:25:56.290494+00', 1);
INSERT INTO etl.checkpoints VALUES ('sandbox-account', 'active_hosts', 'backfill 2026-11-23..2026-11-23', '{"through": "2026-11-23", "complete": "true"}', '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO etl.checkpoints VALUES ('sandbox-account', 'meetings', 'backfill 2026-11-23..2026-11-23', '{"through": "2026-11-23", "complete": "true"}', '2026-12-03 13:25:56.317294+00', 1);


--
-- Data for Name: child_progress; Type: TABLE DATA; Schema: etl; Owner: -
--

INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'BVMkwD9cIoT4xcxOs1ZEXg==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'rIx2I0GAPkhhZZq8GcRZqA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'W44MTlVWeDjucIUGhrHPMA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'CrBY+u/7xx7+/moTDbJPlw==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'Kqr2a7MH3gaEtzKOKsolBA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'flIvqM4U55Pvmhjy/gTYFg==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'uUGGmdmuk0h9OeNsXfEysQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'C141DH51DEacTpoo0aFqGQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '6k/NfSowJavcIlO634c/GA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'KhV1SS9Q6FJM/P4eDvStSw==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '5J33vU9V7ARjs7MOVKlRGQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'X7qOnDDUoAujgpXl/U/u8Q==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '/hk6hvuHyNIhnEwGmPAW4A==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'nBXJW7kt5xMFkl0g3IcY7w==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '7ELZK/Jtli0F+G6WXPMnvQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'P4TtJXp905c5ozZcRW5jeQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 's7NGIHr4NO3hmtCLC2GNXg==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'Z74Tk+8W+KPaUCDH8bOIqA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'tMhl0wShS94jW4gpGILZ7g==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'qHgl2GU+Rrp/Qa230sVOiA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '/Ml26+/9dUENIhOC7fFEqQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'lhjXn6iD+HfRwtgsa0EZWw==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '8olPzQg9vE+AtUkqfmgmWA==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', '4KCtpkDxKW85Slo/WAdcDQ==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_participants', 'QrXFAHZhC5KQH+6OXTtdag==', 'done', 0, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'W44MTlVWeDjucIUGhrHPMA==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'CrBY+u/7xx7+/moTDbJPlw==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'Kqr2a7MH3gaEtzKOKsolBA==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '5J33vU9V7ARjs7MOVKlRGQ==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'BVMkwD9cIoT4xcxOs1ZEXg==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 's7NGIHr4NO3hmtCLC2GNXg==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'KhV1SS9Q6FJM/P4eDvStSw==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'rIx2I0GAPkhhZZq8GcRZqA==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'C141DH51DEacTpoo0aFqGQ==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'flIvqM4U55Pvmhjy/gTYFg==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'uUGGmdmuk0h9OeNsXfEysQ==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '6k/NfSowJavcIlO634c/GA==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '7ELZK/Jtli0F+G6WXPMnvQ==', 'done', 0, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '/hk6hvuHyNIhnEwGmPAW4A==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'nBXJW7kt5xMFkl0g3IcY7w==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'X7qOnDDUoAujgpXl/U/u8Q==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'Z74Tk+8W+KPaUCDH8bOIqA==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'tMhl0wShS94jW4gpGILZ7g==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'P4TtJXp905c5ozZcRW5jeQ==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'qHgl2GU+Rrp/Qa230sVOiA==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '8olPzQg9vE+AtUkqfmgmWA==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '/Ml26+/9dUENIhOC7fFEqQ==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', '4KCtpkDxKW85Slo/WAdcDQ==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'lhjXn6iD+HfRwtgsa0EZWw==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos', 'QrXFAHZhC5KQH+6OXTtdag==', 'done', 0, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'rIx2I0GAPkhhZZq8GcRZqA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '5J33vU9V7ARjs7MOVKlRGQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'Kqr2a7MH3gaEtzKOKsolBA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'BVMkwD9cIoT4xcxOs1ZEXg==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 's7NGIHr4NO3hmtCLC2GNXg==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'W44MTlVWeDjucIUGhrHPMA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'KhV1SS9Q6FJM/P4eDvStSw==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'CrBY+u/7xx7+/moTDbJPlw==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'flIvqM4U55Pvmhjy/gTYFg==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'C141DH51DEacTpoo0aFqGQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'uUGGmdmuk0h9OeNsXfEysQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'Z74Tk+8W+KPaUCDH8bOIqA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '6k/NfSowJavcIlO634c/GA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'tMhl0wShS94jW4gpGILZ7g==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '7ELZK/Jtli0F+G6WXPMnvQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '/hk6hvuHyNIhnEwGmPAW4A==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'X7qOnDDUoAujgpXl/U/u8Q==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'nBXJW7kt5xMFkl0g3IcY7w==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'qHgl2GU+Rrp/Qa230sVOiA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'P4TtJXp905c5ozZcRW5jeQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '/Ml26+/9dUENIhOC7fFEqQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'lhjXn6iD+HfRwtgsa0EZWw==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '4KCtpkDxKW85Slo/WAdcDQ==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', '8olPzQg9vE+AtUkqfmgmWA==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO etl.child_progress VALUES ('sandbox-account', 'meeting_qos_summary', 'QrXFAHZhC5KQH+6OXTtdag==', 'done', 0, NULL, '2026-12-03 13:25:57.991176+00', 1);


--
-- Data for Name: quota_usage; Type: TABLE DATA; Schema: etl; Owner: -
--

INSERT INTO etl.quota_usage VALUES ('sandbox-account', '2026-12-03', 'heavy', 80, '2026-12-03 13:25:59.106925+00', 1);
INSERT INTO etl.quota_usage VALUES ('sandbox-account', '2026-12-03', 'medium', 4, '2026-12-03 13:25:59.106925+00', 1);


--
-- Data for Name: rejects; Type: TABLE DATA; Schema: etl; Owner: -
--



--
-- Data for Name: runs; Type: TABLE DATA; Schema: etl; Owner: -
--

INSERT INTO etl.runs VALUES (1, 'nightly', 'sandbox-account', 'backfill', '{"to": "2026-11-23", "job": "nightly", "from": "2026-11-23", "account": "main", "streams": ""}', 'succeeded', '2026-12-03 13:25:56.223322+00', '2026-12-03 13:25:59.108312+00', '{"users": {"rows": 921, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 921, "requests": 4, "nullified": 0, "empty_values": 0, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}, "meetings": {"rows": 26, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 26, "requests": 1, "nullified": 0, "empty_values": 0, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}, "daily_usage": {"rows": 1, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 1, "requests": 1, "nullified": 0, "empty_values": 0, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}, "meeting_qos": {"rows": 5299, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 5299, "requests": 26, "nullified": 11392, "empty_values": 11392, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}, "active_hosts": {"rows": 16, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 16, "requests": 1, "nullified": 0, "empty_values": 0, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}, "meeting_qos_summary": {"rows": 114, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 114, "requests": 26, "nullified": 0, "empty_values": 0, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}, "meeting_participants": {"rows": 147, "deleted": 0, "rejects": 0, "updated": 0, "inserted": 147, "requests": 25, "nullified": 0, "empty_values": 0, "gone_instances": 0, "failed_instances": 0, "unparsable_values": 0}}', NULL);


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: etl; Owner: -
--

INSERT INTO etl.schema_migrations VALUES (1, '001_etl_bookkeeping.sql', '163090b99efdd778c405bad5938f8afceebb75cca751f72d38a11e7ade2b95a8', '2026-12-03 13:25:59.251343+00');
INSERT INTO etl.schema_migrations VALUES (2, '002_daily_usage.sql', 'a863f1e6e0e078d3c7d7321c572a1af968b0e4575bcd7ba8d9468c93a7e76e73', '2026-12-03 13:25:59.260571+00');
INSERT INTO etl.schema_migrations VALUES (3, '003_fanout_bookkeeping.sql', 'e0970d7cbac5a5c7a0361c1333f9fa87b6fcbf47f9c983aa9704dc3fe64f73bd', '2026-12-03 13:25:59.263245+00');
INSERT INTO etl.schema_migrations VALUES (4, '004_meeting_streams.sql', 'a6f5ce746db80b1ef8965b2f01b00f82cb4bea005f28a60ba26c8239c635732a', '2026-12-03 13:25:59.267925+00');
INSERT INTO etl.schema_migrations VALUES (5, '005_roles.sql', 'd79a0bbf7c404864e5676f0533049fe5b73f7eef4b66e2e7af14ae308c9028ef', '2026-12-03 13:25:59.284252+00');
INSERT INTO etl.schema_migrations VALUES (6, '006_quota.sql', 'ca95fb99f9378886b4d74cc92f204c6b7391c90ecb39a0377d6240d2e47aa982', '2026-12-03 13:25:59.290712+00');
INSERT INTO etl.schema_migrations VALUES (7, '007_bi_views.sql', '51ed8edbbe17439e50179e07325d16e16c5c7f11958aa2546c9d11a5f5eebef9', '2026-12-03 13:25:59.295271+00');
INSERT INTO etl.schema_migrations VALUES (8, '008_partitions_as_owner.sql', 'c1360fde12083651b6e2313a3ef6bbe9d0ea6087a782df19284bfaee86cf6984', '2026-12-03 13:25:59.311581+00');


--
-- Data for Name: stream_availability; Type: TABLE DATA; Schema: etl; Owner: -
--

INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'daily_usage', true, NULL, '2026-12-03 13:25:56.295959+00', 1);
INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'active_hosts', true, NULL, '2026-12-03 13:25:56.309603+00', 1);
INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'meetings', true, NULL, '2026-12-03 13:25:56.324432+00', 1);
INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'meeting_participants', true, NULL, '2026-12-03 13:25:56.390773+00', 1);
INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'meeting_qos', true, NULL, '2026-12-03 13:25:57.766125+00', 1);
INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'meeting_qos_summary', true, NULL, '2026-12-03 13:25:58.015484+00', 1);
INSERT INTO etl.stream_availability VALUES ('sandbox-account', 'users', true, NULL, '2026-12-03 13:25:59.105945+00', 1);


--
-- Data for Name: active_hosts; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'TFxMSn6-thYdP5r_8mBCVg', 'jean.torvalds.1@sandbox-account.example.com', 'Jean Torvalds', 2, 'Marketing', 28, 122, 3920, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'fySqGdV1fLJ3pXAuTsrQjw', 'barbara.bartik.2@sandbox-account.example.com', 'Barbara Bartik', 2, 'People', 22, 114, 4181, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'hwkp2mC3yqNm_YwWddEeJQ', 'rosalind.perlman.3@sandbox-account.example.com', 'Rosalind Perlman', 2, 'Operations', 27, 130, 5651, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'Cf9mMJjJbwzR5_N_QeyWKw', 'donald.dahl.4@sandbox-account.example.com', 'Donald Dahl', 2, 'Finance', 25, 135, 5178, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'TJ5LKSiIDuOm8PONa4VuBw', 'leslie.hejlsberg.7@sandbox-account.example.com', 'Leslie Hejlsberg', 2, 'Sales', 19, 96, 3165, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'AMQ1-TJxcAQTJnj-_ZE3aQ', 'anders.allen.8@sandbox-account.example.com', 'Anders Allen', 2, 'Marketing', 26, 141, 6376, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'g5vdqxHoTCSu6nxahTqVZw', 'karen.lamarr.9@sandbox-account.example.com', 'Karen Lamarr', 2, 'Sales', 33, 148, 5163, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'p6znoJ512l2C9U75Xcm4QA', 'dennis.allen.10@sandbox-account.example.com', 'Dennis Allen', 2, 'Support', 27, 116, 4916, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'GRqMCvmcNztX0MK2nyhiag', 'bjarne.perlman.11@sandbox-account.example.com', 'Bjarne Perlman', 2, 'Legal', 27, 119, 5436, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'TlQWpfzqSNN3xwK3wQsSjg', 'tim.dahl.13@sandbox-account.example.com', 'Tim Dahl', 2, 'Operations', 26, 125, 5160, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'gf5XgyrOCcyNudnVGOV_gA', 'tim.hamilton.14@sandbox-account.example.com', 'Tim Hamilton', 2, 'Support', 36, 170, 6347, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'bJs-rCPlzHwgeSRkJndCVA', 'karen.diffie.16@sandbox-account.example.com', 'Karen Diffie', 2, 'Sales', 14, 54, 2004, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'e_mTVkjzMIKX8uHvAmSSHQ', 'anders.wirth.17@sandbox-account.example.com', 'Anders Wirth', 2, 'Support', 27, 120, 5195, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'IZfVGIPseAeWpAr3E6rK5g', 'ada.lovelace.18@sandbox-account.example.com', 'Ada Lovelace', 2, 'Operations', 28, 140, 5839, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'SldzsH3tDi8nbO0Dmxk5xg', 'linus.rhodes.20@sandbox-account.example.com', 'Linus Rhodes', 2, 'Sales', 27, 131, 5297, '2026-12-03 13:25:56.306565+00', 1);
INSERT INTO zoom.active_hosts VALUES ('sandbox-account', '2026-11-01', '2026-11-23', 'ZhRMkS0_zIGWIxdORw25jw', 'yukihiro.dahl.23@sandbox-account.example.com', 'Yukihiro Dahl', 2, 'Sales', 21, 99, 4667, '2026-12-03 13:25:56.306565+00', 1);


--
-- Data for Name: daily_usage; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.daily_usage VALUES ('sandbox-account', '2026-11-23', 0, 29, 147, 5681, '2026-12-03 13:25:56.290494+00', 1);


--
-- Data for Name: meeting_participants; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', 0, '23571456', 'TFxMSn6-thYdP5r_8mBCVg', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', '2026-11-23 09:00:00+00', '2026-11-23 10:00:38+00', 3638, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', 1, '23572480', 'v4BlVaoet8YocXz1OwX_iA', 'James Hejlsberg', 'james.hejlsberg.21@sandbox-account.example.com', '2026-11-23 09:05:57+00', '2026-11-23 10:00:31+00', 3274, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', 2, '23573504', 'tHlRGJ2lLj29tSNzBj2aqQ', 'James Goldberg', 'james.goldberg.19@sandbox-account.example.com', '2026-11-23 09:08:56+00', '2026-11-23 09:59:47+00', 3051, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 0, '21599232', 'gf5XgyrOCcyNudnVGOV_gA', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', '2026-11-23 14:15:42+00', '2026-11-23 14:45:30+00', 1788, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 1, '21600256', 'AMQ1-TJxcAQTJnj-_ZE3aQ', 'Anders Allen', 'anders.allen.8@sandbox-account.example.com', '2026-11-23 14:17:15+00', '2026-11-23 14:39:15+00', 1320, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 2, '21601280', 'hwkp2mC3yqNm_YwWddEeJQ', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', '2026-11-23 14:18:12+00', '2026-11-23 14:45:27+00', 1635, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 3, '21602304', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 14:19:42+00', '2026-11-23 14:42:13+00', 1351, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 4, '21603328', 'hFiA0hRlMNF2mTSy8z-e4w', 'Whitfield Thompson', 'whitfield.thompson.24@sandbox-account.example.com', '2026-11-23 14:20:21+00', '2026-11-23 14:44:48+00', 1467, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 5, '21604352', 'TFxMSn6-thYdP5r_8mBCVg', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', '2026-11-23 14:22:05+00', '2026-11-23 14:45:26+00', 1401, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 0, '23244800', 'TFxMSn6-thYdP5r_8mBCVg', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', '2026-11-23 15:02:38+00', '2026-11-23 15:29:03+00', 1585, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 1, '23245824', NULL, 'Frances Rhodes', NULL, '2026-11-23 15:03:48+00', '2026-11-23 15:26:42+00', 1374, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 2, '23246848', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 15:07:05+00', '2026-11-23 15:28:04+00', 1259, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 3, '23247872', NULL, 'Tim Wirth', NULL, '2026-11-23 15:08:27+00', '2026-11-23 15:23:18+00', 891, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 4, '23248896', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 15:08:45+00', '2026-11-23 15:28:03+00', 1158, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 5, '23249920', NULL, 'James Lovelace', NULL, '2026-11-23 15:08:52+00', '2026-11-23 15:28:41+00', 1189, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 0, '17192960', 'AMQ1-TJxcAQTJnj-_ZE3aQ', 'Anders Allen', 'anders.allen.8@sandbox-account.example.com', '2026-11-23 09:31:49+00', '2026-11-23 10:28:45+00', 3416, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 1, '17193984', NULL, 'Donald Conway', 'donald.conway@example.org', '2026-11-23 09:33:57+00', '2026-11-23 10:28:24+00', 3267, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 2, '17195008', NULL, 'Chris Goldberg', 'chris.goldberg@partner.example', '2026-11-23 09:34:27+00', '2026-11-23 09:44:39+00', 612, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 3, '17196032', 'GRqMCvmcNztX0MK2nyhiag', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', '2026-11-23 09:35:30+00', '2026-11-23 10:28:37+00', 3187, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 4, '17197056', 'yXinlLf-WZi0U2NGP7u8yA', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', '2026-11-23 09:35:56+00', '2026-11-23 10:28:05+00', 3129, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 5, '17198080', 'TJ5LKSiIDuOm8PONa4VuBw', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', '2026-11-23 09:36:51+00', '2026-11-23 10:28:33+00', 3102, 'in_waiting_room', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 6, '17199104', 'Cf9mMJjJbwzR5_N_QeyWKw', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', '2026-11-23 09:37:51+00', '2026-11-23 10:28:26+00', 3035, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 7, '17200128', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 09:37:59+00', '2026-11-23 10:28:41+00', 3042, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 8, '17201152', 'p6znoJ512l2C9U75Xcm4QA', 'Dennis Allen', 'dennis.allen.10@sandbox-account.example.com', '2026-11-23 09:38:47+00', '2026-11-23 10:27:14+00', 2907, 'in_waiting_room', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 9, '17202176', NULL, 'Chris Goldberg', 'chris.goldberg@partner.example', '2026-11-23 09:44:59+00', '2026-11-23 10:28:03+00', 2584, 'in_meeting', true, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 0, '22290432', 'gf5XgyrOCcyNudnVGOV_gA', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', '2026-11-23 16:02:09+00', '2026-11-23 16:30:00+00', 1671, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 1, '22291456', NULL, 'Radia Ritchie', NULL, '2026-11-23 16:03:31+00', '2026-11-23 16:27:15+00', 1424, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 2, '22292480', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 16:05:45+00', '2026-11-23 16:22:21+00', 996, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 3, '22293504', NULL, 'Brian Hejlsberg', NULL, '2026-11-23 16:06:16+00', '2026-11-23 16:15:33+00', 557, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 4, '22294528', 'yXinlLf-WZi0U2NGP7u8yA', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', '2026-11-23 16:06:49+00', '2026-11-23 16:13:39+00', 410, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 5, '22295552', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 16:07:29+00', '2026-11-23 16:10:45+00', 196, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 6, '22296576', NULL, 'James Matsumoto', NULL, '2026-11-23 16:08:05+00', '2026-11-23 16:26:08+00', 1083, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 7, '22297600', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 16:11:40+00', '2026-11-23 16:29:11+00', 1051, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 8, '22298624', 'yXinlLf-WZi0U2NGP7u8yA', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', '2026-11-23 16:14:22+00', '2026-11-23 16:29:02+00', 880, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 9, '22299648', NULL, 'Brian Hejlsberg', NULL, '2026-11-23 16:15:59+00', '2026-11-23 16:28:36+00', 757, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 0, '21928960', 'TlQWpfzqSNN3xwK3wQsSjg', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', '2026-11-23 16:01:51+00', '2026-11-23 16:28:44+00', 1613, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 1, '21929984', NULL, 'Niklaus Clarke', NULL, '2026-11-23 16:02:11+00', '2026-11-23 16:27:53+00', 1542, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 2, '21931008', 'hwkp2mC3yqNm_YwWddEeJQ', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', '2026-11-23 16:02:52+00', '2026-11-23 16:27:55+00', 1503, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 3, '21932032', 'v4BlVaoet8YocXz1OwX_iA', 'James Hejlsberg', 'james.hejlsberg.21@sandbox-account.example.com', '2026-11-23 16:03:58+00', '2026-11-23 16:28:05+00', 1447, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 4, '21933056', 'gf5XgyrOCcyNudnVGOV_gA', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', '2026-11-23 16:04:42+00', '2026-11-23 16:28:10+00', 1408, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 5, '21934080', 'AMQ1-TJxcAQTJnj-_ZE3aQ', 'Anders Allen', 'anders.allen.8@sandbox-account.example.com', '2026-11-23 16:04:48+00', '2026-11-23 16:27:54+00', 1386, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 6, '21935104', NULL, 'Margaret Easley', NULL, '2026-11-23 16:05:57+00', '2026-11-23 16:27:44+00', 1307, 'in_meeting', false, 'ck36303', NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 7, '21936128', NULL, 'Annie Turing', NULL, '2026-11-23 16:06:58+00', '2026-11-23 16:28:37+00', 1299, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 8, '21937152', 'ZhRMkS0_zIGWIxdORw25jw', 'Yukihiro Dahl', 'yukihiro.dahl.23@sandbox-account.example.com', '2026-11-23 16:07:19+00', '2026-11-23 16:28:40+00', 1281, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', 0, '20899840', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 16:01:51+00', '2026-11-23 16:16:16+00', 865, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', 1, '20900864', NULL, 'John Ritchie', 'john.ritchie@partner.example', '2026-11-23 16:06:58+00', '2026-11-23 17:03:55+00', 3417, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', 2, '20901888', 'phfeHFrmkgPeDwRdLX9atg', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', '2026-11-23 16:10:19+00', '2026-11-23 16:44:52+00', 2073, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', 3, '20902912', 'GRqMCvmcNztX0MK2nyhiag', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', '2026-11-23 16:10:22+00', '2026-11-23 17:00:42+00', 3020, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', 4, '20903936', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 16:17:45+00', '2026-11-23 17:04:06+00', 2781, 'in_meeting', true, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', 0, '18437120', 'Cf9mMJjJbwzR5_N_QeyWKw', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', '2026-11-23 16:02:03+00', '2026-11-23 17:07:16+00', 3913, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', 1, '18438144', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 16:05:48+00', '2026-11-23 17:01:51+00', 3363, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', 2, '18439168', NULL, 'Anders Liskov', NULL, '2026-11-23 16:08:47+00', '2026-11-23 17:06:43+00', 3476, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', 3, '18440192', 'TlQWpfzqSNN3xwK3wQsSjg', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', '2026-11-23 16:09:33+00', '2026-11-23 17:06:54+00', 3441, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 0, '23006208', 'TJ5LKSiIDuOm8PONa4VuBw', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', '2026-11-23 14:01:54+00', '2026-11-23 14:49:58+00', 2884, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 1, '23007232', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 14:07:26+00', '2026-11-23 14:49:05+00', 2499, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 2, '23008256', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 14:07:51+00', '2026-11-23 14:36:04+00', 1693, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 3, '23009280', NULL, 'Ken Johnson', 'ken.johnson@example.org', '2026-11-23 14:08:51+00', '2026-11-23 14:36:31+00', 1660, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 4, '23010304', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-23 14:09:27+00', '2026-11-23 14:40:43+00', 1876, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 5, '23011328', NULL, 'Frances Kernighan', NULL, '2026-11-23 14:09:43+00', '2026-11-23 14:49:35+00', 2392, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 6, '23012352', NULL, 'Mary Shaw', NULL, '2026-11-23 14:10:34+00', '2026-11-23 14:49:19+00', 2325, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 7, '23013376', NULL, 'Ken Johnson', 'ken.johnson@example.org', '2026-11-23 14:37:55+00', '2026-11-23 14:44:47+00', 412, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 0, '19759104', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 11:01:15+00', '2026-11-23 11:28:21+00', 1626, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 1, '19760128', 'TlQWpfzqSNN3xwK3wQsSjg', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', '2026-11-23 11:03:18+00', '2026-11-23 12:02:21+00', 3543, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 2, '19761152', 'TJ5LKSiIDuOm8PONa4VuBw', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', '2026-11-23 11:10:28+00', '2026-11-23 12:02:50+00', 3142, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 3, '19762176', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 11:10:32+00', '2026-11-23 12:02:38+00', 3126, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 4, '19763200', 'g5vdqxHoTCSu6nxahTqVZw', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', '2026-11-23 11:10:41+00', '2026-11-23 11:13:57+00', 196, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 5, '19764224', 'g5vdqxHoTCSu6nxahTqVZw', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', '2026-11-23 11:14:53+00', '2026-11-23 11:55:16+00', 2423, 'in_meeting', false, NULL, 'incwSEyjRwmz0MCkGxzAaA==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 6, '19765248', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 11:28:42+00', '2026-11-23 12:03:03+00', 2061, 'in_meeting', true, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'X7qOnDDUoAujgpXl/U/u8Q==', 0, '24162304', 'gf5XgyrOCcyNudnVGOV_gA', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', '2026-11-23 19:30:04+00', '2026-11-23 20:14:01+00', 2637, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'X7qOnDDUoAujgpXl/U/u8Q==', 1, '24163328', NULL, 'Jean Torvalds', 'jean.torvalds@customer.example', '2026-11-23 19:31:23+00', '2026-11-23 20:06:54+00', 2131, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'X7qOnDDUoAujgpXl/U/u8Q==', 2, '24164352', 'yXinlLf-WZi0U2NGP7u8yA', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', '2026-11-23 19:36:36+00', '2026-11-23 20:13:28+00', 2212, 'in_meeting', false, 'ck17724', NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'X7qOnDDUoAujgpXl/U/u8Q==', 3, '24165376', NULL, '+1 339 555 3687', NULL, '2026-11-23 19:37:19+00', '2026-11-23 20:13:39+00', 2180, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 0, '20628480', 'SldzsH3tDi8nbO0Dmxk5xg', 'Linus Rhodes', 'linus.rhodes.20@sandbox-account.example.com', '2026-11-23 18:01:28+00', '2026-11-23 18:29:43+00', 1695, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 1, '20629504', NULL, 'James Bartik', NULL, '2026-11-23 18:01:39+00', '2026-11-23 18:29:04+00', 1645, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 2, '20630528', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-23 18:02:31+00', '2026-11-23 18:21:24+00', 1133, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 3, '20631552', 'yXinlLf-WZi0U2NGP7u8yA', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', '2026-11-23 18:03:33+00', '2026-11-23 18:13:07+00', 574, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 4, '20632576', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 18:06:36+00', '2026-11-23 18:29:19+00', 1363, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 5, '20633600', 'yXinlLf-WZi0U2NGP7u8yA', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', '2026-11-23 18:13:38+00', '2026-11-23 18:29:35+00', 957, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'nBXJW7kt5xMFkl0g3IcY7w==', 0, '16978944', 'GRqMCvmcNztX0MK2nyhiag', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', '2026-11-23 18:02:18+00', '2026-11-23 18:36:20+00', 2042, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'nBXJW7kt5xMFkl0g3IcY7w==', 1, '16979968', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-23 18:03:10+00', '2026-11-23 18:36:02+00', 1972, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'nBXJW7kt5xMFkl0g3IcY7w==', 2, '16980992', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 18:03:56+00', '2026-11-23 18:31:10+00', 1634, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'nBXJW7kt5xMFkl0g3IcY7w==', 3, '16982016', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 18:04:10+00', '2026-11-23 18:35:54+00', 1904, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'nBXJW7kt5xMFkl0g3IcY7w==', 4, '16983040', 'hFiA0hRlMNF2mTSy8z-e4w', 'Whitfield Thompson', 'whitfield.thompson.24@sandbox-account.example.com', '2026-11-23 18:04:17+00', '2026-11-23 18:35:26+00', 1869, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', 0, '22717440', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-23 17:02:03+00', '2026-11-23 18:02:52+00', 3649, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', 1, '22718464', NULL, 'James Turing', NULL, '2026-11-23 17:02:22+00', '2026-11-23 18:01:55+00', 3573, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', 2, '22719488', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 17:11:06+00', '2026-11-23 17:56:23+00', 2717, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', 3, '22720512', 'bJs-rCPlzHwgeSRkJndCVA', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', '2026-11-23 17:57:11+00', '2026-11-23 18:02:34+00', 323, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', 0, '20942848', 'hwkp2mC3yqNm_YwWddEeJQ', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', '2026-11-23 20:02:02+00', '2026-11-23 20:47:31+00', 2729, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', 1, '20943872', NULL, 'Tim Bartik', NULL, '2026-11-23 20:02:15+00', '2026-11-23 20:47:19+00', 2704, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', 2, '20944896', NULL, 'Ida Picard', NULL, '2026-11-23 20:02:38+00', '2026-11-23 20:47:31+00', 2693, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', 3, '20945920', NULL, 'Ida Keller', NULL, '2026-11-23 20:06:18+00', '2026-11-23 20:46:38+00', 2420, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', 4, '20946944', 'TJ5LKSiIDuOm8PONa4VuBw', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', '2026-11-23 20:11:41+00', '2026-11-23 20:46:42+00', 2101, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 's7NGIHr4NO3hmtCLC2GNXg==', 0, '23241728', 'GRqMCvmcNztX0MK2nyhiag', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', '2026-11-23 15:32:57+00', '2026-11-23 16:17:30+00', 2673, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 's7NGIHr4NO3hmtCLC2GNXg==', 1, '23242752', NULL, 'Ken Allen', NULL, '2026-11-23 15:34:07+00', '2026-11-23 16:16:34+00', 2547, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 's7NGIHr4NO3hmtCLC2GNXg==', 2, '23243776', 'TJ5LKSiIDuOm8PONa4VuBw', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', '2026-11-23 15:34:18+00', '2026-11-23 16:03:02+00', 1724, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 's7NGIHr4NO3hmtCLC2GNXg==', 3, '23244800', NULL, 'Jean Hejlsberg', NULL, '2026-11-23 15:34:24+00', '2026-11-23 16:15:08+00', 2444, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 's7NGIHr4NO3hmtCLC2GNXg==', 4, '23245824', NULL, '+1 531 555 2778', NULL, '2026-11-23 15:39:38+00', '2026-11-23 16:17:09+00', 2251, 'in_meeting', false, 'ck59494', NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 0, '23631872', 'Cf9mMJjJbwzR5_N_QeyWKw', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', '2026-11-23 21:00:48+00', '2026-11-23 21:19:58+00', 1150, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 1, '23632896', 'phfeHFrmkgPeDwRdLX9atg', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', '2026-11-23 21:01:47+00', '2026-11-23 21:19:41+00', 1074, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 2, '23633920', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 21:04:59+00', '2026-11-23 21:19:48+00', 889, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 3, '23634944', NULL, 'Lynn Conway', NULL, '2026-11-23 21:05:33+00', '2026-11-23 21:18:36+00', 783, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 4, '23635968', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-23 21:05:35+00', '2026-11-23 21:18:33+00', 778, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Z74Tk+8W+KPaUCDH8bOIqA==', 0, '17559552', 'ZhRMkS0_zIGWIxdORw25jw', 'Yukihiro Dahl', 'yukihiro.dahl.23@sandbox-account.example.com', '2026-11-23 21:15:58+00', '2026-11-23 22:15:03+00', 3545, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Z74Tk+8W+KPaUCDH8bOIqA==', 1, '17560576', 'Cf9mMJjJbwzR5_N_QeyWKw', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', '2026-11-23 21:18:43+00', '2026-11-23 22:11:41+00', 3178, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Z74Tk+8W+KPaUCDH8bOIqA==', 2, '17561600', NULL, 'Adele Boyd', NULL, '2026-11-23 21:22:21+00', '2026-11-23 21:49:29+00', 1628, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'Z74Tk+8W+KPaUCDH8bOIqA==', 3, '17562624', NULL, 'Adele Boyd', NULL, '2026-11-23 21:50:24+00', '2026-11-23 22:14:54+00', 1470, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 0, '22708224', 'Cf9mMJjJbwzR5_N_QeyWKw', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', '2026-11-23 22:01:10+00', '2026-11-23 22:32:28+00', 1878, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 1, '22709248', 'phfeHFrmkgPeDwRdLX9atg', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', '2026-11-23 22:03:24+00', '2026-11-23 22:32:20+00', 1736, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 2, '22710272', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-23 22:05:17+00', '2026-11-23 22:32:26+00', 1629, 'in_meeting', false, 'ck35852', NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 3, '22711296', NULL, 'Jean Lamarr', NULL, '2026-11-23 22:06:12+00', '2026-11-23 22:25:20+00', 1148, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 4, '22712320', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 22:06:18+00', '2026-11-23 22:29:19+00', 1381, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 5, '22713344', 'p6znoJ512l2C9U75Xcm4QA', 'Dennis Allen', 'dennis.allen.10@sandbox-account.example.com', '2026-11-23 22:07:56+00', '2026-11-23 22:31:59+00', 1443, 'in_meeting', false, 'ck43453', NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 6, '22714368', NULL, 'Chris Kernighan', 'chris.kernighan@example.org', '2026-11-23 22:08:36+00', '2026-11-23 22:32:09+00', 1413, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'qHgl2GU+Rrp/Qa230sVOiA==', 0, '23719936', 'Cf9mMJjJbwzR5_N_QeyWKw', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', '2026-11-23 22:01:52+00', '2026-11-23 23:04:49+00', 3777, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'qHgl2GU+Rrp/Qa230sVOiA==', 1, '23720960', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 22:02:10+00', '2026-11-23 23:04:00+00', 3710, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'qHgl2GU+Rrp/Qa230sVOiA==', 2, '23721984', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-23 22:02:30+00', '2026-11-23 23:04:39+00', 3729, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'qHgl2GU+Rrp/Qa230sVOiA==', 3, '23723008', 'GRqMCvmcNztX0MK2nyhiag', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', '2026-11-23 22:03:02+00', '2026-11-23 22:56:03+00', 3181, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'qHgl2GU+Rrp/Qa230sVOiA==', 4, '23724032', 'n0AOWt3t8AokreuMVK1PTA', 'Donald Keller', 'donald.keller.22@sandbox-account.example.com', '2026-11-23 22:05:16+00', '2026-11-23 23:04:38+00', 3562, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', 0, '17982464', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-23 23:00:26+00', '2026-11-23 23:05:57+00', 331, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', 1, '17983488', NULL, 'Joan van Rossum', NULL, '2026-11-23 23:02:37+00', '2026-11-23 23:16:29+00', 832, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', 2, '17984512', 'e_mTVkjzMIKX8uHvAmSSHQ', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', '2026-11-23 23:03:17+00', '2026-11-23 23:18:48+00', 931, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', 3, '17985536', 'g5vdqxHoTCSu6nxahTqVZw', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', '2026-11-23 23:04:55+00', '2026-11-23 23:15:02+00', 607, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', 4, '17986560', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-23 23:07:23+00', '2026-11-23 23:18:53+00', 690, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', 0, '24936448', 'p6znoJ512l2C9U75Xcm4QA', 'Dennis Allen', 'dennis.allen.10@sandbox-account.example.com', '2026-11-23 23:00:59+00', '2026-11-23 23:19:52+00', 1133, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', 1, '24937472', 'phfeHFrmkgPeDwRdLX9atg', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', '2026-11-23 23:03:14+00', '2026-11-23 23:18:58+00', 944, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', 2, '24938496', 'TlQWpfzqSNN3xwK3wQsSjg', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', '2026-11-23 23:03:18+00', '2026-11-23 23:19:34+00', 976, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', 3, '24939520', NULL, '+1 283 555 8460', NULL, '2026-11-23 23:03:37+00', '2026-11-23 23:19:38+00', 961, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', 4, '24940544', NULL, 'Grace Stroustrup', 'grace.stroustrup@example.net', '2026-11-23 23:03:57+00', '2026-11-23 23:16:28+00', 751, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 0, '18368512', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-24 00:17:46+00', '2026-11-24 00:21:18+00', 212, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 1, '18369536', 'g5vdqxHoTCSu6nxahTqVZw', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', '2026-11-24 00:18:47+00', '2026-11-24 00:28:43+00', 596, 'in_waiting_room', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 2, '18370560', 'AMQ1-TJxcAQTJnj-_ZE3aQ', 'Anders Allen', 'anders.allen.8@sandbox-account.example.com', '2026-11-24 00:19:05+00', '2026-11-24 00:45:26+00', 1581, 'in_waiting_room', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 3, '18371584', NULL, 'Lynn Torvalds', NULL, '2026-11-24 00:21:37+00', '2026-11-24 00:45:05+00', 1408, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 4, '18372608', 'hwkp2mC3yqNm_YwWddEeJQ', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', '2026-11-24 00:21:47+00', '2026-11-24 00:45:20+00', 1413, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 5, '18373632', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-24 00:21:56+00', '2026-11-24 00:45:21+00', 1405, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 6, '18374656', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-24 00:22:05+00', '2026-11-24 00:45:42+00', 1417, 'in_meeting', true, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 7, '18375680', NULL, 'Hedy Conway', 'hedy.conway@example.org', '2026-11-24 00:22:57+00', '2026-11-24 00:44:53+00', 1316, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 8, '18376704', 'g5vdqxHoTCSu6nxahTqVZw', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', '2026-11-24 00:29:15+00', '2026-11-24 00:39:30+00', 615, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '4KCtpkDxKW85Slo/WAdcDQ==', 0, '21788672', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-24 00:15:56+00', '2026-11-24 01:13:37+00', 3461, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', '4KCtpkDxKW85Slo/WAdcDQ==', 1, '21789696', NULL, 'Tim Conway', 'tim.conway@customer.example', '2026-11-24 00:22:05+00', '2026-11-24 00:59:07+00', 2222, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 0, '21825536', 'fySqGdV1fLJ3pXAuTsrQjw', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', '2026-11-23 22:32:17+00', '2026-11-23 23:36:06+00', 3829, 'in_meeting', false, NULL, NULL, NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 1, '21826560', 'GRqMCvmcNztX0MK2nyhiag', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', '2026-11-23 22:33:37+00', '2026-11-23 23:35:39+00', 3722, 'in_meeting', false, NULL, 'YnxchAsIPFdUPiPKaOx2Wg==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 2, '21827584', 'gf5XgyrOCcyNudnVGOV_gA', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', '2026-11-23 22:34:30+00', '2026-11-23 23:22:08+00', 2858, 'in_meeting', false, NULL, 'pj8dfljiA1k7rgGi1xzgyQ==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 3, '21828608', 'TFxMSn6-thYdP5r_8mBCVg', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', '2026-11-23 22:36:22+00', '2026-11-23 23:26:21+00', 2999, 'in_meeting', false, NULL, 'pj8dfljiA1k7rgGi1xzgyQ==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 4, '21829632', 'IZfVGIPseAeWpAr3E6rK5g', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', '2026-11-23 22:38:40+00', '2026-11-23 23:35:24+00', 3404, 'in_meeting', false, NULL, 'pj8dfljiA1k7rgGi1xzgyQ==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 5, '21830656', NULL, 'Rosalind Johnson', NULL, '2026-11-23 22:40:09+00', '2026-11-23 23:35:09+00', 3300, 'in_meeting', false, NULL, 'pj8dfljiA1k7rgGi1xzgyQ==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 6, '21831680', 'isaeMOxHqY8puwjRabP6NA', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', '2026-11-23 22:40:27+00', '2026-11-23 23:25:05+00', 2678, 'in_meeting', false, NULL, 'pj8dfljiA1k7rgGi1xzgyQ==', NULL, '2026-12-03 13:25:56.379323+00', 1);
INSERT INTO zoom.meeting_participants VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 7, '21832704', 'Hl-8MMP0U9lWDi6IPKxFuw', 'Adele Gosling', 'adele.gosling.12@sandbox-account.example.com', '2026-11-23 22:41:01+00', '2026-11-23 23:35:44+00', 3283, 'in_meeting', false, NULL, 'YnxchAsIPFdUPiPKaOx2Wg==', NULL, '2026-12-03 13:25:56.379323+00', 1);


--
-- Data for Name: meetings; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.meetings VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', 9322160153, 'meeting', 'Standup', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 'Operations', '2026-11-23 23:00:26+00', '2026-11-23 23:18:53+00', 18, 4, 56, 'Google Calendar', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', '/hk6hvuHyNIhnEwGmPAW4A==', 83034372385, 'meeting', 'Pipeline review', 'Linus Rhodes', 'linus.rhodes.20@sandbox-account.example.com', 'Sales', '2026-11-23 18:01:28+00', '2026-11-23 18:29:43+00', 28, 5, 122, 'Google Calendar', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', '4KCtpkDxKW85Slo/WAdcDQ==', 83154499531, 'meeting', 'Budget check-in', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 'Operations', '2026-11-24 00:15:56+00', '2026-11-24 01:13:37+00', 57, 2, 94, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', 81699108664, 'meeting', 'Training', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', 'Sales', '2026-11-23 11:01:15+00', '2026-11-23 12:03:03+00', 61, 5, 268, 'Google Calendar', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', 8662718590, 'meeting', 'Office hours', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', 'Finance', '2026-11-23 16:02:03+00', '2026-11-23 17:07:16+00', 65, 4, 236, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', 88231692343, 'meeting', 'Incident retro', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', 'People', '2026-11-23 17:02:03+00', '2026-11-23 18:02:52+00', 60, 3, 171, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', 83529911558, 'meeting', 'All hands prep', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 'Operations', '2026-11-24 00:17:46+00', '2026-11-24 00:45:42+00', 27, 7, 166, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'BVMkwD9cIoT4xcxOs1ZEXg==', 9529685906, 'meeting', 'Interview', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 'Operations', '2026-11-23 13:46:05+00', '2026-11-23 14:28:32+00', 42, 1, 42, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', 82446406308, 'meeting', 'Pipeline review', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', 'Sales', '2026-11-23 16:01:51+00', '2026-11-23 17:04:06+00', 62, 4, 202, 'Microsoft Outlook', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'CrBY+u/7xx7+/moTDbJPlw==', 88001166520, 'meeting', 'Roadmap', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 'Marketing', '2026-11-23 15:02:38+00', '2026-11-23 15:29:03+00', 26, 6, 124, 'Microsoft Outlook', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', 80829083826, 'meeting', 'Vendor demo', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', 'Sales', '2026-11-23 14:01:54+00', '2026-11-23 14:49:58+00', 48, 7, 262, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', 8312509918, 'meeting', 'Incident retro', 'Anders Allen', 'anders.allen.8@sandbox-account.example.com', 'Marketing', '2026-11-23 09:31:49+00', '2026-11-23 10:28:45+00', 56, 9, 471, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', 81557575393, 'meeting', 'Brainstorm', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 'Operations', '2026-11-23 20:02:02+00', '2026-11-23 20:47:31+00', 45, 5, 210, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', 8356956745, 'meeting', 'All hands prep', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', 'People', '2026-11-23 22:32:17+00', '2026-11-23 23:36:06+00', 63, 8, 434, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', 84826729325, 'meeting', 'Sprint planning', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', 'Support', '2026-11-23 14:15:42+00', '2026-11-23 14:45:30+00', 29, 6, 149, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'X7qOnDDUoAujgpXl/U/u8Q==', 86978060067, 'meeting', 'Sprint planning', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', 'Support', '2026-11-23 19:30:04+00', '2026-11-23 20:14:01+00', 43, 4, 152, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'Z74Tk+8W+KPaUCDH8bOIqA==', 84268350382, 'meeting', 'Interview', 'Yukihiro Dahl', 'yukihiro.dahl.23@sandbox-account.example.com', 'Sales', '2026-11-23 21:15:58+00', '2026-11-23 22:15:03+00', 59, 3, 163, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', 85498584425, 'meeting', 'Budget check-in', 'Tim Hamilton', 'tim.hamilton.14@sandbox-account.example.com', 'Support', '2026-11-23 16:02:09+00', '2026-11-23 16:30:00+00', 27, 7, 150, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', 88152983080, 'meeting', 'Hiring debrief', 'Dennis Allen', 'dennis.allen.10@sandbox-account.example.com', 'Support', '2026-11-23 23:00:59+00', '2026-11-23 23:19:52+00', 18, 5, 79, 'Google Calendar', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'nBXJW7kt5xMFkl0g3IcY7w==', 8545471234, 'meeting', 'Interview', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', 'Legal', '2026-11-23 18:02:18+00', '2026-11-23 18:36:20+00', 34, 5, 157, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', 8192976400, 'meeting', 'Hiring debrief', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', 'Finance', '2026-11-23 21:00:48+00', '2026-11-23 21:19:58+00', 19, 5, 77, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'qHgl2GU+Rrp/Qa230sVOiA==', 8662718590, 'meeting', 'Office hours', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', 'Finance', '2026-11-23 22:01:52+00', '2026-11-23 23:04:49+00', 62, 5, 299, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', 85586083761, 'meeting', 'Vendor demo', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 'Marketing', '2026-11-23 09:00:00+00', '2026-11-23 10:00:38+00', 60, 3, 166, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 's7NGIHr4NO3hmtCLC2GNXg==', 8545471234, 'meeting', 'Interview', 'Bjarne Perlman', 'bjarne.perlman.11@sandbox-account.example.com', 'Legal', '2026-11-23 15:32:57+00', '2026-11-23 16:17:30+00', 44, 5, 193, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', 8662718590, 'meeting', 'Office hours', 'Donald Dahl', 'donald.dahl.4@sandbox-account.example.com', 'Finance', '2026-11-23 22:01:10+00', '2026-11-23 22:32:28+00', 31, 7, 177, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);
INSERT INTO zoom.meetings VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', 84339431696, 'meeting', 'Onboarding', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 'Operations', '2026-11-23 16:01:51+00', '2026-11-23 16:28:44+00', 26, 9, 213, 'Zoom', 'history_meetings', NULL, '2026-12-03 13:25:56.317294+00', 1);


--
-- Data for Name: participant_qos_2026_11; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:19:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'audio_input', 50.68, 42, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'audio_output', 52.18, 48, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'video_output', 1933.24, 30, 5, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:04:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 5, 12, 73, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'audio_input', 49.77, 43, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'audio_output', 53.26, 50, 1, 0.29, 1.36, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'video_output', 1825.06, 38, 4, 0, 0, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:05:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 31, 75, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:06:00+00', 'audio_input', 52.6, 40, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:06:00+00', 'audio_output', 54.13, 47, 2, 0.89, 4.34, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:06:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:06:00+00', 'video_output', 1750, 46, 0, 0.26, 1.38, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:06:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:06:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 2, 6, 18, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:07:00+00', 'audio_input', 52.27, 33, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:07:00+00', 'audio_output', 46.92, 35, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:07:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:07:00+00', 'video_output', 1610, 38, 0, 0.02, 3.86, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:07:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:07:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 4, 16, 66, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:08:00+00', 'audio_input', 46.56, 42, 2, 1.37, 4.17, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:08:00+00', 'audio_output', 47.81, 51, 3, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:08:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:08:00+00', 'video_output', 1615.62, 42, 4, 1.21, 3.61, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:08:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:08:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 3, 20, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:09:00+00', 'audio_input', 46.04, 44, 0, 0.01, 3.11, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:09:00+00', 'audio_output', 48.18, 48, 0, 0.85, 1.72, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:09:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:09:00+00', 'video_output', 1652.47, 33, 1, 0, 0.34, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:09:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:09:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:10:00+00', 'audio_input', 54.29, NULL, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:10:00+00', 'audio_output', 53.77, 50, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:10:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:10:00+00', 'video_output', 1620, 41, 2, 0, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:10:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:10:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 2, 13, 34, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:11:00+00', 'audio_input', 46.86, 40, 3, 0, 0.03, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:11:00+00', 'audio_output', 53.97, 46, 2, 0.19, 1.35, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:11:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:11:00+00', 'video_output', 1810, 30, 4, 1.49, 5.1, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:11:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:11:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 3, 21, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'audio_input', 54.12, 38, 4, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'audio_output', 52.05, 42, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'video_output', 1920.51, 31, 5, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:12:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 9, 23, 28, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:13:00+00', 'audio_input', 54.15, 34, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:13:00+00', 'audio_output', 47.86, 36, NULL, 0.92, 2.67, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:13:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:13:00+00', 'video_output', 1645.42, 33, 5, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:13:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:13:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 7, 13, 29, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'audio_input', NULL, 47, 2, 0.91, 4.75, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'audio_output', 51.36, 40, 3, 0, 0.3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'video_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:14:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 7, 14, 46, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'audio_input', NULL, 27, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'audio_output', 48.98, 44, 0, 0, 0.18, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'video_output', NULL, 31, 3, 1.11, 4.35, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:15:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 3, 7, 61, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'audio_input', 49.75, 41, 4, 0, 0.17, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'audio_output', 45.77, 33, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'video_output', 1930, 40, 6, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:16:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 12, 26, 26, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:17:00+00', 'audio_input', 47.66, 40, 2, 0.45, 4.32, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:17:00+00', 'audio_output', NULL, 33, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:17:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:17:00+00', 'video_output', 1687.54, 29, 5, 0, 0.29, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:17:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:17:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 28, 62, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'audio_input', 47.62, 29, 4, 0.24, 3.36, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'audio_output', 49.9, 33, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'video_output', 1706.62, 35, 3, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:18:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 4, 31, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:19:00+00', 'audio_input', 49.58, 44, 5, 0.54, 3.59, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:19:00+00', 'audio_output', 53.86, 38, 3, 1.46, 5.39, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:19:00+00', 'video_output', 1676.4, 44, 6, 0.04, 1.06, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:19:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:19:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 29, 29, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:20:00+00', 'audio_input', 45.4, 42, 6, 1.46, 2.18, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:20:00+00', 'audio_output', 51.27, 52, 0, 1.14, 1.83, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:20:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:20:00+00', 'video_output', 1930, 43, 0, NULL, NULL, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:20:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:20:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 8, 21, 48, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'audio_input', 49.93, 37, 6, 0, 0.25, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'audio_output', 48.33, 43, 3, 0.69, 1.57, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'video_output', 1941.01, 27, 4, 1.46, 3.94, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:21:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 12, 32, 34, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'audio_input', 50.2, 32, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'audio_output', 54, 48, 6, 0, 0.06, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'video_output', 1951.63, 30, 6, 0.97, 4.58, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:22:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 6, 26, 57, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:23:00+00', 'audio_input', 53.37, 41, 0, NULL, 0.35, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:23:00+00', 'audio_output', 51.11, 38, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:23:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:23:00+00', 'video_output', 1930, 42, 6, 1.14, 1.82, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:23:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:23:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 10, 10, 47, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'audio_input', 45.59, 41, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'audio_output', 51.34, 47, 5, 1.25, 4.28, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'video_output', 1725.38, 28, 3, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:24:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, 12, 55, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:25:00+00', 'audio_input', 53.2, 38, 2, 0.94, 3.89, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:25:00+00', 'audio_output', 48.74, NULL, 3, 0, 0.36, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:25:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:25:00+00', 'video_output', 1963.79, 27, 3, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:25:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:25:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 8, 8, 75, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:26:00+00', 'audio_input', 55.3, 45, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:26:00+00', 'audio_output', NULL, 47, 5, 1.44, 5.14, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:26:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:26:00+00', 'video_output', 1659.62, 41, 4, 0.04, 2.57, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:26:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:26:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 8, 13, 46, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:27:00+00', 'audio_input', 48.09, NULL, 4, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:27:00+00', 'audio_output', 53.62, 36, 4, 0.02, 0.19, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:27:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:36:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:27:00+00', 'video_output', 1647.72, 47, 2, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:27:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:27:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 12, 27, 32, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'audio_input', 48.02, 35, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'audio_output', 45.3, 40, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'video_output', 1941.7, 30, 3, 0, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:28:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 9, 10, 89, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'audio_input', 48.46, 33, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'audio_output', 48.49, 44, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'video_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:29:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 9, 12, 55, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:31:00+00', 'audio_input', 47.4, 33, 2, 0.69, 1.26, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:31:00+00', 'audio_output', 45.48, 37, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:31:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:31:00+00', 'video_output', NULL, 34, 4, 0.34, 1.32, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:31:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:31:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 7, 25, 39, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:32:00+00', 'audio_input', 50.91, 46, 5, 0, 0.12, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:32:00+00', 'audio_output', 48.54, 48, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:32:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:32:00+00', 'video_output', 1630, 45, 4, 0, 0.24, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:32:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:32:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 15, 47, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:33:00+00', 'audio_input', 45.87, 27, 0, 0.44, 1.73, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:33:00+00', 'audio_output', 45.45, 40, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:33:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:33:00+00', 'video_output', 1797.66, 34, 4, 0, 0, NULL, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:33:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:33:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 3, 23, 40, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'audio_input', 49.13, 41, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'audio_output', 48.39, 50, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'video_output', 1900, 42, 0, 0, 0, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:34:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 7, 25, 38, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:35:00+00', 'audio_input', 51.96, 38, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:35:00+00', 'audio_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:35:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:35:00+00', 'video_output', 1960.05, 38, 2, NULL, 0.34, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:35:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:35:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:36:00+00', 'audio_input', 47.95, 30, 3, 0.52, 0.83, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:36:00+00', 'audio_output', 51.84, 41, 6, 1.04, 1.18, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:36:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:36:00+00', 'video_output', 1847.71, 36, 0, 0, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:36:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 11, 12, 36, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:37:00+00', 'audio_input', NULL, 27, NULL, 1.18, 3.57, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:37:00+00', 'audio_output', 53.55, 33, 4, 0.95, 2.66, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:37:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:37:00+00', 'video_output', 1630, 47, NULL, NULL, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:37:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:37:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 6, 6, 86, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:38:00+00', 'audio_input', 48.42, 45, 4, 0, 0.33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:38:00+00', 'audio_output', 50.04, 36, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:38:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:38:00+00', 'video_output', 1658.72, 37, 3, 0.21, 4.21, 15, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:38:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:38:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 5, 19, 39, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:39:00+00', 'audio_input', 54.86, 34, 1, 1.08, 4.73, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:39:00+00', 'audio_output', 51.43, 38, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:39:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:39:00+00', 'video_output', 1620, 27, 4, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:39:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:39:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 6, 22, 89, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:40:00+00', 'audio_input', 49.66, 37, 2, 0, 0.3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:40:00+00', 'audio_output', 51.69, 44, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:40:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:40:00+00', 'video_output', 1631.82, 40, 5, 0.39, 0.44, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:40:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:40:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 12, 25, 74, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'audio_input', NULL, 43, NULL, 0, 0.26, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'audio_output', 49.95, 48, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'video_output', 1946.06, 27, NULL, 1.37, 4.36, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:42:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, 23, 28, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:44:00+00', 'audio_input', 46.24, 28, 6, 0.18, 3.33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:44:00+00', 'audio_output', 47.39, 35, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:44:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:44:00+00', 'video_output', 1721.63, 38, 6, 0, 0.07, NULL, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:44:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:44:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 5, 22, 79, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:45:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:45:00+00', 'audio_output', 50.47, 51, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:45:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:45:00+00', 'video_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:45:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:45:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 25, 76, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:46:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:46:00+00', 'audio_output', 52.01, 51, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:46:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:46:00+00', 'video_output', 1830, 43, 3, 1.25, 4.84, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:46:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:46:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, 15, 55, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:47:00+00', 'audio_input', 48.56, 40, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:47:00+00', 'audio_output', 49.74, 38, 0, 0.25, 1.08, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:47:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:47:00+00', 'video_output', 1890, 46, 0, 0, 0, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:47:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:47:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 17, 33, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'audio_input', 48.52, 45, 4, 0, 0.36, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'audio_output', 49.89, 43, 1, 0, 0.29, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'video_output', 1800, 30, 6, 0, 0, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:48:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 17, 35, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:49:00+00', 'audio_input', 51.37, 40, 3, 1.28, 1.63, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:49:00+00', 'audio_output', 54.9, 42, 6, 0, 0.33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:49:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:49:00+00', 'video_output', 1648.51, 31, 1, 0, 0.18, NULL, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:49:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:49:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 11, 23, 60, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:50:00+00', 'audio_input', 52.39, 34, 3, 0.87, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:50:00+00', 'audio_output', 45.83, 51, 4, NULL, 2.96, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:50:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:50:00+00', 'video_output', 1740, 34, 2, 0.62, 1.86, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:50:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:50:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, 21, 21, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:51:00+00', 'audio_input', 50.83, 43, 1, 0.01, 3.67, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:51:00+00', 'audio_output', 52.69, 46, 6, 0, 0.15, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:51:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:51:00+00', 'video_output', 1954.69, 33, 1, 0.61, 2.74, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:51:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:51:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 10, 18, 57, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:52:00+00', 'audio_input', 51.66, 39, 5, 0, 0.32, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:52:00+00', 'audio_output', 47.04, 37, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:52:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:52:00+00', 'video_output', 1940, 41, 0, 0, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:52:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:52:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 10, 14, 72, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:53:00+00', 'audio_input', 50.92, 39, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:53:00+00', 'audio_output', 50.7, 47, 3, 1.23, 5.03, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:53:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:53:00+00', 'video_output', 1725.41, 41, 2, 0, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:53:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:53:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 8, 26, 40, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'audio_input', 47.1, 27, 4, 1.42, 1.57, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'audio_output', 54.18, 36, NULL, 0, 0.11, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'video_output', 1758.47, 43, 6, 0, 0, 14, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:54:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 12, 26, 55, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:55:00+00', 'audio_input', 54.75, 34, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:55:00+00', 'audio_output', 51.85, 51, 1, 0.48, 3.52, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:55:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:55:00+00', 'video_output', 1796.88, 38, 4, 0, 0, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:55:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:55:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 7, 90, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'audio_input', 48.86, 44, 3, 0, 0.3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'audio_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'video_output', 1936.68, 46, 1, 0, 0.39, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:56:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 74, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:57:00+00', 'audio_input', 47.06, 44, NULL, 0.12, 2.7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:57:00+00', 'audio_output', 55.04, 40, 1, 0, 0.07, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:57:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:57:00+00', 'video_output', 1670, 37, 1, 0, 0, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:57:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:57:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 5, 7, 27, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:58:00+00', 'audio_input', 46.25, 41, 2, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:58:00+00', 'audio_output', 55.32, 33, 2, 1.38, 1.51, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:58:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:58:00+00', 'video_output', 1847.68, 42, 1, 0, NULL, 15, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:58:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:58:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 4, 22, 51, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:59:00+00', 'audio_input', 48.02, 29, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:59:00+00', 'audio_output', 48.63, 46, 0, 1.21, 2.44, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:59:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:59:00+00', 'video_output', 1880.55, 40, 5, 1.26, 2.31, 16, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 11:59:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 18, 78, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'audio_input', 55.28, 31, 1, 0.21, 1.49, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'audio_output', 52.83, 38, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'video_output', 1620, 36, 0, 1.16, 4.2, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:00:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 2, 8, 23, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'audio_input', 52.06, 27, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'audio_output', 45.64, 40, 5, 0.39, 3.8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'video_output', 1694.1, 44, 5, 0, 0, 13, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:01:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 18, 70, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:02:00+00', 'audio_input', 54.71, 46, 1, 0, 0.08, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:02:00+00', 'audio_output', 53.03, 35, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:02:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', '2026-11-23 12:02:00+00', 'video_output', 1900, 33, 2, 0, 0, 17, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'audio_input', 60.14, 175, 2, 1.02, 2.73, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'audio_output', 60.81, 167, 5, 0.97, 2.92, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'video_output', 1700.48, 182, 3, 0, 0, 29, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:11:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 9, 19, 41, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'audio_input', 54.4, 179, 2, 0, 0.4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'audio_output', 61.7, 171, 2, 0.3, 1.16, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'video_output', 1500, 180, 2, 1.5, 1.86, 26, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', '2026-11-23 11:12:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 7, 25, 50, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:34:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'audio_input', 62.33, 188, 4, 0.03, 1.6, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'audio_output', 55.33, 198, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'video_input', 1100, 185, 2, 0, NULL, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'video_output', 999.16, 180, 1, NULL, 1.85, 21, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:09:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 7, 14, 58, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:10:00+00', 'audio_input', 63.6, 198, 3, 0.54, 2.28, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:10:00+00', 'audio_output', 60.61, 191, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:10:00+00', 'video_input', 1070, 198, 4, 0.62, 3.27, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:10:00+00', 'video_output', 997.65, 190, 2, 0.63, 1.25, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:10:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:10:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, 6, 40, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:11:00+00', 'audio_input', 63.51, 190, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:11:00+00', 'audio_output', NULL, NULL, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:11:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:11:00+00', 'video_output', 1010.68, 183, 4, 0, 0, 23, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:11:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:11:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'audio_input', 64.58, 188, 3, 0, 0.37, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'audio_output', 64.72, 185, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'video_input', 1080, 181, 1, 0, 0.28, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'video_output', 894.9, NULL, 0, 0, 0.31, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:12:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 6, 21, 90, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'audio_input', 58.96, 184, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'audio_output', 56.05, 196, 0, 0.15, 1.28, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'video_input', 1050, 196, 2, 0.55, 1, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'video_output', 915.16, 178, 5, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:13:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 9, 20, 44, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'audio_input', 59.51, 179, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'audio_output', 65.27, 191, 5, 0, 0.22, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'video_input', 1152.01, 184, 0, NULL, 3.36, 22, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'video_output', 1005.69, 182, 0, 0, 0, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:14:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 11, 25, 25, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:15:00+00', 'audio_input', 57.68, 195, 4, 1.14, 4.84, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:15:00+00', 'audio_output', 63.71, 202, 4, 1.37, 4.39, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:15:00+00', 'video_input', 1090, 182, 0, 0, NULL, 24, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:15:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:15:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:15:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 4, 6, 46, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:16:00+00', 'audio_input', 63.25, 197, 2, 0.25, 2.16, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:16:00+00', 'audio_output', 56.48, 192, 2, 0.75, 1.37, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:16:00+00', 'video_input', 1151.83, 187, 5, 0, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:16:00+00', 'video_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:16:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 13, 25, 26, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'audio_input', 58.34, 188, 2, 0.57, 3.27, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'audio_output', 65.07, 191, 3, 0, 0.18, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'video_input', 1074.25, 181, 4, 0, 0.03, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'video_output', 1000, 187, 3, 1.14, 2.45, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:17:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 10, 20, 62, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:18:00+00', 'audio_input', 54.94, 197, 3, 0.73, 1.21, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:18:00+00', 'audio_output', 59.95, 193, 0, 1.23, 4.42, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:18:00+00', 'video_input', 978.25, 187, 0, 0, NULL, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:18:00+00', 'video_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:18:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:18:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 9, 27, 72, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:19:00+00', 'audio_input', 65.83, 197, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:19:00+00', 'audio_output', 65.79, 194, NULL, 0, 0.35, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:19:00+00', 'video_input', 1012.05, NULL, 4, 0, 0.05, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:19:00+00', 'video_output', 969.46, 189, 5, 0, 0.02, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:19:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:19:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 13, 62, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'audio_input', 61.59, 192, 3, 0, 0.12, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'audio_output', 61.57, 201, 0, 0.6, 2.06, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'video_input', 1115.36, 192, 2, 0.82, 1.27, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'video_output', 1031.18, 180, 0, 1.35, 5.07, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:20:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 5, 24, 66, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'audio_input', 56.76, 185, 5, 0.56, 4.39, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'audio_output', 62.47, 200, 5, 0.65, 1.77, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'video_input', 1010.55, NULL, 4, 0, 0.32, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'video_output', 952.86, 182, 4, 0, 0.19, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:21:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 9, 26, 26, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:23:00+00', 'audio_input', 64.07, 190, 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:23:00+00', 'audio_output', 57.31, 198, 2, 0, 0.17, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:23:00+00', 'video_input', 1112.35, 187, 3, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:23:00+00', 'video_output', 925.19, 195, 3, 0, 0, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:23:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:23:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 5, 21, 38, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'audio_input', NULL, 191, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'audio_output', 57.77, 186, 5, 0, 0.26, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'video_input', 1144.43, 194, 0, 0, 0, NULL, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'video_output', 892.76, 189, 5, 0.67, 1.07, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:24:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 7, 19, 20, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:25:00+00', 'audio_input', 54.49, 192, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:25:00+00', 'audio_output', 65.13, 188, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:25:00+00', 'video_input', 1175.45, 195, 1, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:25:00+00', 'video_output', 1000, 191, 2, 0.72, 3.11, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:25:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:25:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:26:00+00', 'audio_input', NULL, 193, 1, 0.62, 3.35, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:26:00+00', 'audio_output', 62.25, 194, 0, 0.17, 0.75, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:26:00+00', 'video_input', 979.93, 193, NULL, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:26:00+00', 'video_output', 1020, 190, 1, 1.48, 2.9, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:26:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:26:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 3, 15, 75, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'audio_input', 64.59, 180, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'audio_output', 62.64, 183, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'video_input', NULL, 196, 0, 1.47, 2.95, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'video_output', 940.16, 197, 5, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:27:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 10, 23, 34, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'audio_input', 58.55, 198, 0, 0.65, 2.19, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'audio_output', 57.55, 183, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'video_output', 1050, 196, NULL, 1.34, 1.88, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:28:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 2, 11, 25, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:29:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:29:00+00', 'audio_output', NULL, 203, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:29:00+00', 'video_input', 1060, 185, 4, 0.91, 3.5, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:29:00+00', 'video_output', 1026.93, 191, 2, 1.36, 2.71, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:29:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:29:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 7, 11, 41, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:30:00+00', 'audio_input', 56.48, 192, 4, 0, 0.26, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:30:00+00', 'audio_output', 60.54, 198, 2, 1.22, 3.77, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:30:00+00', 'video_input', NULL, 192, 3, 1.46, 1.59, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:30:00+00', 'video_output', 985.66, 180, 5, NULL, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:30:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:30:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 7, 21, 32, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'audio_input', 59.91, 187, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'audio_output', 57.99, 192, 4, 1.44, 1.8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'video_input', 986.3, 182, 2, 0, 0, 21, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'video_output', 1050.22, 186, 0, 0, NULL, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:31:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 7, 25, 25, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'audio_input', 64.44, NULL, 3, 0.35, 1.17, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'audio_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'video_input', 1109.34, 194, 3, 0.91, 3.05, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'video_output', 937.62, 196, 0, 0, 0, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:32:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 6, 22, 34, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'audio_input', 65.94, 187, 3, NULL, 0.91, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'audio_output', 62.7, 190, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'video_input', 1080, 180, 2, 0.2, 2.33, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'video_output', 924.35, 193, 2, 0.54, 2.79, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:33:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 5, 9, 59, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:34:00+00', 'audio_output', 63.82, 197, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:34:00+00', 'video_input', 1140, 187, 1, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:34:00+00', 'video_output', 977.51, 183, 2, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:34:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:34:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 10, 24, 30, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:35:00+00', 'audio_input', 64.78, 190, 3, 0, 0.19, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:35:00+00', 'audio_output', 65.14, 183, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:35:00+00', 'video_input', 1003.6, 184, 0, 0, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:35:00+00', 'video_output', 901.48, 188, 4, 0.19, 1.1, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:35:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:35:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 2, 17, 17, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:36:00+00', 'audio_input', 63.91, 181, 4, 0.67, 2.84, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:36:00+00', 'audio_output', 55.19, 195, 0, 0.77, 2.15, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:36:00+00', 'video_input', 1083.05, 192, 4, 1.45, 5, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:36:00+00', 'video_output', 982.15, 184, 2, 1.13, 1.38, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:36:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:36:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 6, 19, 83, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'audio_input', 61.27, 179, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'audio_output', 59.94, 193, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'video_input', 1138.74, 196, 1, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'video_output', 971.78, 195, 3, 0, 0.12, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:37:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 10, 15, 15, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'audio_input', 65.88, 185, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'audio_output', 57.24, 184, 5, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'video_input', 1018.12, 185, 1, 0, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'video_output', 998.86, 197, 2, 0.49, 0.74, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:38:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, 5, 77, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'audio_output', 61.81, 184, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'video_input', 1058.52, 194, 3, 0.97, 2.99, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'video_output', 900.61, 197, 2, NULL, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:39:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 8, 8, 84, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:40:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:40:00+00', 'audio_output', 59.04, 196, 1, 0, 0.24, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:40:00+00', 'video_input', 1119.26, 180, 4, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:40:00+00', 'video_output', 892.89, 185, 5, 0.12, 0.67, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:40:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:40:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 3, 8, 80, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:41:00+00', 'audio_input', 66.07, 181, 3, 0.99, 1.71, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:41:00+00', 'audio_output', 58.64, 198, 3, 0, 0.04, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:41:00+00', 'video_input', 1010, 178, 5, 1.5, 1.68, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:41:00+00', 'video_output', 1006.69, 182, 0, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:41:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:42:00+00', 'audio_input', 59.35, 191, 5, 0.33, 2.16, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:42:00+00', 'audio_output', 62.36, 191, 1, 1.3, 3.18, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:42:00+00', 'video_input', 1160, 192, 0, 0.26, 2.71, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:42:00+00', 'video_output', 988.83, 191, 1, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:42:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:42:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 11, 44, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:43:00+00', 'audio_input', 57.68, 185, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:43:00+00', 'audio_output', 59.37, 185, 0, 0, 0.23, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:43:00+00', 'video_input', 978.47, 197, 0, 1.32, 2.03, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:43:00+00', 'video_output', 908.6, 192, 4, 0.13, 3.15, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:43:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:43:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 11, 30, 32, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:45:00+00', 'audio_input', 55.99, 185, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:45:00+00', 'audio_output', NULL, 203, 4, 1.27, 2.5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:45:00+00', 'video_input', 1100.51, 197, 0, 0.58, 0.94, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:45:00+00', 'video_output', 979.22, 192, 0, 0.77, 4.67, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:45:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:46:00+00', 'audio_input', 62.74, 178, 0, 0, 0.21, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:46:00+00', 'audio_output', 59.87, 185, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:46:00+00', 'video_input', 1110, 189, 5, 0.39, 3.28, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:46:00+00', 'video_output', 899.64, 184, 3, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:46:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 2, 3, 10, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:47:00+00', 'audio_input', 60.19, 193, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:47:00+00', 'audio_output', 54.69, 192, 1, 0, 0.22, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:47:00+00', 'video_input', 1110, 193, 0, 0, 0.2, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:47:00+00', 'video_output', 916.91, 198, 4, 0, 0, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:47:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:47:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, 14, 53, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'audio_input', 56.05, 182, 2, 0.98, 3.61, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'audio_output', 56.49, 185, 3, 0.32, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'video_input', 1110, 183, 1, 1.37, 3.79, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'video_output', 966.61, 187, 0, 1, 4.04, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:48:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 3, 22, 83, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:49:00+00', 'audio_input', 56.09, 192, 2, 0.39, 2.99, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:49:00+00', 'audio_output', 63.76, 199, 4, 0.01, 2.9, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:49:00+00', 'video_input', 1135.59, 197, 0, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:49:00+00', 'video_output', 904.27, 189, 4, 1.24, 3.59, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:49:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 13, 14, 63, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'audio_input', 54.56, 186, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'audio_output', 60.4, 191, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'video_input', 1083.11, 194, 0, 0.67, 2.4, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'video_output', 911.12, 189, 0, NULL, 3.96, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:50:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 4, 14, 44, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:51:00+00', 'audio_input', 65.81, 189, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:51:00+00', 'audio_output', 62.96, 192, 2, 0, 0.39, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:51:00+00', 'video_input', 1190, 193, 1, 0.99, NULL, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:51:00+00', 'video_output', 1029.15, 184, 2, NULL, 1.67, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:51:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:51:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, 11, 13, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'audio_input', 60.72, 179, 0, 0.75, 1.36, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'audio_output', 66.1, 186, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'video_output', 998.6, 196, 1, NULL, NULL, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:52:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 4, 16, 49, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'audio_input', 57.19, 187, 1, 0, 0.4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'audio_output', 57.99, 191, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'video_input', 1100.63, 184, 4, NULL, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'video_output', 946.28, 178, 4, 0, 0, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:53:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 8, 28, 28, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'audio_input', 59.74, 196, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'audio_output', 57.96, 198, 0, 0, 0.14, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'video_input', 1145.23, 185, 3, 0.77, 2.44, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'video_output', 1000.43, 179, 1, 0.52, 0.56, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:54:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 9, 23, 89, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'audio_input', NULL, 197, 1, 0, 0.04, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'audio_output', 63.7, 186, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'video_input', 980.25, 186, 1, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'video_output', 934.08, 183, 1, 0, 0, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:55:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 6, 14, 83, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:56:00+00', 'audio_input', 59.12, 188, 5, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:56:00+00', 'audio_output', 58.96, 185, 5, 0.22, 0.42, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:56:00+00', 'video_input', 1110, 189, 0, 0.95, 4.65, 20, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:56:00+00', 'video_output', 1068.61, 188, 2, 0, 0, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:56:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:56:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 5, 13, 40, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:57:00+00', 'audio_input', 60.24, 182, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:57:00+00', 'audio_output', 60.17, NULL, 2, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:57:00+00', 'video_input', 1127.3, 183, 2, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:57:00+00', 'video_output', 884.55, 179, 0, 0.24, 1.08, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:57:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:57:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 4, 20, 32, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'audio_output', 59.88, 197, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'video_input', 1170.8, 179, 1, 0.96, 4.2, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'video_output', 944.15, 185, 0, 0, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:58:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 11, 17, 54, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:59:00+00', 'audio_input', 58.91, NULL, 4, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:59:00+00', 'audio_output', 56.18, 200, NULL, 0.76, 2.26, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:59:00+00', 'video_input', 1022.98, 190, 4, 0, 0, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:59:00+00', 'video_output', 918.41, 186, 4, 0, 0, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:59:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 16:59:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 9, 28, 38, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:00:00+00', 'audio_input', 65.51, 187, 5, 0, 0.28, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:00:00+00', 'audio_output', 57, NULL, 2, 0.94, 3.8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:00:00+00', 'video_input', 1014.63, 188, 0, 0, NULL, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:00:00+00', 'video_output', 894.05, 187, 2, 0.03, 2.71, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:00:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 9, 25, 79, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:01:00+00', 'audio_input', 63.68, 188, 0, 0.81, 3.88, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:01:00+00', 'audio_output', 61.1, 203, 2, 0.13, 3.33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:01:00+00', 'video_input', 1000, 194, 5, 0, 0.13, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:01:00+00', 'video_output', 983.49, 183, 0, 1.12, 1.23, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:01:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:01:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 8, 24, 29, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:02:00+00', 'audio_input', 63.93, NULL, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:02:00+00', 'audio_output', 54.37, 186, 1, 0.5, 1.67, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:02:00+00', 'video_input', 1050, 179, NULL, 0, 0, 23, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:02:00+00', 'video_output', 984.68, 198, 1, NULL, 3.97, 23, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:02:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:02:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 9, 13, 58, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:04:00+00', 'audio_input', 58.8, 198, 2, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:04:00+00', 'audio_output', 61.46, 188, 1, 0.06, 1.13, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:04:00+00', 'video_input', 1065.69, 186, 0, 0, 0, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:04:00+00', 'video_output', 899.06, 186, 2, 1.35, 4.7, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:04:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:04:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 7, 22, 22, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:05:00+00', 'audio_input', 64.36, 188, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:05:00+00', 'audio_output', 62.53, 196, 3, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:05:00+00', 'video_input', 1136.44, 180, 4, 0.68, 2.65, 21, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:05:00+00', 'video_output', NULL, 181, 4, 1.44, 2.31, 24, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:05:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:05:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 7, 16, 35, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'audio_input', 54.9, 195, 5, 0.42, 3.58, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'audio_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'video_input', 1060, 188, 3, 0, 0, 22, 1280, 720, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'video_output', 1036.25, 185, 1, 0.22, 1.93, 22, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', '2026-11-23 17:06:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 4, 14, 46, '2026-12-03 13:25:57.340769+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'audio_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:04:00+00', 'audio_input', NULL, 70, 14, 1.32, 3.13, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:04:00+00', 'audio_output', 43.78, 59, 15, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:04:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:04:00+00', 'video_output', 747.05, 58, 13, 0.05, 0.86, 18, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:04:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:04:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 5, 25, 65, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:05:00+00', 'audio_input', 43.9, 73, 14, 0.33, 1.11, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:05:00+00', 'audio_output', 46.88, 58, 13, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:05:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:05:00+00', 'video_output', 769.56, 72, 14, 0, 0, 16, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:05:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:05:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 10, 25, 63, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'audio_input', 44.5, 63, 12, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'audio_output', 44.68, 73, 14, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'video_output', 719.61, 58, 9, 0, 0, 15, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:06:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 9, 15, 18, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'audio_output', 46.39, 60, 13, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'video_output', 750.48, 62, 9, 0, 0, 15, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'as_input', 777.06, 58, 13, 0, 0, 5, 1920, 1080, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:07:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 3, 16, 85, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:08:00+00', 'audio_input', 40.99, 72, 10, 0.06, 1.54, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:08:00+00', 'audio_output', 42.74, 75, 12, 1.49, 1.77, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:08:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:08:00+00', 'video_output', 739.34, 73, 13, 0, 0.14, 14, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:08:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:08:00+00', 'as_output', 609.13, NULL, 12, 0, 0, 5, 1920, 1080, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'audio_input', 41.02, 57, 11, 1.5, 1.69, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'audio_output', 48.21, 65, 9, 0.57, 3.03, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'video_output', 692.06, 67, 11, 0, 0, 18, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'as_input', 824.2, 56, 12, 1.01, 2.81, 3, 1920, 1080, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'as_output', 619.49, 54, 12, 0.81, 3.36, 3, 1920, 1080, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:10:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 9, 19, 48, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:11:00+00', 'audio_input', 44.03, 68, 13, 0.74, 3.69, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:11:00+00', 'audio_output', 44.19, 66, 12, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:11:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:11:00+00', 'video_output', 731.42, 57, 13, 0.35, 3.36, 15, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:11:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:11:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 14, 60, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:12:00+00', 'audio_input', 46.12, 72, 13, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:12:00+00', 'audio_output', 48.77, 64, 14, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:12:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:12:00+00', 'video_output', 675.22, 65, 14, 0, 0, 17, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:12:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:12:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 5, 22, 75, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'audio_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'audio_output', 44.92, 67, 9, 0, 0.39, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'video_output', 678.16, 58, 15, 0, 0.29, 16, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:13:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 2, 13, 25, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:14:00+00', 'audio_input', 43.72, 62, 9, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:14:00+00', 'audio_output', 43.76, 66, 10, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:14:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:14:00+00', 'video_output', 786.01, 60, 9, 0, 0, 14, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:14:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:14:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 6, 19, 53, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'audio_input', 41.41, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'audio_output', 42.74, 72, 14, 0.1, 4.03, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'video_output', 780.93, 71, 12, 0, 0.1, 18, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:15:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 5, 24, 67, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'audio_input', 40.76, 55, 9, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'audio_output', 44.51, 70, 15, 0.88, 3.04, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'video_output', 779.22, 73, 13, 0, 0.11, 17, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:16:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 10, 20, 82, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'audio_input', 41.15, 53, 15, 1.24, 1.7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'audio_output', 48.62, 62, 10, 0.94, 1.41, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'video_output', 672.27, 53, 10, 0, 0.18, 18, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:17:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 9, 25, 25, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'audio_input', 42.06, 73, 12, 0.63, 0.86, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'video_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'video_output', 811.82, 71, 14, 0.29, 3.47, 14, 320, 180, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', '2026-11-23 23:18:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 3, 17, 29, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'audio_input', 29.78, 141, 1, 0, 0.11, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'audio_output', 34.63, 137, 7, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'video_input', NULL, 130, 6, 0, 0, 11, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'video_output', 1355.72, 143, 6, 0, 0, 10, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:08:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 10, 12, 40, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:09:00+00', 'audio_input', 33.52, 144, 5, 1.3, 1.67, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:09:00+00', 'audio_output', 30.75, NULL, 3, 0.01, 3.82, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:09:00+00', 'video_input', 1610, 149, 3, 0, 0, 14, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:09:00+00', 'video_output', 1358.66, 135, 5, 0, 0, 13, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:09:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 10, 29, 89, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'audio_input', 29.2, 141, 4, 0, 0.27, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'audio_output', 30.31, 140, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'video_input', 1533.19, 139, 1, 1.5, 4.56, 10, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'video_output', 1550, 130, 4, 0, 0.2, 12, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:10:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 2, 8, 42, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:11:00+00', 'audio_input', 31.31, 144, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:11:00+00', 'audio_output', 29.67, 150, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:11:00+00', 'video_input', 1577.62, 144, 5, 0.85, NULL, 11, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:11:00+00', 'video_output', 1380, 144, 7, 1.08, 4.88, 11, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:11:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:11:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 12, 31, 31, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:12:00+00', 'audio_input', 34.13, 130, 4, 0.25, 0.83, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:12:00+00', 'audio_output', 29.25, 139, 6, 0, 0.35, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:12:00+00', 'video_input', 1490, 138, 5, 1.24, 1.5, 13, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:12:00+00', 'video_output', 1625.27, 146, 4, 0.37, 3.13, 10, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:12:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:12:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 5, 11, 64, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:13:00+00', 'audio_input', 28.88, 141, 6, 0, 0.12, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:13:00+00', 'audio_output', 32.45, 140, 1, 0.72, 1.91, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:13:00+00', 'video_input', 1666.64, NULL, 1, 0, 0.27, 13, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:13:00+00', 'video_output', 1590, 143, 1, 0, 0, 14, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:13:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:13:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 8, 24, 43, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'audio_input', 33.97, 132, 5, 0, 0.12, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'audio_output', 31.63, 146, 3, 1.11, 2.98, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'video_input', 1497.45, 138, 1, 1.23, 4.81, 10, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'video_output', 1470, 141, 2, 0.6, NULL, 13, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:14:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 3, 18, 20, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:15:00+00', 'audio_input', 31.01, 143, 7, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:15:00+00', 'audio_output', 31.15, 138, 4, 0.3, 1.59, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:15:00+00', 'video_input', 1700, 138, 7, 0.77, 3.52, 11, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:15:00+00', 'video_output', 1442.91, 138, 5, 0, 0, 10, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:15:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 7, 22, 72, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:16:00+00', 'audio_input', 29.44, 145, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:16:00+00', 'audio_output', 31.75, 152, 5, 0, 0.28, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:16:00+00', 'video_input', 1784.5, 136, 7, 0, 0.37, 10, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:16:00+00', 'video_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:16:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:16:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 4, 7, 66, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'audio_input', 28.82, 137, 6, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'audio_output', 31.72, 138, 7, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'video_input', 1752.78, 130, 4, 0, 0, 14, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'video_output', 1586.5, 132, 5, 0, 0, 11, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'as_input', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:17:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 3, 21, 60, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:18:00+00', 'audio_input', 33.13, NULL, 5, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:18:00+00', 'audio_output', NULL, 152, 5, 0.82, 2.33, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:18:00+00', 'video_input', 1592.27, 144, 5, 0, 0, 13, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:18:00+00', 'video_output', 1558.65, 142, 1, 0, 0, 13, 640, 360, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:18:00+00', 'as_output', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.668292+00', 1);
INSERT INTO zoom.participant_qos_2026_11 VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', '2026-11-23 23:18:00+00', 'cpu_usage', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, 11, 19, 71, '2026-12-03 13:25:57.668292+00', 1);


--
-- Data for Name: participant_qos_summary; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', '23571456', 'audio_input', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 30.77, 33.88, 37.55, 21, 30, 41, 0, 2, 4, 0, 0.31, 5.21, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', '23571456', 'audio_output', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 30.94, 34.17, 37.48, 26, 36, 46, 0, 2, 4, 0, 0.25, 5.17, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', '23571456', 'video_output', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 1193.58, 1321.73, 1452.93, 22, 30, 40, 0, 1, 4, 0, 0.22, 4.91, 16, 18, 20, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', '23571456', 'as_input', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 738.83, 810.55, 877.51, 24, 31, 41, 0, 1, 2, 0, 0.05, 1.96, 3, 5, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'rIx2I0GAPkhhZZq8GcRZqA==', '23571456', 'as_output', 'Jean Torvalds', 'jean.torvalds.1@sandbox-account.example.com', 547.91, 607.45, 651.18, 21, 29, 40, 0, 1, 3, 0, 0.43, 3.99, 3, 5, 6, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', 'audio_input', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 45.4, 50.01, 55.3, 27, 38, 47, 0, 3, 6, 0, 0.27, 4.75, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', 'audio_output', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 45.3, 50.5, 55.32, 33, 42, 52, 0, 3, 6, 0, 0.31, 5.39, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19760128', 'video_output', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 1610, 1785.3, 1963.79, 27, 37, 47, 0, 3, 6, 0, 0.3, 5.1, 13, 15, 17, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', 'audio_input', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 54.4, 57.27, 60.14, 175, 177, 179, 2, 2, 2, 0, 0.51, 2.73, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', 'audio_output', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 60.81, 61.26, 61.7, 167, 169, 171, 2, 4, 5, 0.3, 0.64, 2.92, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '5J33vU9V7ARjs7MOVKlRGQ==', '19763200', 'video_output', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 1500, 1600.24, 1700.48, 180, 181, 182, 2, 3, 3, 0, 0.75, 1.86, 26, 28, 29, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', '17200128', 'audio_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 41.18, 45.42, 49.97, 186, 195, 206, 6, 9, 12, 0, 0.33, 4.81, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', '17200128', 'audio_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 41.34, 45.47, 50.09, 191, 201, 211, 6, 9, 12, 0, 0.31, 4.75, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', '17200128', 'video_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 1524.08, 1683.88, 1850, 186, 196, 206, 6, 9, 12, 0, 0.28, 5.26, 17, 19, 21, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', '17200128', 'video_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 1370.96, 1523.98, 1670, 186, 195, 206, 6, 9, 12, 0, 0.3, 5.23, 17, 19, 21, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', '17200128', 'as_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 764.9, 813.33, 863.1, 193, 201, 206, 7, 9, 11, 0, 0.38, 4.32, 3, 4, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'Kqr2a7MH3gaEtzKOKsolBA==', '17200128', 'as_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 561.68, 613.31, 655.24, 188, 196, 202, 8, 11, 12, 0, 0.19, 3.33, 3, 5, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', '21601280', 'audio_input', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 42.34, 46.95, 51.2, 11, 21, 28, 6, 9, 12, 0, 0.33, 5.12, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', '21601280', 'audio_output', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 42.48, 46.99, 51.58, 14, 23, 33, 6, 9, 12, 0, 0.33, 4.31, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', '21601280', 'video_input', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 1900, 2134.08, 2300, 9, 19, 29, 6, 9, 12, 0, 0.31, 3.62, 8, 10, 12, 320, 180, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'W44MTlVWeDjucIUGhrHPMA==', '21601280', 'video_output', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 1720, 1870.77, 2075.35, 9, 20, 29, 6, 9, 12, 0, 0.41, 4.91, 8, 10, 12, 320, 180, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23006208', 'audio_input', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', 48.3, 53.41, 58.92, 127, 139, 147, 1, 3, 7, 0, 0.4, 4.94, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23006208', 'audio_output', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', 48.91, 54.03, 58.86, 132, 142, 152, 1, 4, 7, 0, 0.35, 4.57, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23006208', 'video_output', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', 1385.23, 1520.23, 1680, 127, 137, 147, 1, 3, 7, 0, 0.32, 4.62, 9, 11, 13, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23006208', 'as_input', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', 754.63, 771.37, 788.1, 132, 134, 136, 3, 5, 7, 0, 0, 0, 3, 5, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23006208', 'as_output', 'Leslie Hejlsberg', 'leslie.hejlsberg.7@sandbox-account.example.com', 550.69, 598.9, 647.1, 138, 138, 138, 6, 6, 6, 0, 0, 0.2, 4, 4, 4, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23010304', 'audio_input', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', 27.59, 31.07, 33.38, 125, 134, 144, 22, 26, 28, 0, 0.29, 4.97, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23010304', 'audio_output', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', 27.59, 30.6, 33.57, 131, 141, 149, 22, 25, 28, 0, 0.27, 4.77, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'KhV1SS9Q6FJM/P4eDvStSw==', '23010304', 'video_output', 'Barbara Bartik', 'barbara.bartik.2@sandbox-account.example.com', 1638.95, 1791.73, 1942.56, 124, 134, 144, 22, 25, 28, 0, 0.4, 4.45, 9, 11, 13, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22295552', 'audio_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 53.94, 55.81, 58.96, 34, 34, 35, 10, 11, 11, 0.22, 0.84, 5.37, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22295552', 'audio_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 54.22, 57.08, 58.63, 27, 30, 36, 6, 8, 11, 0, 0.48, 4.52, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22295552', 'video_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 2123.18, 2184.13, 2215.91, 21, 26, 35, 7, 10, 11, 0, 0.04, 3.72, 7, 8, 10, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22295552', 'video_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 2043.35, 2084.45, 2110, 26, 29, 32, 8, 10, 12, 0, 0.07, 1.05, 7, 8, 9, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22295552', 'as_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 827.46, 827.46, 827.46, 37, 37, 37, 10, 10, 10, 1.15, 1.15, 5.05, 6, 6, 6, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22295552', 'as_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 616.48, 616.48, 616.48, 34, 34, 34, 9, 9, 9, 0.02, 0.02, 0.97, NULL, NULL, NULL, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22298624', 'audio_input', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', 35.75, 38.33, 41.87, 50, 62, 70, 17, 20, 23, 0, 0.39, 5.08, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22298624', 'audio_output', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', 36.15, 39.84, 43.27, 55, 63, 72, 17, 20, 23, 0, 0.17, 2.89, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22298624', 'video_input', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', 220.32, 241.25, 258.97, 53, 59, 65, 17, 20, 23, 0, 0.27, 3.02, 7, 9, 11, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'flIvqM4U55Pvmhjy/gTYFg==', '22298624', 'video_output', 'Lynn Dahl', 'lynn.dahl.5@sandbox-account.example.com', 194.1, 215.32, 233.98, 50, 59, 70, 17, 20, 23, 0, 0.4, 5.19, 7, 9, 11, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', '20901888', 'audio_input', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', 25.76, 28, 31.18, 108, 119, 128, 20, 23, 26, 0, 0.25, 4.43, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', '20901888', 'audio_output', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', 25.72, 28.53, 31.31, 113, 124, 133, 20, 24, 26, 0, 0.24, 4.55, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', '20901888', 'video_input', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', 2172.83, 2374.49, 2630, 108, 118, 128, 20, 23, 26, 0, 0.27, 4.36, 21, 23, 25, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'C141DH51DEacTpoo0aFqGQ==', '20901888', 'video_output', 'Hedy Liskov', 'hedy.liskov.15@sandbox-account.example.com', 1960, 2160.55, 2366.27, 108, 119, 128, 20, 23, 26, 0, 0.24, 3.99, 21, 23, 25, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21931008', 'audio_input', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 19.37, 20.85, 22.76, 116, 124, 133, 0, 2, 4, 0, 0.29, 5.27, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21931008', 'audio_output', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 18.7, 20.43, 22.56, 122, 132, 140, 0, 1, 4, 0, 0.44, 5.22, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21931008', 'video_input', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 1030, 1133.65, 1230.94, 116, 126, 135, 0, 1, 4, 0, 0.48, 4.98, 15, 17, 19, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21931008', 'video_output', 'Rosalind Perlman', 'rosalind.perlman.3@sandbox-account.example.com', 924.85, 1024.76, 1100, 116, 128, 136, 0, 1, 4, 0, 0.19, 5.43, 15, 17, 19, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21935104', 'audio_input', 'Margaret Easley', NULL, 50.56, 55.53, 60.77, 7, 14, 24, 1, 3, 7, 0, 0.16, 4.87, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21935104', 'audio_output', 'Margaret Easley', NULL, 51.58, 55.25, 60.8, 11, 21, 29, 1, 4, 7, 0, 0.28, 4.81, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21935104', 'video_input', 'Margaret Easley', NULL, 1745.08, 1903.27, 2065.5, 5, 15, 25, 1, 4, 7, 0, 0.21, 3.31, 27, 29, 31, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21935104', 'video_output', 'Margaret Easley', NULL, 1530, 1717.56, 1869.51, 6, 16, 25, 1, 4, 7, 0, 0.24, 4.66, 27, 29, 31, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21935104', 'as_input', 'Margaret Easley', NULL, 740.61, 780.33, 840.55, 7, 14, 25, 1, 3, 5, 0, 0.34, 3.87, 3, 5, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21935104', 'as_output', 'Margaret Easley', NULL, 540.08, 609.72, 659.95, 8, 16, 22, 2, 4, 6, 0, 0.6, 3.12, 4, 5, 6, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21936128', 'audio_input', 'Annie Turing', NULL, 19.19, 20.6, 22.85, 184, 193, 203, 9, 11, 14, 0, 0.2, 4.14, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21936128', 'audio_output', 'Annie Turing', NULL, 18.87, 21.02, 22.83, 188, 197, 208, 9, 12, 15, 0, 0.23, 4.39, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21936128', 'video_input', 'Annie Turing', NULL, 1793.01, 1988.48, 2167.44, 184, 193, 203, 9, 12, 15, 0, 0.27, 5.09, 20, 21, 24, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21936128', 'video_output', 'Annie Turing', NULL, 1618.84, 1779.6, 1952.82, 184, 193, 203, 9, 12, 15, 0, 0.21, 4.74, 20, 22, 24, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21936128', 'as_input', 'Annie Turing', NULL, 746.03, 820.63, 857.95, 183, 193, 201, 12, 13, 13, 0, 0.21, 4.18, 3, 5, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'uUGGmdmuk0h9OeNsXfEysQ==', '21936128', 'as_output', 'Annie Turing', NULL, 542.1, 591.7, 648.88, 197, 201, 203, 10, 14, 15, 0, 0.26, 2.36, 3, 5, 6, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', 'audio_input', 'Anders Liskov', NULL, 54.49, 60.78, 66.07, 178, 189, 198, 0, 2, 5, 0, 0.22, 4.84, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', 'audio_output', 'Anders Liskov', NULL, 54.37, 60.38, 66.1, 183, 192, 203, 0, 2, 5, 0, 0.26, 4.42, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', 'video_input', 'Anders Liskov', NULL, 978.25, 1081.3, 1190, 178, 188, 198, 0, 2, 5, 0, 0.4, 5, 20, 22, 24, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '6k/NfSowJavcIlO634c/GA==', '18439168', 'video_output', 'Anders Liskov', NULL, 884.55, 963.89, 1068.61, 178, 188, 198, 0, 2, 5, 0, 0.43, 5.07, 20, 22, 24, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', '22711296', 'audio_input', 'Jean Lamarr', NULL, 59.99, 65.17, 71.73, 150, 158, 167, 22, 25, 28, 0, 0.4, 5.33, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', '22711296', 'audio_output', 'Jean Lamarr', NULL, 60.33, 64.8, 71.21, 153, 162, 173, 22, 26, 28, 0, 0.21, 4.68, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', '22711296', 'video_output', 'Jean Lamarr', NULL, 1919.53, 2063.84, 2211.78, 148, 158, 167, 23, 26, 28, 0, 0.43, 4.81, 23, 25, 27, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', '22711296', 'as_input', 'Jean Lamarr', NULL, 722.21, 768.63, 857.96, 157, 161, 164, 22, 25, 27, 0, 0.21, 4.24, 3, 5, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'tMhl0wShS94jW4gpGILZ7g==', '22711296', 'as_output', 'Jean Lamarr', NULL, 540.33, 615.13, 657.37, 148, 156, 161, 23, 26, 28, 0, 0.16, 3.44, 3, 4, 7, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22718464', 'audio_input', 'James Turing', NULL, 57.43, 63.16, 70.01, 135, 145, 155, 11, 14, 17, 0, 0.26, 5.28, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22718464', 'audio_output', 'James Turing', NULL, 57.63, 62.83, 70.01, 140, 150, 159, 11, 14, 17, 0, 0.12, 4.57, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22718464', 'video_output', 'James Turing', NULL, 1410, 1548.12, 1700.18, 135, 143, 155, 11, 14, 17, 0, 0.23, 4.82, 23, 25, 27, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22719488', 'audio_input', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', 19.81, 21.66, 23.8, 92, 103, 111, 21, 23, 27, 0, 0.31, 4.97, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22719488', 'audio_output', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', 19.91, 22.11, 23.97, 96, 105, 116, 21, 24, 27, 0, 0.28, 4.34, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22719488', 'video_input', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', 1320, 1477.12, 1590, 91, 102, 111, 21, 24, 27, 0, 0.33, 5.08, 28, 30, 32, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '7ELZK/Jtli0F+G6WXPMnvQ==', '22719488', 'video_output', 'Karen Diffie', 'karen.diffie.16@sandbox-account.example.com', 1181.05, 1294.84, 1434.88, 91, 100, 111, 21, 24, 27, 0, 0.42, 4.89, 28, 29, 32, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', '23633920', 'audio_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 33.65, 36.16, 38.55, 167, 173, 185, 0, 1, 3, 0, 0.42, 5.05, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', '23633920', 'audio_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 32.33, 35.12, 38.79, 171, 180, 189, 0, 1, 3, 0, 0.1, 3.92, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', '23633920', 'video_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 1560, 1682.25, 1825.81, 169, 175, 185, 0, 1, 3, 0, 0.39, 4.46, 8, 11, 12, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'oZ1/V+hfeiVIfsPXF2Gl6w==', '23633920', 'video_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 1359.17, 1475.25, 1644.21, 169, 179, 186, 0, 1, 2, 0, 0.16, 4.56, 8, 10, 12, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20943872', 'audio_input', 'Tim Bartik', NULL, 57.07, 62.15, 68.01, 69, 78, 88, 3, 6, 9, 0, 0.23, 4.65, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20943872', 'audio_output', 'Tim Bartik', NULL, 55.88, 62.29, 67.36, 73, 83, 93, 3, 5, 9, 0, 0.32, 4.47, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20943872', 'video_input', 'Tim Bartik', NULL, 274.37, 306.73, 334.06, 68, 77, 88, 3, 6, 9, 0, 0.33, 5.03, 24, 26, 28, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20943872', 'video_output', 'Tim Bartik', NULL, 248.57, 275.87, 299.59, 69, 79, 88, 3, 5, 9, 0, 0.34, 4.16, 24, 26, 28, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20945920', 'audio_input', 'Ida Keller', NULL, 31.54, 35.09, 38.46, 143, 152, 163, 3, 6, 9, 0, 0.14, 5.17, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20945920', 'audio_output', 'Ida Keller', NULL, 31.68, 34.69, 37.89, 148, 158, 168, 3, 6, 9, 0, 0.23, 4.11, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20945920', 'video_input', 'Ida Keller', NULL, 202.23, 221.06, 245.73, 144, 151, 158, 3, 6, 9, 0, 0.39, 5.43, 20, 22, 24, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'P4TtJXp905c5ozZcRW5jeQ==', '20945920', 'video_output', 'Ida Keller', NULL, 181.61, 201.62, 218.76, 144, 152, 161, 3, 6, 9, 0, 0.28, 4.2, 20, 22, 24, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', 'audio_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 40.76, 42.7, 46.12, 53, 65, 73, 9, 12, 15, 0, 0.49, 3.69, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', 'audio_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 42.74, 45.4, 48.77, 58, 66, 75, 9, 12, 15, 0, 0.31, 4.03, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', 'video_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 672.27, 738.08, 811.82, 53, 64, 73, 9, 12, 15, 0, 0.05, 3.47, 14, 16, 18, 320, 180, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', 'as_input', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 777.06, 800.63, 824.2, 56, 57, 58, 12, 13, 13, 0, 0.51, 2.81, 3, 4, 5, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17984512', 'as_output', 'Anders Wirth', 'anders.wirth.17@sandbox-account.example.com', 609.13, 614.31, 619.49, 54, 54, 54, 12, 12, 12, 0, 0.41, 3.36, 3, 4, 5, 1920, 1080, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', 'audio_input', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 28.82, 31.2, 34.13, 130, 140, 145, 1, 5, 7, 0, 0.14, 1.67, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', 'audio_output', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 29.25, 31.33, 34.63, 137, 143, 152, 1, 5, 7, 0, 0.27, 3.82, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', 'video_input', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 1490, 1620.45, 1784.5, 130, 139, 149, 1, 4, 7, 0, 0.51, 4.81, 10, 12, 14, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '/Ml26+/9dUENIhOC7fFEqQ==', '17986560', 'video_output', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 1355.72, 1491.77, 1625.27, 130, 139, 146, 1, 4, 7, 0, 0.21, 4.88, 10, 12, 14, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', '24938496', 'audio_input', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 22.6, 24.77, 26.72, 85, 96, 104, 11, 13, 17, 0, 0.36, 3.86, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', '24938496', 'audio_output', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 22.68, 24.72, 26.72, 89, 99, 109, 11, 14, 17, 0, 0.32, 3.69, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'lhjXn6iD+HfRwtgsa0EZWw==', '24938496', 'video_output', 'Tim Dahl', 'tim.dahl.13@sandbox-account.example.com', 1158.54, 1258.56, 1390, 85, 94, 103, 11, 13, 16, 0, 0.29, 4.16, 12, 14, 16, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18369536', 'audio_input', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 25.39, 28.52, 30.12, 143, 149, 156, 0, 2, 3, 0, 0.23, 3.95, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18369536', 'audio_output', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 26.8, 28.46, 30.4, 143, 154, 162, 0, 1, 4, 0, 0.16, 4.11, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18369536', 'video_input', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 1750, 1880.29, 2050, 137, 145, 157, 0, 1, 4, 0, 0.32, 3.72, 27, 29, 31, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18369536', 'video_output', 'Karen Lamarr', 'karen.lamarr.9@sandbox-account.example.com', 1550, 1694.47, 1860, 138, 145, 157, 0, 1, 4, 0, 0.33, 4.87, 27, 29, 31, 1280, 720, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18374656', 'audio_input', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 56.81, 62.3, 66.75, 164, 173, 184, 0, 2, 4, 0, 0.36, 5.26, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18374656', 'audio_output', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 55.61, 62.39, 67.68, 170, 180, 188, 0, 3, 5, 0, 0.23, 4.42, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18374656', 'video_input', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 583.33, 654.44, 711.66, 164, 174, 184, 0, 3, 5, 0, 0.29, 4.21, 21, 23, 25, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', '8olPzQg9vE+AtUkqfmgmWA==', '18374656', 'video_output', 'Ada Lovelace', 'ada.lovelace.18@sandbox-account.example.com', 528.22, 584.94, 640.25, 164, 174, 184, 0, 2, 5, 0, 0.69, 4.88, 21, 23, 25, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21830656', 'audio_input', 'Rosalind Johnson', NULL, 52.56, 58.2, 63.89, 37, 46, 56, 2, 5, 8, 0, 0.29, 5.14, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21830656', 'audio_output', 'Rosalind Johnson', NULL, 52.64, 58.21, 63.72, 42, 54, 62, 2, 5, 8, 0, 0.28, 5.06, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21830656', 'video_output', 'Rosalind Johnson', NULL, 1830, 2051.42, 2231.94, 37, 46, 57, 2, 4, 8, 0, 0.25, 5.14, 16, 18, 20, 320, 180, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21831680', 'audio_input', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', 60.89, 68.01, 74.2, 49, 58, 69, 5, 8, 11, 0, 0.34, 4.83, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21831680', 'audio_output', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', 60.9, 66.64, 74.29, 54, 64, 73, 5, 7, 11, 0, 0.41, 5.1, NULL, NULL, NULL, NULL, NULL, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21831680', 'video_input', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', 1611.52, 1815.28, 1968.24, 49, 60, 69, 5, 8, 11, 0, 0.34, 4.99, 22, 24, 26, 640, 360, '2026-12-03 13:25:57.991176+00', 1);
INSERT INTO zoom.participant_qos_summary VALUES ('sandbox-account', 'QrXFAHZhC5KQH+6OXTtdag==', '21831680', 'video_output', 'Whitfield Picard', 'whitfield.picard.6@sandbox-account.example.com', 1460, 1596.13, 1770, 49, 60, 69, 5, 8, 11, 0, 0.42, 5.29, 22, 24, 26, 640, 360, '2026-12-03 13:25:57.991176+00', 1);


--
-- Data for Name: users; Type: TABLE DATA; Schema: zoom; Owner: -
--

INSERT INTO zoom.users VALUES ('sandbox-account', '-GnR--eveLYWaVdD91gxdQ', 'jean.gosling.19692000@sandbox-account.example.com', 'Jean', 'Gosling', 1, 'active', 'Operations', 'Asia/Kolkata', '2023-12-01 15:27:29+00', '2026-11-30 14:42:57+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-XkWR9aCdmzwwYYpEWgH6A', 'karen.bernerslee.19783002@sandbox-account.example.com', 'Karen', 'Berners-Lee', 1, 'active', 'Sales', 'Australia/Sydney', '2024-03-01 10:22:12+00', '2026-11-30 20:59:17+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-e4emaNZNjA2rDI58nLa6A', 'frances.lattner.19585000@sandbox-account.example.com', 'Frances', 'Lattner', 1, 'active', 'Sales', 'America/Chicago', '2023-08-17 03:37:06+00', '2026-11-23 12:20:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-mgxg2hvc7AH9-yexf9aMg', 'edsger.picard.19536000@sandbox-account.example.com', 'Edsger', 'Picard', 1, 'active', 'Engineering', 'America/Chicago', '2023-06-28 05:49:55+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0--r09URGrTNqFZxHYn-4A', 'frances.dahl.19417000@sandbox-account.example.com', 'Frances', 'Dahl', 1, 'active', 'Sales', 'Europe/London', '2023-03-01 05:06:22+00', '2026-11-20 02:19:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0Kk3-NRa8wx70UPImEXvMg', 'edsger.hamilton.19667000@sandbox-account.example.com', 'Edsger', 'Hamilton', 1, 'active', 'Operations', 'Europe/Berlin', '2023-11-06 11:04:07+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0NLxjx4VQ_T4TD920zXdVw', 'margaret.torvalds.19734000@sandbox-account.example.com', 'Margaret', 'Torvalds', 1, 'active', 'Finance', 'Asia/Tokyo', '2024-01-12 09:24:48+00', '2026-11-27 01:20:17+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0UHTt3nO_gUk0uZF17tIWA', 'niklaus.lattner.19418000@sandbox-account.example.com', 'Niklaus', 'Lattner', 1, 'active', 'Operations', 'America/New_York', '2023-03-02 22:07:26+00', '2026-11-20 04:08:55+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '12kKOifnfaEStrHInOaSeQ', 'hedy.rhodes.19495000@sandbox-account.example.com', 'Hedy', 'Rhodes', 1, 'active', 'Finance', 'Australia/Sydney', '2023-05-19 00:15:30+00', '2026-12-01 04:29:40+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1JoD3W1MV2rrwYvc7nxclQ', 'lynn.goldberg.19362000@sandbox-account.example.com', 'Lynn', 'Goldberg', 1, 'active', 'Operations', 'America/Chicago', '2023-01-06 01:29:55+00', '2026-11-19 07:57:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1UEgzBtb0WrQJ1MvxhAL6w', 'chris.gosling.19671002@sandbox-account.example.com', 'Chris', 'Gosling', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-11-11 03:16:38+00', '2026-11-27 19:30:14+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1ivq_ZeYukdsg1hxGV0NYw', 'linus.knuth.19702000@sandbox-account.example.com', 'Linus', 'Knuth', 1, 'active', 'Engineering', 'America/Los_Angeles', '2023-12-11 19:37:58+00', '2026-11-27 10:41:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1lsRyI7RzZBM0PStnxGIIA', 'linus.lamarr.19402000@sandbox-account.example.com', 'Linus', 'Lamarr', 1, 'active', 'Finance', 'America/New_York', '2023-02-15 03:51:07+00', '2026-11-22 11:48:18+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1ua_8MI_qRmzV1RlDIGf1w', 'carol.vanrossum.19452000@sandbox-account.example.com', 'Carol', 'van Rossum', 1, 'active', 'Marketing', 'America/Chicago', '2023-04-05 10:59:20+00', '2026-11-29 16:03:43+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '22pS1w0j-vNm_uiZgBHGZg', 'john.gosling.19410000@sandbox-account.example.com', 'John', 'Gosling', 1, 'active', 'Support', 'Australia/Sydney', '2023-02-22 16:29:14+00', '2026-11-28 20:03:55+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '23RL8xe0ZZyVtNV-WHjSnA', 'james.goldberg.19613001@sandbox-account.example.com', 'James', 'Goldberg', 1, 'active', 'People', 'Europe/London', '2023-09-13 12:22:56+00', '2026-11-30 05:44:53+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '25cAYCFNQq6W8KOog00mQw', 'lynn.spärckjones.19373000@sandbox-account.example.com', 'Lynn', 'Spärck Jones', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-01-16 16:14:51+00', '2026-11-20 17:39:40+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2JQtnwYkp_XllcUByXoGgA', 'leslie.johnson.19515000@sandbox-account.example.com', 'Leslie', 'Johnson', 1, 'active', 'Marketing', 'America/Chicago', '2023-06-07 14:41:24+00', '2026-11-29 15:09:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2gKXqvsdQZTFxHJb0jCt4g', 'dennis.lattner.19535001@sandbox-account.example.com', 'Dennis', 'Lattner', 1, 'active', 'Support', 'Europe/London', '2023-06-27 12:05:16+00', '2026-11-30 20:38:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '3PcT_kykzQ2UpYfV7J5Ysw', 'john.shaw.19543000@sandbox-account.example.com', 'John', 'Shaw', 1, 'active', 'Engineering', 'America/Los_Angeles', '2023-07-05 06:06:31+00', '2026-11-21 13:50:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '3g_Jaalaj_r7eUp3LBTrZA', 'evelyn.bernerslee.19681000@sandbox-account.example.com', 'Evelyn', 'Berners-Lee', 1, 'active', 'Engineering', 'Asia/Tokyo', '2023-11-20 05:30:00+00', '2026-11-25 04:27:52+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4A83BpH5-YbrPgcpeP4oTA', 'tim.perlman.19727001@sandbox-account.example.com', 'Tim', 'Perlman', 1, 'active', 'Engineering', 'America/Chicago', '2024-01-05 09:04:42+00', '2026-11-29 11:54:06+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4Equ-WN3YVoQByyEwfhxzA', 'carol.clarke.19484000@sandbox-account.example.com', 'Carol', 'Clarke', 1, 'active', 'Marketing', 'America/Los_Angeles', '2023-05-07 16:35:15+00', '2026-11-23 05:34:16+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4Obi9tNT4jo7vSLYbo_ORQ', 'frances.lamport.19648000@sandbox-account.example.com', 'Frances', 'Lamport', 1, 'active', 'Engineering', 'Europe/Berlin', '2023-10-19 00:18:51+00', '2026-11-20 14:13:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4UNGdyR1vGRJCcoD0PurvA', 'alan.ritchie.19711001@sandbox-account.example.com', 'Alan', 'Ritchie', 1, 'active', 'Marketing', 'Asia/Tokyo', '2023-12-21 02:19:12+00', '2026-11-29 08:17:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4eLaIf_VNtMmMh_aMa7zPQ', 'brian.dahl.19712000@sandbox-account.example.com', 'Brian', 'Dahl', 1, 'active', 'People', 'Asia/Kolkata', '2023-12-21 13:28:35+00', '2026-11-26 22:21:32+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4ex6dv3mTUKwF3Xz1q_BcA', 'ken.stroustrup.19557000@sandbox-account.example.com', 'Ken', 'Stroustrup', 1, 'active', 'People', 'Asia/Tokyo', '2023-07-19 21:09:13+00', '2026-11-19 18:33:02+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4hvyWWI7TqJEiebQUa0gJQ', 'dennis.wilson.19613000@sandbox-account.example.com', 'Dennis', 'Wilson', 1, 'active', 'Finance', 'America/New_York', '2023-09-13 07:18:51+00', '2026-11-23 06:46:03+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4kFXm9t6eVuMxlfBKGgfEQ', 'radia.keller.19710000@sandbox-account.example.com', 'Radia', 'Keller', 1, 'active', 'Sales', 'Europe/Berlin', '2023-12-19 11:18:00+00', '2026-11-28 04:49:57+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4slzlKXc6A8Wfuwm4AdraA', 'tim.johnson.19724000@sandbox-account.example.com', 'Tim', 'Johnson', 1, 'active', 'People', 'Asia/Tokyo', '2024-01-02 12:45:50+00', '2026-11-24 11:26:52+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '555AZV-Nq1pU8mnPZo4R2A', 'frances.torvalds.19653001@sandbox-account.example.com', 'Frances', 'Torvalds', 1, 'active', 'Legal', 'Australia/Sydney', '2023-10-24 03:46:43+00', '2026-11-20 10:14:02+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '5PfcACiiaxUzrV-U9km3tQ', 'margaret.dahl.19662000@sandbox-account.example.com', 'Margaret', 'Dahl', 1, 'active', 'Engineering', 'America/New_York', '2023-11-01 23:15:28+00', '2026-11-26 10:41:28+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6IuZIvlX0yR5N4rZC8M3kw', 'linus.dijkstra.19671000@sandbox-account.example.com', 'Linus', 'Dijkstra', 1, 'active', 'Operations', 'Europe/Berlin', '2023-11-10 06:43:50+00', '2026-11-21 13:06:06+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6mTzCgcqKhF-_ABNIu-NzA', 'adele.bernerslee.19422000@sandbox-account.example.com', 'Adele', 'Berners-Lee', 1, 'active', 'People', 'Australia/Sydney', '2023-03-06 09:19:55+00', '2026-11-26 07:35:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6sYcDQvSNo184rauLa-t2Q', 'evelyn.knuth.19398001@sandbox-account.example.com', 'Evelyn', 'Knuth', 1, 'active', 'Engineering', 'Australia/Sydney', '2023-02-10 07:32:25+00', '2026-11-29 20:16:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6u4UvPC895yDeRUZ2RDRnQ', 'ole.hejlsberg.19487001@sandbox-account.example.com', 'Ole', 'Hejlsberg', 1, 'active', 'Engineering', 'Australia/Sydney', '2023-05-10 20:42:21+00', '2026-11-22 18:54:09+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '70Tl_s4wOJZ1l2ednkGmNA', 'ken.hejlsberg.19618000@sandbox-account.example.com', 'Ken', 'Hejlsberg', 1, 'active', 'Sales', 'Europe/London', '2023-09-18 16:58:54+00', '2026-11-28 12:33:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7GqNTZfZkY5G6hc1zsl5Rg', 'ida.hejlsberg.19699001@sandbox-account.example.com', 'Ida', 'Hejlsberg', 1, 'active', 'Support', 'Australia/Sydney', '2023-12-09 02:19:30+00', '2026-11-19 18:23:38+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '80vj5Qs70CF1MdJ3l4ESew', 'leslie.liskov.19719000@sandbox-account.example.com', 'Leslie', 'Liskov', 1, 'active', 'Engineering', 'Australia/Sydney', '2023-12-28 15:13:17+00', '2026-11-27 01:42:23+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '87PdMWiIa4zGPGwaSdJc_g', 'katherine.spärckjones.19481001@sandbox-account.example.com', 'Katherine', 'Spärck Jones', 1, 'active', 'People', 'Australia/Sydney', '2023-05-04 21:42:57+00', '2026-11-21 20:52:19+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8DEBNJ-1FXuzEhgzTS55tw', 'radia.knuth.19373001@sandbox-account.example.com', 'Radia', 'Knuth', 1, 'active', 'Operations', 'Asia/Kolkata', '2023-01-17 03:30:39+00', '2026-11-25 01:54:53+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8TOeXaw6oQY2Od8t-3Mo-w', 'frances.goldwasser.19468000@sandbox-account.example.com', 'Frances', 'Goldwasser', 1, 'active', 'Support', 'Europe/Berlin', '2023-04-22 02:38:54+00', '2026-11-27 19:54:39+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8l2IDxnikiiaCFBxIRPDtg', 'anders.keller.19493001@sandbox-account.example.com', 'Anders', 'Keller', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-05-17 02:37:28+00', '2026-11-26 20:15:28+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8lizzr3qHvakert1-ut8Fg', 'yukihiro.spärckjones.19576001@sandbox-account.example.com', 'Yukihiro', 'Spärck Jones', 1, 'active', 'Finance', 'America/Los_Angeles', '2023-08-07 18:18:58+00', '2026-11-23 08:52:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8tDKT-kUxY1Tfjsuc6K9sg', 'ken.stroustrup.19396000@sandbox-account.example.com', 'Ken', 'Stroustrup', 1, 'active', 'Support', 'Asia/Kolkata', '2023-02-08 16:04:58+00', '2026-11-30 20:11:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9CJzY2RV7HqC_9neCF-X2A', 'sophie.spärckjones.19750000@sandbox-account.example.com', 'Sophie', 'Spärck Jones', 1, 'active', 'Sales', 'Europe/London', '2024-01-28 15:39:49+00', '2026-12-01 15:10:01+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9DtpSvn78Jg5mFIXd9pxrg', 'rosalind.lamarr.19514000@sandbox-account.example.com', 'Rosalind', 'Lamarr', 1, 'active', 'Finance', 'America/New_York', '2023-06-06 04:36:27+00', '2026-12-02 04:48:24+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9Mbs333hXU1Z6afMx7ZJ2w', 'chris.clarke.19487000@sandbox-account.example.com', 'Chris', 'Clarke', 1, 'active', 'People', 'America/New_York', '2023-05-10 08:45:23+00', '2026-11-25 19:26:45+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9eUukc9l_A96sBfgxs_3rg', 'bjarne.wilson.19390000@sandbox-account.example.com', 'Bjarne', 'Wilson', 1, 'active', 'Legal', 'Europe/London', '2023-02-02 09:39:37+00', '2026-11-29 14:50:37+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9tDITLCUvZQNEFDECrPatQ', 'donald.conway.19650000@sandbox-account.example.com', 'Donald', 'Conway', 1, 'active', 'Engineering', 'Europe/London', '2023-10-20 13:23:23+00', '2026-11-27 16:51:34+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9yD-tfpeGq8vZhcGbv01ew', 'shafi.ritchie.19491000@sandbox-account.example.com', 'Shafi', 'Ritchie', 1, 'active', 'Marketing', 'Europe/Berlin', '2023-05-14 21:51:02+00', '2026-11-30 17:04:06+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9zlq-0TSRKcCrBOOHQNH_g', 'carol.spärckjones.19417001@sandbox-account.example.com', 'Carol', 'Spärck Jones', 1, 'active', 'Marketing', 'America/New_York', '2023-03-01 07:05:14+00', '2026-11-27 13:07:38+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'AB8YDqMzgj17I2fmom2ReQ', 'joan.johnson.19551000@sandbox-account.example.com', 'Joan', 'Johnson', 1, 'active', 'Finance', 'Asia/Kolkata', '2023-07-13 04:24:53+00', '2026-11-22 12:26:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'AMQ1-TJxcAQTJnj-_ZE3aQ', 'anders.allen.8@sandbox-account.example.com', 'Anders', 'Allen', 2, 'active', 'Marketing', 'Asia/Tokyo', '2021-06-16 14:01:13+00', '2026-11-29 23:06:37+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ArVrObsjENuAZzFxoAmtSw', 'jean.wilson.19530000@sandbox-account.example.com', 'Jean', 'Wilson', 1, 'active', 'Legal', 'America/Los_Angeles', '2023-06-22 06:17:25+00', '2026-11-24 21:48:30+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'B14w4E8jvcvDxE312MIPjg', 'ada.wilson.19605000@sandbox-account.example.com', 'Ada', 'Wilson', 1, 'active', 'Operations', 'Australia/Sydney', '2023-09-05 05:54:58+00', '2026-11-25 01:38:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BKcDYWGVRQ0GaIC55kocGw', 'barbara.wirth.19452001@sandbox-account.example.com', 'Barbara', 'Wirth', 1, 'active', 'Engineering', 'Europe/Berlin', '2023-04-05 11:06:43+00', '2026-11-22 07:10:23+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BMC8scn8e2KaPbPOrg1SDQ', 'donald.hopper.19779000@sandbox-account.example.com', 'Donald', 'Hopper', 1, 'active', 'Marketing', 'America/New_York', '2024-02-26 20:15:01+00', '2026-11-23 04:47:22+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BXOrIFqyA_ocy-Nr7-7tyA', 'edsger.bartik.19607000@sandbox-account.example.com', 'Edsger', 'Bartik', 1, 'active', 'Engineering', 'Australia/Sydney', '2023-09-07 12:21:38+00', '2026-11-24 08:48:09+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BZ0qKRNUhYRkuI9sZQEnBA', 'leslie.lattner.19545001@sandbox-account.example.com', 'Leslie', 'Lattner', 1, 'active', 'Legal', 'Europe/Berlin', '2023-07-07 17:15:28+00', '2026-11-21 06:35:34+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Be75WykNPOgUCkOeROao_g', 'ken.kernighan.19381000@sandbox-account.example.com', 'Ken', 'Kernighan', 1, 'active', 'Finance', 'America/Chicago', '2023-01-25 02:18:13+00', '2026-11-29 02:36:23+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BjSixnAJxfQypv2ozFoV_g', 'james.keller.19503000@sandbox-account.example.com', 'James', 'Keller', 1, 'active', 'Engineering', 'Australia/Sydney', '2023-05-26 20:35:46+00', '2026-11-26 13:53:04+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Bn3Ed5ZCa9GgSVt0oWCU6w', 'hedy.bernerslee.19549001@sandbox-account.example.com', 'Hedy', 'Berners-Lee', 1, 'active', 'Sales', 'America/New_York', '2023-07-11 12:29:02+00', '2026-11-19 16:33:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'CK9AWWqQPjvznKLkwhCXcA', 'bjarne.stroustrup.19493000@sandbox-account.example.com', 'Bjarne', 'Stroustrup', 1, 'active', 'People', 'Europe/London', '2023-05-16 09:55:29+00', '2026-11-27 13:31:37+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Cf9mMJjJbwzR5_N_QeyWKw', 'donald.dahl.4@sandbox-account.example.com', 'Donald', 'Dahl', 2, 'active', 'Finance', 'America/Chicago', '2022-06-21 16:48:10+00', '2026-11-23 08:34:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Cv2r8v0AFaCMSawXq8nYzQ', 'leslie.easley.19479000@sandbox-account.example.com', 'Leslie', 'Easley', 1, 'active', 'Finance', 'America/Los_Angeles', '2023-05-03 01:13:36+00', '2026-11-24 22:27:16+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'D-OGHxrFhnycKIntZs0sMQ', 'donald.shaw.19464001@sandbox-account.example.com', 'Donald', 'Shaw', 1, 'active', 'Legal', 'Europe/London', '2023-04-18 01:36:07+00', '2026-11-20 12:52:44+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'D__yDbMgFMzFcCe_FG42lg', 'radia.picard.19586000@sandbox-account.example.com', 'Radia', 'Picard', 1, 'active', 'Marketing', 'Asia/Kolkata', '2023-08-17 16:51:42+00', '2026-11-27 04:38:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DomotoGeBfWRe6UJJDENFg', 'ada.matsumoto.19704000@sandbox-account.example.com', 'Ada', 'Matsumoto', 1, 'active', 'Legal', 'America/New_York', '2023-12-13 09:37:03+00', '2026-11-26 01:32:41+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DtSBCkj7OiK9HJhfGExXvQ', 'john.boyd.19383000@sandbox-account.example.com', 'John', 'Boyd', 1, 'active', 'Operations', 'Europe/London', '2023-01-26 14:23:38+00', '2026-11-22 16:31:41+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EFcu24EkcAnZyLE5E-87GA', 'margaret.vanrossum.19576000@sandbox-account.example.com', 'Margaret', 'van Rossum', 1, 'active', 'Engineering', 'America/New_York', '2023-08-07 08:37:32+00', '2026-11-28 00:38:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ES-O8yuQKz9XZq9tlPqJ_A', 'dennis.allen.19718000@sandbox-account.example.com', 'Dennis', 'Allen', 1, 'active', 'Operations', 'America/New_York', '2023-12-27 10:11:05+00', '2026-12-01 13:26:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EWhBPO2htAFiVK-Z1NTPqg', 'karen.lovelace.19454000@sandbox-account.example.com', 'Karen', 'Lovelace', 1, 'active', 'People', 'America/Chicago', '2023-04-07 13:25:35+00', '2026-11-27 02:47:18+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EbejC-9ZzG9Os_X22koKaA', 'chris.gosling.19563000@sandbox-account.example.com', 'Chris', 'Gosling', 1, 'active', 'Legal', 'Europe/Berlin', '2023-07-25 08:23:53+00', '2026-11-28 23:04:57+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ey9onOwrOC3rdpCSUAoKLQ', 'radia.matsumoto.19469000@sandbox-account.example.com', 'Radia', 'Matsumoto', 1, 'active', 'Marketing', 'America/Los_Angeles', '2023-04-22 06:34:00+00', '2026-12-01 21:12:45+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'F4OpUO9cVMASK96RyvdZwA', 'james.keller.19415001@sandbox-account.example.com', 'James', 'Keller', 1, 'active', 'Engineering', 'Europe/London', '2023-02-27 13:58:17+00', '2026-11-26 06:20:13+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FBaP98aug-5VHKC19MD84w', 'linus.lamarr.19615000@sandbox-account.example.com', 'Linus', 'Lamarr', 1, 'active', 'Support', 'America/Chicago', '2023-09-15 16:53:19+00', '2026-11-22 01:31:39+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FGFa1RYMNJDX-bm-pmC11Q', 'rosalind.lamarr.19535003@sandbox-account.example.com', 'Rosalind', 'Lamarr', 1, 'active', 'Legal', 'America/New_York', '2023-06-27 19:40:57+00', '2026-11-28 01:47:47+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FJv6yi_FAEXDCLHYZq_3gA', 'yukihiro.matsumoto.19800000@sandbox-account.example.com', 'Yukihiro', 'Matsumoto', 1, 'active', 'Marketing', 'America/New_York', '2024-03-19 02:02:57+00', '2026-11-19 19:10:37+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ff4wmQhlhBTa6W_IZn9mHg', 'evelyn.easley.19796000@sandbox-account.example.com', 'Evelyn', 'Easley', 1, 'active', 'Engineering', 'Asia/Tokyo', '2024-03-14 22:52:50+00', '2026-11-19 00:00:36+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FokiicZhD-WwYR6Bmdr0Bw', 'lynn.stroustrup.19681001@sandbox-account.example.com', 'Lynn', 'Stroustrup', 1, 'active', 'Engineering', 'America/New_York', '2023-11-20 17:26:14+00', '2026-12-02 08:05:07+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FpvEqO4zVekWIjXmepyhzg', 'evelyn.dahl.19623000@sandbox-account.example.com', 'Evelyn', 'Dahl', 1, 'active', 'Legal', 'America/Chicago', '2023-09-23 09:54:16+00', '2026-12-02 19:27:08+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Fy-LOHRaUOwz9DobuslVcQ', 'rosalind.goldwasser.19596000@sandbox-account.example.com', 'Rosalind', 'Goldwasser', 1, 'active', 'Finance', 'Asia/Tokyo', '2023-08-27 19:50:17+00', '2026-12-02 09:10:12+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'G7GLfBBRUuADAdDt13g82g', 'linus.matsumoto.19632000@sandbox-account.example.com', 'Linus', 'Matsumoto', 1, 'active', 'Marketing', 'Europe/Berlin', '2023-10-02 23:42:30+00', '2026-12-02 03:14:40+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GC4-kwOMw_ez_K66lq0OqQ', 'ole.hamilton.19440000@sandbox-account.example.com', 'Ole', 'Hamilton', 1, 'active', 'Finance', 'Europe/Berlin', '2023-03-25 02:52:29+00', '2026-11-21 01:06:49+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GRqMCvmcNztX0MK2nyhiag', 'bjarne.perlman.11@sandbox-account.example.com', 'Bjarne', 'Perlman', 2, 'active', 'Legal', 'Europe/London', '2022-10-17 01:40:14+00', '2026-11-19 09:08:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GtkyRVBreODCyOdl_ZwGXQ', 'rosalind.dahl.19671001@sandbox-account.example.com', 'Rosalind', 'Dahl', 1, 'active', 'Engineering', 'America/Los_Angeles', '2023-11-10 19:01:38+00', '2026-11-27 16:34:38+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HQcT5Dyge_4-tjlYSsCyiQ', 'evelyn.spärckjones.19431001@sandbox-account.example.com', 'Evelyn', 'Spärck Jones', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-03-15 14:38:02+00', '2026-11-28 13:40:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HbHZiC3_WAqM6IStiDvqkg', 'jean.johnson.19718001@sandbox-account.example.com', 'Jean', 'Johnson', 1, 'active', 'Engineering', 'America/New_York', '2023-12-27 13:13:02+00', '2026-11-27 02:33:49+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Hl-8MMP0U9lWDi6IPKxFuw', 'adele.gosling.12@sandbox-account.example.com', 'Adele', 'Gosling', 1, 'active', 'Operations', 'Australia/Sydney', '2022-06-07 05:08:56+00', '2026-11-26 06:32:28+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IFjaVhpyVHDE9c-ZRn_1Qg', 'lynn.goldberg.19419000@sandbox-account.example.com', 'Lynn', 'Goldberg', 1, 'active', 'Finance', 'Europe/London', '2023-03-03 11:26:41+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IFxBftrTh-j-W1qdEz06Mw', 'edsger.dijkstra.19464000@sandbox-account.example.com', 'Edsger', 'Dijkstra', 1, 'active', 'Operations', 'Asia/Tokyo', '2023-04-17 18:08:59+00', '2026-11-28 22:27:43+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IKYNZ1VA2IqlOKBvFVYYVQ', 'dennis.conway.19657000@sandbox-account.example.com', 'Dennis', 'Conway', 1, 'active', 'Marketing', 'Asia/Tokyo', '2023-10-27 06:04:25+00', '2026-11-27 08:36:23+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IM3FKmY8PM-A8RHXJlHvPg', 'ada.conway.19691000@sandbox-account.example.com', 'Ada', 'Conway', 1, 'active', 'People', 'Australia/Sydney', '2023-11-30 08:30:07+00', '2026-11-29 01:46:14+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IZfVGIPseAeWpAr3E6rK5g', 'ada.lovelace.18@sandbox-account.example.com', 'Ada', 'Lovelace', 2, 'active', 'Operations', 'America/Los_Angeles', '2022-10-18 14:02:57+00', '2026-11-25 13:20:45+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IhItOVSz95CY9G3yg9N-Pg', 'brian.perlman.19646000@sandbox-account.example.com', 'Brian', 'Perlman', 1, 'active', 'People', 'America/Chicago', '2023-10-16 21:52:37+00', '2026-11-19 13:56:09+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JGddJlnXunWWSIK6zEsTrw', 'ida.lamport.19398002@sandbox-account.example.com', 'Ida', 'Lamport', 1, 'active', 'Marketing', 'Europe/London', '2023-02-10 22:58:09+00', '2026-11-25 18:37:04+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JJYi63p2SOuT-_GTxK0L2w', 'whitfield.thompson.19738000@sandbox-account.example.com', 'Whitfield', 'Thompson', 1, 'active', 'Engineering', 'Europe/Berlin', '2024-01-16 11:26:40+00', '2026-11-30 01:29:19+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JOKeK27hGs3FVyr2TpVjCA', 'jean.liskov.19382001@sandbox-account.example.com', 'Jean', 'Liskov', 1, 'active', 'Sales', 'Asia/Kolkata', '2023-01-25 12:33:36+00', '2026-11-26 20:56:21+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JfRhIbLvKzEMaytlfv1KPQ', 'ken.stroustrup.19775000@sandbox-account.example.com', 'Ken', 'Stroustrup', 1, 'active', 'Sales', 'America/Los_Angeles', '2024-02-23 01:23:27+00', '2026-11-26 21:53:24+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'KNWEnQwJtd3LxVimJHdYIg', 'john.spärckjones.19367001@sandbox-account.example.com', 'John', 'Spärck Jones', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-01-10 21:32:45+00', '2026-11-24 22:57:56+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'KUFOqQGRz0p8wx6PTTDW7Q', 'radia.stroustrup.19489000@sandbox-account.example.com', 'Radia', 'Stroustrup', 1, 'active', 'Sales', 'Europe/London', '2023-05-12 15:21:37+00', '2026-11-29 13:53:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'KX-uTC15-GSuG_-Umr9i1g', 'james.wilson.19485000@sandbox-account.example.com', 'James', 'Wilson', 1, 'active', 'Marketing', 'America/Los_Angeles', '2023-05-08 18:39:13+00', '2026-11-24 22:41:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'KXVoj78iuT9G1QjxGdaj1w', 'linus.torvalds.19517000@sandbox-account.example.com', 'Linus', 'Torvalds', 1, 'active', 'Support', 'America/New_York', '2023-06-09 18:45:12+00', '2026-11-30 02:38:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ke8Cbf5FzGDdtV8rTJByCg', 'niklaus.lamarr.19626000@sandbox-account.example.com', 'Niklaus', 'Lamarr', 1, 'active', 'Engineering', 'America/New_York', '2023-09-26 17:31:08+00', '2026-11-29 16:26:16+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LBXGjIsd5cY6JJvPsk7Pzw', 'jean.ritchie.19458000@sandbox-account.example.com', 'Jean', 'Ritchie', 1, 'active', 'Operations', 'America/New_York', '2023-04-11 22:02:07+00', '2026-11-27 23:43:10+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LIFX3Lmm9p847JP__o7XNQ', 'hedy.wilson.19366000@sandbox-account.example.com', 'Hedy', 'Wilson', 1, 'active', 'Support', 'Australia/Sydney', '2023-01-09 07:06:43+00', '2026-11-24 19:06:45+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LWautUVdTcYgvjjtRHBepA', 'ida.hamilton.19551001@sandbox-account.example.com', 'Ida', 'Hamilton', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-07-13 21:55:07+00', '2026-11-24 14:58:13+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LnymGKXSAZxSbykkq2DHQQ', 'grace.perlman.19709000@sandbox-account.example.com', 'Grace', 'Perlman', 1, 'active', 'Support', 'America/New_York', '2023-12-18 11:57:33+00', '2026-11-24 02:09:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ly1pMBDlAo9g_xFm4dtdtQ', 'carol.clarke.19782000@sandbox-account.example.com', 'Carol', 'Clarke', 1, 'active', 'Marketing', 'America/New_York', '2024-02-29 21:54:39+00', '2026-11-29 15:25:38+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'M5Xxozrn7uUPtk6CJM4nzw', 'alan.rhodes.19804000@sandbox-account.example.com', 'Alan', 'Rhodes', 1, 'active', 'People', 'America/New_York', '2024-03-22 04:47:58+00', '2026-12-01 21:31:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'M8sB34tf7geStIf2Wxk41A', 'chris.lamarr.19669000@sandbox-account.example.com', 'Chris', 'Lamarr', 1, 'active', 'Finance', 'America/New_York', '2023-11-08 19:10:42+00', '2026-12-01 20:14:41+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'MCpNNr9IOHRwsyTYjdvk3Q', 'adele.dijkstra.19789001@sandbox-account.example.com', 'Adele', 'Dijkstra', 1, 'active', 'Legal', 'America/Los_Angeles', '2024-03-07 08:54:48+00', '2026-11-21 21:43:52+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'MHNZyiSPwgCn1aQ0D_4ZJQ', 'katherine.kernighan.19384000@sandbox-account.example.com', 'Katherine', 'Kernighan', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-01-27 06:27:02+00', '2026-11-23 16:33:51+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Mkylm3DyI9XlJcK7NfX5IA', 'rosalind.wilson.19382000@sandbox-account.example.com', 'Rosalind', 'Wilson', 1, 'active', 'Sales', 'America/Chicago', '2023-01-25 12:12:41+00', '2026-11-29 00:01:07+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'MlBD7B_6zkpry2uEiT4FBA', 'katherine.wirth.19437001@sandbox-account.example.com', 'Katherine', 'Wirth', 1, 'active', 'Operations', 'Asia/Tokyo', '2023-03-21 22:54:55+00', '2026-11-28 13:59:23+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'N3kYAST4yqevMblR65SueA', 'joan.torvalds.19634000@sandbox-account.example.com', 'Joan', 'Torvalds', 1, 'active', 'Sales', 'Asia/Tokyo', '2023-10-04 21:31:40+00', '2026-11-19 08:25:53+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Nb_SDBZ-pyYBF84j6HteMg', 'ida.lattner.19383002@sandbox-account.example.com', 'Ida', 'Lattner', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-01-27 02:31:17+00', '2026-11-19 14:48:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'NoAIXIOtgxxnZcIklghrhA', 'john.spärckjones.19698000@sandbox-account.example.com', 'John', 'Spärck Jones', 1, 'active', 'Legal', 'Asia/Kolkata', '2023-12-07 08:22:05+00', '2026-11-24 11:15:07+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ny3k9CxObGETj5ZVJLsX4g', 'ida.picard.19663000@sandbox-account.example.com', 'Ida', 'Picard', 1, 'active', 'Marketing', 'America/New_York', '2023-11-02 04:51:43+00', '2026-11-28 00:44:22+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'O8dZZXx4hSLTpSsvEjv8eA', 'evelyn.perlman.19730000@sandbox-account.example.com', 'Evelyn', 'Perlman', 1, 'active', 'Finance', 'Europe/Berlin', '2024-01-08 14:00:28+00', '2026-11-26 21:22:14+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OL0iqaAop7g5FFpoh0u6eg', 'bjarne.allen.19552000@sandbox-account.example.com', 'Bjarne', 'Allen', 1, 'active', 'Operations', 'America/Chicago', '2023-07-15 02:05:00+00', '2026-11-22 16:46:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OWlQwYtlh6tlPxAdvvTOfw', 'niklaus.shaw.19625001@sandbox-account.example.com', 'Niklaus', 'Shaw', 1, 'active', 'People', 'Asia/Kolkata', '2023-09-26 03:10:51+00', '2026-11-23 10:06:39+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Oho15IaJCMF1vLcluz6TjA', 'evelyn.lovelace.19470000@sandbox-account.example.com', 'Evelyn', 'Lovelace', 1, 'active', 'Marketing', 'Australia/Sydney', '2023-04-23 06:00:55+00', '2026-12-01 23:08:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Opiszs1e6BLhJIFTgPGuwg', 'edsger.dahl.19631000@sandbox-account.example.com', 'Edsger', 'Dahl', 1, 'active', 'Support', 'Asia/Kolkata', '2023-10-01 06:46:14+00', '2026-12-01 22:21:51+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'P0VHv_z2gumGZyM5jkj8tQ', 'annie.clarke.19589000@sandbox-account.example.com', 'Annie', 'Clarke', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-08-20 11:29:53+00', '2026-11-19 13:52:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Pgg5Ra000vUGk5LskvDb0Q', 'rosalind.torvalds.19580000@sandbox-account.example.com', 'Rosalind', 'Torvalds', 1, 'active', 'People', 'Europe/Berlin', '2023-08-12 03:03:58+00', '2026-11-22 13:48:13+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'PnGfqZ1lmTvnPD5YQmAigA', 'karen.shaw.19724001@sandbox-account.example.com', 'Karen', 'Shaw', 1, 'active', 'Engineering', 'Europe/Berlin', '2024-01-02 22:19:41+00', '2026-11-25 05:17:07+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QIUJ1GRqF3IRAQw1B9o1Kg', 'lynn.boyd.19514001@sandbox-account.example.com', 'Lynn', 'Boyd', 1, 'active', 'Finance', 'Asia/Tokyo', '2023-06-06 13:52:41+00', '2026-11-28 04:18:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QK1kc4HrBssPlKpLcGyHMA', 'sophie.mccarthy.19417003@sandbox-account.example.com', 'Sophie', 'McCarthy', 1, 'active', 'People', 'America/Chicago', '2023-03-01 18:59:43+00', '2026-11-24 01:59:52+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QkuRj8E13N3vyaM4-uE3Iw', 'lynn.lamport.19668001@sandbox-account.example.com', 'Lynn', 'Lamport', 1, 'active', 'Legal', 'Asia/Tokyo', '2023-11-07 18:38:00+00', '2026-11-19 09:01:47+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QomGaW-ndU6EeNZMID2yuw', 'bjarne.allen.19521001@sandbox-account.example.com', 'Bjarne', 'Allen', 1, 'active', 'Marketing', 'Australia/Sydney', '2023-06-13 06:17:44+00', '2026-11-22 02:00:18+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QwcYQ1tUcFaiSPsi6tCClQ', 'leslie.goldberg.19476000@sandbox-account.example.com', 'Leslie', 'Goldberg', 1, 'active', 'Support', 'Europe/London', '2023-04-29 22:18:00+00', '2026-11-21 09:00:34+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RPbUFRH-AgjoTWj1RT6okw', 'grace.stroustrup.19430000@sandbox-account.example.com', 'Grace', 'Stroustrup', 1, 'active', 'Marketing', 'Asia/Kolkata', '2023-03-14 06:23:00+00', '2026-11-21 12:06:47+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RSSfM1SSQy3kb6TyGFWOCg', 'annie.matsumoto.19415002@sandbox-account.example.com', 'Annie', 'Matsumoto', 1, 'active', 'Marketing', 'America/Chicago', '2023-02-27 19:01:46+00', '2026-11-23 13:06:12+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RZ3908kmx5Pj6Is8fztJ7w', 'radia.stroustrup.19475000@sandbox-account.example.com', 'Radia', 'Stroustrup', 1, 'active', 'Finance', 'America/New_York', '2023-04-28 20:01:21+00', '2026-11-28 19:32:25+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RdCoYOa5Alh322Iqr0pp4A', 'dennis.clarke.19625000@sandbox-account.example.com', 'Dennis', 'Clarke', 1, 'active', 'Support', 'Asia/Tokyo', '2023-09-25 22:36:48+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RjmWdecIe29OmIGGdVETcQ', 'adele.lovelace.19627001@sandbox-account.example.com', 'Adele', 'Lovelace', 1, 'active', 'Engineering', 'America/New_York', '2023-09-27 21:46:29+00', '2026-11-26 14:22:51+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SNLGujUYkE8uSfmkEKL8tg', 'hedy.dijkstra.19803000@sandbox-account.example.com', 'Hedy', 'Dijkstra', 1, 'active', 'Finance', 'Asia/Kolkata', '2024-03-21 12:22:02+00', '2026-11-29 23:16:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SldzsH3tDi8nbO0Dmxk5xg', 'linus.rhodes.20@sandbox-account.example.com', 'Linus', 'Rhodes', 2, 'active', 'Sales', 'America/New_York', '2021-06-06 06:37:32+00', '2026-11-28 18:18:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SmDZDNIFDhS_FM7iXTZzJg', 'annie.lamarr.19711000@sandbox-account.example.com', 'Annie', 'Lamarr', 1, 'active', 'Operations', 'America/New_York', '2023-12-20 20:46:49+00', '2026-11-30 06:37:56+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SuUXFyCGix6-VvdrRhIkdQ', 'leslie.lamport.19415000@sandbox-account.example.com', 'Leslie', 'Lamport', 1, 'active', 'Engineering', 'Europe/London', '2023-02-27 11:56:47+00', '2026-11-20 04:30:49+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'T5QUyoyZQegpYrS-GhGarw', 'barbara.matsumoto.19669001@sandbox-account.example.com', 'Barbara', 'Matsumoto', 1, 'active', 'Sales', 'Europe/Berlin', '2023-11-08 23:05:07+00', '2026-11-29 03:57:31+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TBGC-XmU4bMmA1kIJtjcKg', 'whitfield.johnson.19587000@sandbox-account.example.com', 'Whitfield', 'Johnson', 1, 'active', 'Finance', 'America/Los_Angeles', '2023-08-18 16:45:00+00', '2026-11-25 21:35:45+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TFxMSn6-thYdP5r_8mBCVg', 'jean.torvalds.1@sandbox-account.example.com', 'Jean', 'Torvalds', 2, 'active', 'Marketing', 'Europe/London', '2021-12-12 20:46:27+00', '2026-11-20 11:02:01+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'THzdvYjDaWkguJWUkQtT2g', 'yukihiro.hopper.19523002@sandbox-account.example.com', 'Yukihiro', 'Hopper', 1, 'active', 'Legal', 'Asia/Kolkata', '2023-06-15 18:28:28+00', '2026-11-28 09:44:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TIyY_tfrUH7c4DAqf0VaiA', 'tim.conway.19716000@sandbox-account.example.com', 'Tim', 'Conway', 1, 'active', 'Sales', 'America/Los_Angeles', '2023-12-26 01:24:38+00', '2026-11-21 23:06:31+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TJ5LKSiIDuOm8PONa4VuBw', 'leslie.hejlsberg.7@sandbox-account.example.com', 'Leslie', 'Hejlsberg', 2, 'active', 'Sales', 'Europe/London', '2021-12-20 18:07:52+00', '2026-11-29 00:33:55+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TKa731kvXzQoX5HMhgA8rg', 'john.ritchie.19725001@sandbox-account.example.com', 'John', 'Ritchie', 1, 'active', 'Support', 'America/Los_Angeles', '2024-01-03 15:46:10+00', '2026-11-22 11:16:57+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TLWi97eCQoF9LQfY1RbEyA', 'niklaus.diffie.19629000@sandbox-account.example.com', 'Niklaus', 'Diffie', 1, 'active', 'Legal', 'America/Los_Angeles', '2023-09-30 00:52:04+00', '2026-12-02 20:09:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TlQWpfzqSNN3xwK3wQsSjg', 'tim.dahl.13@sandbox-account.example.com', 'Tim', 'Dahl', 2, 'active', 'Operations', 'America/New_York', '2022-09-16 02:15:09+00', '2026-11-22 17:27:33+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TuWxHpBPIE87VzOD8Da4xQ', 'mary.conway.19636000@sandbox-account.example.com', 'Mary', 'Conway', 1, 'active', 'Support', 'Asia/Tokyo', '2023-10-06 23:47:20+00', '2026-11-19 22:16:40+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UkVli0oVD8UOFMuRyNyT-w', 'grace.ritchie.19478000@sandbox-account.example.com', 'Grace', 'Ritchie', 1, 'active', 'Engineering', 'America/Chicago', '2023-05-01 05:32:56+00', '2026-11-27 07:01:49+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VgyDI5XWhXJnoZXa8VYFFg', 'ken.allen.19531000@sandbox-account.example.com', 'Ken', 'Allen', 1, 'active', 'People', 'Asia/Kolkata', '2023-06-23 17:50:45+00', '2026-11-20 07:33:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VlX6cltxicoIVfSdFE7NRg', 'bjarne.clarke.19367002@sandbox-account.example.com', 'Bjarne', 'Clarke', 1, 'active', 'Legal', 'Asia/Tokyo', '2023-01-11 02:36:16+00', '2026-11-30 12:25:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VznfBD7X9mG_JjvSdueNfg', 'tim.wilson.19417002@sandbox-account.example.com', 'Tim', 'Wilson', 1, 'active', 'Engineering', 'Europe/London', '2023-03-01 10:24:55+00', '2026-11-26 07:52:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'W0X_yqhW47YMvlJl-LBYjA', 'james.diffie.19458001@sandbox-account.example.com', 'James', 'Diffie', 1, 'active', 'Operations', 'Europe/London', '2023-04-11 22:56:57+00', '2026-11-22 14:37:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WL8LsLPi8CzdCl7d7t-Rzw', 'ada.easley.19499000@sandbox-account.example.com', 'Ada', 'Easley', 1, 'active', 'Finance', 'Europe/Berlin', '2023-05-22 15:47:33+00', '2026-11-20 14:07:31+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WUbFt_3GjyRG7JPhT57e_Q', 'lynn.johnson.19548000@sandbox-account.example.com', 'Lynn', 'Johnson', 1, 'active', 'Legal', 'Europe/Berlin', '2023-07-10 10:33:06+00', '2026-11-22 00:01:22+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WZP2rEd_zZG898iFGZI9Gw', 'chris.dijkstra.19683000@sandbox-account.example.com', 'Chris', 'Dijkstra', 1, 'active', 'Sales', 'Asia/Tokyo', '2023-11-22 13:18:28+00', '2026-11-20 20:32:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'X5VaUKlYJIgytTc27_D_2g', 'niklaus.conway.19628000@sandbox-account.example.com', 'Niklaus', 'Conway', 1, 'active', 'Engineering', 'Australia/Sydney', '2023-09-28 07:10:14+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'X7S1Wjl-wF6F7rcIsOibvg', 'alan.kernighan.19709001@sandbox-account.example.com', 'Alan', 'Kernighan', 1, 'active', 'Marketing', 'Asia/Kolkata', '2023-12-18 12:01:30+00', '2026-11-24 09:33:40+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Y0BFEL-cahCO1Hu8JiKU0A', 'margaret.dahl.19457000@sandbox-account.example.com', 'Margaret', 'Dahl', 1, 'active', 'Engineering', 'America/Los_Angeles', '2023-04-10 10:50:03+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YIoDRb-x8KJwGOJgLdnv4w', 'ida.liskov.19380000@sandbox-account.example.com', 'Ida', 'Liskov', 1, 'active', 'Support', 'Europe/Berlin', '2023-01-23 20:57:49+00', '2026-11-27 15:41:05+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YNdIbURcFAI3P2nf2BIamg', 'lynn.easley.19628001@sandbox-account.example.com', 'Lynn', 'Easley', 1, 'active', 'Operations', 'Europe/London', '2023-09-28 09:53:25+00', '2026-12-02 13:19:25+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YVgzSzYsvBxJ_0G4BNkcxA', 'dennis.torvalds.19369000@sandbox-account.example.com', 'Dennis', 'Torvalds', 1, 'active', 'Legal', 'Australia/Sydney', '2023-01-12 21:39:30+00', '2026-11-21 12:52:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YdFiq_fNB8PVi9Ppn_KZxQ', 'mary.dahl.19589001@sandbox-account.example.com', 'Mary', 'Dahl', 1, 'active', 'Support', 'Asia/Kolkata', '2023-08-21 01:15:20+00', '2026-11-28 15:49:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YwdCaJOICFcjTIOtnjqiPQ', 'sophie.keller.19376000@sandbox-account.example.com', 'Sophie', 'Keller', 1, 'active', 'Marketing', 'Asia/Kolkata', '2023-01-19 17:01:03+00', '2026-11-22 10:33:49+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Z15yAH5LHMatJBt-5w50LQ', 'karen.goldberg.19627000@sandbox-account.example.com', 'Karen', 'Goldberg', 1, 'active', 'Engineering', 'Asia/Tokyo', '2023-09-27 09:20:25+00', '2026-11-23 20:31:17+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZLtHqoUGdFM4tgWCfe-UxQ', 'margaret.shaw.19535000@sandbox-account.example.com', 'Margaret', 'Shaw', 1, 'active', 'Legal', 'Australia/Sydney', '2023-06-27 06:26:22+00', '2026-11-27 04:13:01+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZOMIHkHSSXbAB9aUtRNCmg', 'whitfield.torvalds.19394000@sandbox-account.example.com', 'Whitfield', 'Torvalds', 1, 'active', 'People', 'Europe/London', '2023-02-06 22:49:57+00', '2026-11-24 08:43:11+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZdrdXgYJnjD7skFWGgsOGw', 'jean.allen.19699000@sandbox-account.example.com', 'Jean', 'Allen', 1, 'active', 'Engineering', 'Europe/London', '2023-12-08 13:14:34+00', '2026-11-27 23:46:54+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZhRMkS0_zIGWIxdORw25jw', 'yukihiro.dahl.23@sandbox-account.example.com', 'Yukihiro', 'Dahl', 2, 'active', 'Sales', 'Australia/Sydney', '2022-11-23 21:39:06+00', '2026-11-25 12:44:28+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_P5zRvl3dDHvku2sqGsrIg', 'carol.diffie.19783001@sandbox-account.example.com', 'Carol', 'Diffie', 1, 'active', 'Finance', 'Asia/Kolkata', '2024-03-01 10:05:19+00', '2026-11-20 22:40:02+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_mQlIea3cHJiQ-JGa48zCA', 'sophie.bartik.19621000@sandbox-account.example.com', 'Sophie', 'Bartik', 1, 'active', 'Legal', 'Europe/Berlin', '2023-09-21 23:16:26+00', '2026-12-02 01:41:34+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a0d2pQunTLfRV4XQWsN0AA', 'barbara.keller.19523000@sandbox-account.example.com', 'Barbara', 'Keller', 1, 'active', 'People', 'Europe/Berlin', '2023-06-15 09:59:08+00', '2026-11-19 12:46:54+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a7D1oZbDiHjzRvq-Jux1tg', 'joan.hamilton.19370000@sandbox-account.example.com', 'Joan', 'Hamilton', 1, 'active', 'Sales', 'America/Los_Angeles', '2023-01-13 15:28:50+00', '2026-11-27 18:43:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aHnGuz2f7znKy9uWwvHTtA', 'brian.bartik.19780000@sandbox-account.example.com', 'Brian', 'Bartik', 1, 'active', 'People', 'Europe/London', '2024-02-27 10:30:24+00', '2026-11-20 02:21:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aMRPEweW0wT2RlibQE2Plw', 'niklaus.lamarr.19735000@sandbox-account.example.com', 'Niklaus', 'Lamarr', 1, 'active', 'Support', 'America/Los_Angeles', '2024-01-13 20:31:49+00', '2026-11-30 01:39:55+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'abzxtLg4DHathID494MnbQ', 'annie.perlman.19584000@sandbox-account.example.com', 'Annie', 'Perlman', 1, 'active', 'Legal', 'Asia/Kolkata', '2023-08-15 20:23:04+00', '2026-11-20 03:23:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'b4lKqP3_-oZ4Z1sbDZPv6w', 'lynn.boyd.19521000@sandbox-account.example.com', 'Lynn', 'Boyd', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-06-13 05:57:35+00', '2026-11-30 00:23:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bJs-rCPlzHwgeSRkJndCVA', 'karen.diffie.16@sandbox-account.example.com', 'Karen', 'Diffie', 2, 'active', 'Sales', 'Europe/London', '2022-07-24 02:32:32+00', '2026-11-23 01:59:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bdW_KmV3fg9n6WE7p4mf_Q', 'jean.matsumoto.19628002@sandbox-account.example.com', 'Jean', 'Matsumoto', 1, 'active', 'Sales', 'Europe/Berlin', '2023-09-28 21:43:04+00', '2026-11-20 02:08:01+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bm3cl6YVOrP8uLlhB3BgPw', 'grace.stroustrup.19602000@sandbox-account.example.com', 'Grace', 'Stroustrup', 1, 'active', 'Sales', 'Asia/Tokyo', '2023-09-02 12:37:34+00', '2026-12-02 14:31:57+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'c31R0oIJiPRlZXGVaO7yhg', 'rosalind.gosling.19417004@sandbox-account.example.com', 'Rosalind', 'Gosling', 1, 'active', 'Support', 'America/New_York', '2023-03-02 04:05:48+00', '2026-11-19 15:57:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'cPR0J-fWpD6jB6fzNyycsw', 'linus.lattner.19619000@sandbox-account.example.com', 'Linus', 'Lattner', 1, 'active', 'Legal', 'America/Los_Angeles', '2023-09-19 16:31:14+00', '2026-11-19 09:59:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'cZmA70ZluHx0ewQ7dOEkbw', 'anders.goldwasser.19691002@sandbox-account.example.com', 'Anders', 'Goldwasser', 1, 'active', 'Sales', 'America/Los_Angeles', '2023-12-01 02:24:39+00', '2026-12-02 12:36:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'cgnHqu_9c1Pr9o1AmEkJjQ', 'hedy.johnson.19461000@sandbox-account.example.com', 'Hedy', 'Johnson', 1, 'active', 'Finance', 'Asia/Kolkata', '2023-04-14 04:55:52+00', '2026-11-27 22:29:30+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'cxRr-I2IUuQQzlWF8DA0vw', 'bjarne.boyd.19612001@sandbox-account.example.com', 'Bjarne', 'Boyd', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-09-13 00:48:53+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'cyt5Ck_5utThqZfqJPE13w', 'sophie.lamarr.19642000@sandbox-account.example.com', 'Sophie', 'Lamarr', 1, 'active', 'People', 'Europe/Berlin', '2023-10-12 18:22:01+00', '2026-12-01 09:42:27+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'd3WtY7seF91xHAKeR2a_zg', 'brian.lovelace.19664000@sandbox-account.example.com', 'Brian', 'Lovelace', 1, 'active', 'Operations', 'Europe/London', '2023-11-04 03:48:17+00', '2026-12-01 16:27:05+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dKS36d3M_ZmRKDBrO85Q0A', 'carol.clarke.19677000@sandbox-account.example.com', 'Carol', 'Clarke', 1, 'active', 'Operations', 'Asia/Kolkata', '2023-11-17 04:33:16+00', '2026-11-27 12:18:59+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dWJWEE4VOthjKHoQwPE-EA', 'linus.lamport.19514002@sandbox-account.example.com', 'Linus', 'Lamport', 1, 'active', 'Engineering', 'Asia/Tokyo', '2023-06-07 03:50:28+00', '2026-11-24 10:08:21+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'd_HJsZml7zaBPTcqSnIzjg', 'whitfield.kernighan.19801000@sandbox-account.example.com', 'Whitfield', 'Kernighan', 1, 'active', 'Operations', 'Australia/Sydney', '2024-03-19 04:42:34+00', '2026-11-29 23:42:09+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dd3I70PH2p7UjsZqG_TNCA', 'evelyn.matsumoto.19471000@sandbox-account.example.com', 'Evelyn', 'Matsumoto', 1, 'active', 'Operations', 'Australia/Sydney', '2023-04-24 04:00:42+00', '2026-12-02 00:26:04+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'deoNSbVjL_CeZFsNkCYp7Q', 'sophie.lovelace.19544000@sandbox-account.example.com', 'Sophie', 'Lovelace', 1, 'active', 'Marketing', 'Asia/Kolkata', '2023-07-06 19:40:02+00', '2026-11-19 04:24:39+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dfSPNBIqw1c9gKmbpmmIEQ', 'sophie.lattner.19674000@sandbox-account.example.com', 'Sophie', 'Lattner', 1, 'active', 'Legal', 'America/New_York', '2023-11-13 07:46:30+00', '2026-11-22 07:32:54+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dmyZGPXroVpQw14_eD12vw', 'radia.mccarthy.19482000@sandbox-account.example.com', 'Radia', 'McCarthy', 1, 'active', 'Support', 'Europe/London', '2023-05-05 21:19:20+00', '2026-11-22 00:18:47+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'e1J3YKym53X0sYSPjolshQ', 'alan.boyd.19765000@sandbox-account.example.com', 'Alan', 'Boyd', 1, 'active', 'Engineering', 'America/Los_Angeles', '2024-02-12 09:39:58+00', '2026-11-24 05:50:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eU98-vRW1zKjez9KUHnJVQ', 'ole.goldwasser.19783000@sandbox-account.example.com', 'Ole', 'Goldwasser', 1, 'active', 'Sales', 'America/Los_Angeles', '2024-03-01 08:48:34+00', '2026-11-27 14:29:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'e_mTVkjzMIKX8uHvAmSSHQ', 'anders.wirth.17@sandbox-account.example.com', 'Anders', 'Wirth', 2, 'active', 'Support', 'Australia/Sydney', '2022-06-25 08:27:07+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eb8aLE7VEFOYEsUIe_Zuqg', 'radia.thompson.19387000@sandbox-account.example.com', 'Radia', 'Thompson', 1, 'active', 'Marketing', 'America/New_York', '2023-01-30 22:54:09+00', '2026-11-19 04:04:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eg_xHV8o0g9m-rNgH2tlnA', 'alan.vanrossum.19612000@sandbox-account.example.com', 'Alan', 'van Rossum', 1, 'active', 'People', 'Australia/Sydney', '2023-09-12 14:34:33+00', '2026-12-01 08:29:09+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'f-HDh8Pls7mL29SqOMGEjw', 'chris.stroustrup.19718002@sandbox-account.example.com', 'Chris', 'Stroustrup', 1, 'active', 'People', 'America/Los_Angeles', '2023-12-28 01:38:57+00', '2026-11-21 02:10:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'f46A3HJpaThouCzEkbL_8A', 'margaret.allen.19481000@sandbox-account.example.com', 'Margaret', 'Allen', 1, 'active', 'Engineering', 'Europe/London', '2023-05-04 08:20:19+00', '2026-11-19 10:54:18+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fxWrBxDeH6Sr87IwCZqQvg', 'john.rhodes.19549000@sandbox-account.example.com', 'John', 'Rhodes', 1, 'active', 'Marketing', 'Australia/Sydney', '2023-07-11 05:45:22+00', '2026-11-23 09:17:39+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fySqGdV1fLJ3pXAuTsrQjw', 'barbara.bartik.2@sandbox-account.example.com', 'Barbara', 'Bartik', 2, 'active', 'People', 'America/New_York', '2022-01-06 15:43:39+00', '2026-12-02 10:56:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'g2UQMXLv2SfMuHA4ccm00w', 'radia.torvalds.19484001@sandbox-account.example.com', 'Radia', 'Torvalds', 1, 'active', 'Marketing', 'America/Chicago', '2023-05-08 02:53:58+00', '2026-11-23 13:02:02+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'g5vdqxHoTCSu6nxahTqVZw', 'karen.lamarr.9@sandbox-account.example.com', 'Karen', 'Lamarr', 2, 'active', 'Sales', 'Asia/Tokyo', '2021-10-04 08:20:36+00', '2026-11-21 20:43:44+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gUIEHc9qZyLeD0_kiLrcpA', 'dennis.vanrossum.19613002@sandbox-account.example.com', 'Dennis', 'van Rossum', 1, 'active', 'Finance', 'Europe/Berlin', '2023-09-13 20:53:40+00', '2026-12-01 11:22:24+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gf5XgyrOCcyNudnVGOV_gA', 'tim.hamilton.14@sandbox-account.example.com', 'Tim', 'Hamilton', 2, 'active', 'Support', 'America/New_York', '2022-10-26 20:29:21+00', '2026-11-19 20:07:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gtPXdmLcS3lfbggTee5KiQ', 'dennis.hopper.19794000@sandbox-account.example.com', 'Dennis', 'Hopper', 1, 'active', 'Finance', 'Australia/Sydney', '2024-03-12 14:15:14+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'h7nBaedm1yTIJ8b8MZiWww', 'rosalind.conway.19620000@sandbox-account.example.com', 'Rosalind', 'Conway', 1, 'active', 'Operations', 'Asia/Tokyo', '2023-09-20 09:15:54+00', '2026-12-01 19:56:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hFiA0hRlMNF2mTSy8z-e4w', 'whitfield.thompson.24@sandbox-account.example.com', 'Whitfield', 'Thompson', 1, 'active', 'Legal', 'America/Los_Angeles', '2022-07-09 11:56:24+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hZe7FaP8G-FCCKq8hON59Q', 'margaret.boyd.19431000@sandbox-account.example.com', 'Margaret', 'Boyd', 1, 'active', 'Legal', 'Europe/Berlin', '2023-03-15 04:28:57+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hmoEc678liZK60Y_xXrfWA', 'linus.lamarr.19520000@sandbox-account.example.com', 'Linus', 'Lamarr', 1, 'active', 'Sales', 'America/Los_Angeles', '2023-06-12 20:43:28+00', '2026-11-28 07:05:03+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hsBCT3oihRKMsAZgSJYeuA', 'jean.turing.19523001@sandbox-account.example.com', 'Jean', 'Turing', 1, 'active', 'Engineering', 'America/New_York', '2023-06-15 18:26:04+00', '2026-11-26 20:38:56+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hwkp2mC3yqNm_YwWddEeJQ', 'rosalind.perlman.3@sandbox-account.example.com', 'Rosalind', 'Perlman', 2, 'active', 'Operations', 'America/New_York', '2022-08-18 09:46:21+00', '2026-11-26 22:50:22+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'i32KBUVEYs2EGAVQqOp_Ew', 'grace.picard.19611000@sandbox-account.example.com', 'Grace', 'Picard', 1, 'active', 'People', 'Asia/Kolkata', '2023-09-11 11:04:34+00', '2026-11-19 23:05:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'i5CNVA-Kc4x0F6DiYA6Ang', 'mary.lamport.19498000@sandbox-account.example.com', 'Mary', 'Lamport', 1, 'active', 'People', 'Australia/Sydney', '2023-05-21 20:47:09+00', '2026-11-25 07:26:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iKmSo-sLgDVmJM-0IqHPSA', 'joan.boyd.19431002@sandbox-account.example.com', 'Joan', 'Boyd', 1, 'active', 'Finance', 'Europe/London', '2023-03-15 19:04:50+00', '2026-11-22 01:16:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'isaeMOxHqY8puwjRabP6NA', 'whitfield.picard.6@sandbox-account.example.com', 'Whitfield', 'Picard', 1, 'active', 'Finance', 'America/New_York', '2022-10-06 16:52:42+00', '2026-11-21 14:42:01+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'j-BC8TDdJ7-CZxEiLJZDFg', 'chris.perlman.19753000@sandbox-account.example.com', 'Chris', 'Perlman', 1, 'active', 'Engineering', 'America/New_York', '2024-01-31 17:32:13+00', '2026-11-25 18:46:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'j4L7b8ac2I_-SXGnHrLXrQ', 'rosalind.shaw.19502000@sandbox-account.example.com', 'Rosalind', 'Shaw', 1, 'active', 'Marketing', 'America/Los_Angeles', '2023-05-25 23:53:40+00', '2026-12-02 05:32:53+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jRZEO68X-D4r9xwj7hGJvA', 'ken.stroustrup.19698001@sandbox-account.example.com', 'Ken', 'Stroustrup', 1, 'active', 'Sales', 'America/Chicago', '2023-12-07 23:20:00+00', '2026-11-29 06:08:30+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jaYWTKARvcUtM9PFI_ADYg', 'sophie.liskov.19496000@sandbox-account.example.com', 'Sophie', 'Liskov', 1, 'active', 'Legal', 'Asia/Kolkata', '2023-05-20 00:14:49+00', '2026-11-25 19:32:54+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'k3J0wty_9JY7vLYh9tAtFw', 'ole.diffie.19725000@sandbox-account.example.com', 'Ole', 'Diffie', 1, 'active', 'Support', 'America/Chicago', '2024-01-03 13:39:04+00', '2026-11-21 06:46:28+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'k9ycavfSQCIU9yipvtUeNQ', 'lynn.rhodes.19369001@sandbox-account.example.com', 'Lynn', 'Rhodes', 1, 'active', 'Support', 'Europe/London', '2023-01-13 02:27:43+00', '2026-11-27 19:55:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kXeZN-SfjVPzc61uM06x4Q', 'carol.lamport.19553000@sandbox-account.example.com', 'Carol', 'Lamport', 1, 'active', 'Finance', 'America/Los_Angeles', '2023-07-15 21:32:44+00', '2026-11-26 20:14:18+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kiOrDKXcJUDMVF0KdfLuCw', 'rosalind.lamport.19459000@sandbox-account.example.com', 'Rosalind', 'Lamport', 1, 'active', 'People', 'America/New_York', '2023-04-12 08:59:04+00', '2026-11-24 02:59:32+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'knEuU60LwABIDCdvb_sDxw', 'karen.lovelace.19641001@sandbox-account.example.com', 'Karen', 'Lovelace', 1, 'active', 'Operations', 'Asia/Kolkata', '2023-10-11 09:43:32+00', '2026-11-28 17:31:23+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ltLEzZjBVPqqXH1rsQiOUw', 'leslie.hamilton.19807000@sandbox-account.example.com', 'Leslie', 'Hamilton', 1, 'active', 'Engineering', 'America/New_York', '2024-03-25 12:24:48+00', '2026-12-01 11:20:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mGRX_AnhgjRT5cfHg00Mog', 'sophie.hejlsberg.19361000@sandbox-account.example.com', 'Sophie', 'Hejlsberg', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-01-05 00:37:00+00', '2026-11-28 23:37:14+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mOudPbhhqd-Nugt1SvAX8g', 'anders.hejlsberg.19727000@sandbox-account.example.com', 'Anders', 'Hejlsberg', 1, 'active', 'Marketing', 'Europe/London', '2024-01-05 06:51:04+00', '2026-12-02 07:53:38+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mS5mCfjhBmQ1fR0MqVB8vg', 'bjarne.lattner.19523003@sandbox-account.example.com', 'Bjarne', 'Lattner', 1, 'active', 'Sales', 'Australia/Sydney', '2023-06-16 00:58:04+00', '2026-11-24 20:26:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mdnCZ_rtqe42qAOTcj1eEg', 'ada.boyd.19668002@sandbox-account.example.com', 'Ada', 'Boyd', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-11-08 04:10:19+00', '2026-11-24 21:00:03+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mgRb9hP5tpHgqZdEDXZ4VQ', 'ole.allen.19579000@sandbox-account.example.com', 'Ole', 'Allen', 1, 'active', 'Finance', 'America/New_York', '2023-08-10 14:07:25+00', '2026-11-21 16:39:25+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mlHeVq6mCqTrWCDE_uPaIA', 'dennis.bernerslee.19668000@sandbox-account.example.com', 'Dennis', 'Berners-Lee', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-11-07 16:16:07+00', '2026-11-19 17:42:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mu4l1FZhQTod-ygJbtr4og', 'joan.mccarthy.19454001@sandbox-account.example.com', 'Joan', 'McCarthy', 1, 'active', 'Legal', 'America/Los_Angeles', '2023-04-07 13:39:16+00', '2026-11-29 05:17:14+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'n0AOWt3t8AokreuMVK1PTA', 'donald.keller.22@sandbox-account.example.com', 'Donald', 'Keller', 1, 'active', 'Operations', 'Asia/Kolkata', '2021-08-28 13:53:27+00', '2026-11-30 09:08:21+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nRUbwWB3IMvUV596C9-PVw', 'annie.wilson.19748000@sandbox-account.example.com', 'Annie', 'Wilson', 1, 'active', 'Marketing', 'America/New_York', '2024-01-26 09:26:18+00', '2026-11-22 10:11:31+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nUEYsP-193EFZliBV2LBfQ', 'ida.lattner.19685000@sandbox-account.example.com', 'Ida', 'Lattner', 1, 'active', 'Operations', 'Europe/London', '2023-11-25 04:24:08+00', '2026-12-02 20:58:16+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ndyzfKpfvinXCw8nYWVTGg', 'donald.diffie.19544001@sandbox-account.example.com', 'Donald', 'Diffie', 1, 'active', 'Support', 'America/Chicago', '2023-07-06 20:29:22+00', '2026-11-26 06:58:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nwuRo9ipt-fk1ZVN9AwpIw', 'jean.lattner.19420000@sandbox-account.example.com', 'Jean', 'Lattner', 1, 'active', 'Operations', 'Australia/Sydney', '2023-03-05 03:41:18+00', '2026-11-20 13:56:25+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'o3u38pb2WfOrUcPMDEXm5A', 'chris.kernighan.19432000@sandbox-account.example.com', 'Chris', 'Kernighan', 1, 'active', 'Finance', 'America/Chicago', '2023-03-16 04:56:50+00', '2026-11-20 23:55:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'oHCegk-xDl5pPVL_gvF81w', 'radia.thompson.19758000@sandbox-account.example.com', 'Radia', 'Thompson', 1, 'active', 'Sales', 'Europe/Berlin', '2024-02-05 14:15:02+00', '2026-11-20 19:16:58+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'o_BXe8wGyHQHbsK8wr9TUQ', 'edsger.goldwasser.19445000@sandbox-account.example.com', 'Edsger', 'Goldwasser', 1, 'active', 'People', 'America/Chicago', '2023-03-29 20:35:18+00', '2026-11-20 03:13:32+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'oiRcT9bneEFgvREBJEcwXA', 'annie.easley.19735001@sandbox-account.example.com', 'Annie', 'Easley', 1, 'active', 'Finance', 'America/Los_Angeles', '2024-01-14 04:11:07+00', '2026-11-29 00:00:08+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ojFnH7RqhWVOXzEdOnSEQw', 'john.bernerslee.19678000@sandbox-account.example.com', 'John', 'Berners-Lee', 1, 'active', 'Sales', 'Australia/Sydney', '2023-11-17 15:33:48+00', '2026-11-26 09:29:09+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ovHYg0YRB7SEK-8Y0c5IKQ', 'barbara.vanrossum.19665000@sandbox-account.example.com', 'Barbara', 'van Rossum', 1, 'active', 'Finance', 'Europe/London', '2023-11-04 12:43:59+00', '2026-11-20 02:10:16+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'p6znoJ512l2C9U75Xcm4QA', 'dennis.allen.10@sandbox-account.example.com', 'Dennis', 'Allen', 2, 'active', 'Support', 'America/Los_Angeles', '2021-09-20 12:46:43+00', '2026-11-23 18:54:18+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'phfeHFrmkgPeDwRdLX9atg', 'hedy.liskov.15@sandbox-account.example.com', 'Hedy', 'Liskov', 1, 'active', 'People', 'Asia/Kolkata', '2022-01-04 23:05:18+00', '2026-11-22 06:25:31+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pj_2L9UK8_eD5RE-j-kseg', 'karen.rhodes.19394001@sandbox-account.example.com', 'Karen', 'Rhodes', 1, 'active', 'Finance', 'Asia/Tokyo', '2023-02-07 01:30:44+00', '2026-11-29 07:09:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pmDW1EiQZSxdMP96yIjRdQ', 'chris.lovelace.19425000@sandbox-account.example.com', 'Chris', 'Lovelace', 1, 'active', 'Engineering', 'America/Los_Angeles', '2023-03-09 12:21:43+00', '2026-12-01 00:25:46+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'porpd0OXNqu1N2XlnykH9A', 'brian.lamarr.19475001@sandbox-account.example.com', 'Brian', 'Lamarr', 1, 'active', 'Engineering', 'America/New_York', '2023-04-28 22:06:05+00', '2026-11-28 08:45:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'psDuZgYhz0ayKvWtR-1z0w', 'bjarne.matsumoto.19383001@sandbox-account.example.com', 'Bjarne', 'Matsumoto', 1, 'active', 'Finance', 'Asia/Kolkata', '2023-01-26 17:49:35+00', '2026-11-20 05:58:35+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'q24UDi2KZCPWD8AEbyjbfg', 'chris.lattner.19653000@sandbox-account.example.com', 'Chris', 'Lattner', 1, 'active', 'Support', 'America/Los_Angeles', '2023-10-23 06:53:48+00', '2026-11-25 17:29:24+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'qYvfDPlLf6iIF44BvV6TTQ', 'alan.thompson.19741000@sandbox-account.example.com', 'Alan', 'Thompson', 1, 'active', 'Operations', 'America/Los_Angeles', '2024-01-19 06:08:54+00', '2026-11-20 09:44:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'r3BzZ0s8-RnQSelIRwEvmw', 'edsger.knuth.19496001@sandbox-account.example.com', 'Edsger', 'Knuth', 1, 'active', 'Support', 'America/Chicago', '2023-05-20 03:43:50+00', '2026-11-26 01:32:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rL5c-gCaT_svF3Nax5TeYA', 'hedy.dahl.19605001@sandbox-account.example.com', 'Hedy', 'Dahl', 1, 'active', 'Operations', 'Australia/Sydney', '2023-09-05 16:22:04+00', '2026-11-25 22:27:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rmSG1a_HiCJLxjFqIOqwFQ', 'jean.wirth.19614000@sandbox-account.example.com', 'Jean', 'Wirth', 1, 'active', 'Sales', 'Europe/London', '2023-09-14 20:29:02+00', '2026-11-23 16:43:30+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 's-ytay03s-F2g28optp6pw', 'james.goldberg.19509000@sandbox-account.example.com', 'James', 'Goldberg', 1, 'active', 'Support', 'Europe/London', '2023-06-01 11:35:59+00', '2026-11-20 00:12:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sSu9UUCDMOdj3jB2ngFijQ', 'joan.clarke.19545000@sandbox-account.example.com', 'Joan', 'Clarke', 1, 'active', 'Marketing', 'Asia/Kolkata', '2023-07-07 08:30:27+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sewq0t5uDbcctvLavwmT9A', 'yukihiro.johnson.19419001@sandbox-account.example.com', 'Yukihiro', 'Johnson', 1, 'active', 'Legal', 'America/New_York', '2023-03-03 12:55:58+00', '2026-12-02 15:55:34+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 't7MkkKB4FOhf9DbYYsO7Sw', 'katherine.keller.19398000@sandbox-account.example.com', 'Katherine', 'Keller', 1, 'active', 'Marketing', 'America/Los_Angeles', '2023-02-10 06:27:52+00', '2026-11-27 00:00:31+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tHh8t75zaMsgqvT2ykQAHg', 'john.perlman.19641000@sandbox-account.example.com', 'John', 'Perlman', 1, 'active', 'Operations', 'Australia/Sydney', '2023-10-11 08:38:01+00', '2026-11-19 15:43:50+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tHlRGJ2lLj29tSNzBj2aqQ', 'james.goldberg.19@sandbox-account.example.com', 'James', 'Goldberg', 1, 'active', 'Marketing', 'Europe/Berlin', '2022-03-28 17:49:07+00', '2026-11-25 06:51:22+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ttapy_g6Wilq_yUwn7juyA', 'donald.conway.19607001@sandbox-account.example.com', 'Donald', 'Conway', 1, 'active', 'Marketing', 'America/Chicago', '2023-09-08 03:00:12+00', '2026-11-30 12:05:11+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'u9kXwnsrQMbnqCW5vqYrPw', 'adele.spärckjones.19571000@sandbox-account.example.com', 'Adele', 'Spärck Jones', 1, 'active', 'Engineering', 'America/Chicago', '2023-08-02 08:07:36+00', '2026-11-19 15:26:59+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'upWWWZmKPxVK1P2RCjBKyg', 'barbara.ritchie.19689000@sandbox-account.example.com', 'Barbara', 'Ritchie', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-11-28 12:22:36+00', '2026-11-27 21:11:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v4BlVaoet8YocXz1OwX_iA', 'james.hejlsberg.21@sandbox-account.example.com', 'James', 'Hejlsberg', 1, 'active', 'Marketing', 'America/New_York', '2021-01-16 15:47:18+00', '2026-11-21 13:35:16+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vA5yCA7MJMNRatRXXJJkBQ', 'radia.boyd.19396001@sandbox-account.example.com', 'Radia', 'Boyd', 1, 'active', 'Legal', 'Europe/Berlin', '2023-02-08 21:27:26+00', '2026-11-26 02:35:36+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vD13-Veb_wvPI_j89tKe2Q', 'annie.vanrossum.19691001@sandbox-account.example.com', 'Annie', 'van Rossum', 1, 'active', 'Operations', 'Australia/Sydney', '2023-11-30 10:33:04+00', '2026-11-19 03:25:32+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vESHHnfFvIStYzPDc2aJdA', 'katherine.turing.19656000@sandbox-account.example.com', 'Katherine', 'Turing', 1, 'active', 'Engineering', 'Asia/Kolkata', '2023-10-26 13:41:43+00', '2026-11-25 06:00:33+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vIJEiTM9BprWwoBqypOYDA', 'karen.hejlsberg.19430001@sandbox-account.example.com', 'Karen', 'Hejlsberg', 1, 'active', 'Operations', 'Europe/Berlin', '2023-03-14 22:39:23+00', '2026-11-22 23:59:29+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vPsY5CfdN7o_sMYa0YksqA', 'ada.keller.19715000@sandbox-account.example.com', 'Ada', 'Keller', 1, 'active', 'Support', 'Europe/Berlin', '2023-12-24 23:10:45+00', '2026-12-01 06:14:48+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vQkzmQWB4oPUiUzQfuVGmQ', 'chris.dijkstra.19688000@sandbox-account.example.com', 'Chris', 'Dijkstra', 1, 'active', 'Sales', 'America/Los_Angeles', '2023-11-27 06:50:16+00', '2026-12-01 21:21:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vWsGXFUKaBwDXBE3_AgY-w', 'edsger.perlman.19712001@sandbox-account.example.com', 'Edsger', 'Perlman', 1, 'active', 'Engineering', 'Europe/Berlin', '2023-12-21 13:43:38+00', '2026-11-22 17:48:42+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vXCIBDpi9Tpxw_M8fUZSvQ', 'sophie.goldwasser.19710001@sandbox-account.example.com', 'Sophie', 'Goldwasser', 1, 'active', 'Legal', 'America/Los_Angeles', '2023-12-20 03:42:46+00', '2026-11-29 03:54:33+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vdEBhHDBDwStG9Zb_O20Aw', 'ida.dahl.19603000@sandbox-account.example.com', 'Ida', 'Dahl', 1, 'active', 'People', 'Australia/Sydney', '2023-09-03 07:34:42+00', '2026-11-28 10:47:52+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vlOeWkVom3cqlZCllYJ8Bw', 'ken.picard.19731000@sandbox-account.example.com', 'Ken', 'Picard', 1, 'active', 'Legal', 'America/New_York', '2024-01-09 15:19:55+00', '2026-11-27 02:20:22+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vmSERVv9bn88761KHUdZpw', 'whitfield.ritchie.19409000@sandbox-account.example.com', 'Whitfield', 'Ritchie', 1, 'active', 'Marketing', 'Europe/Berlin', '2023-02-21 09:33:53+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vxBG08jCrg3DUvHbCDCXKQ', 'james.spärckjones.19690000@sandbox-account.example.com', 'James', 'Spärck Jones', 1, 'active', 'People', 'Asia/Kolkata', '2023-11-29 17:37:29+00', '2026-11-28 02:38:14+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'wEXvyfwER4SwiTJrFmmWiA', 'guido.turing.19501000@sandbox-account.example.com', 'Guido', 'Turing', 1, 'active', 'Operations', 'America/Los_Angeles', '2023-05-24 12:17:01+00', '2026-11-24 07:48:55+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'w_j25n5uhUMISipWWLwiig', 'sophie.spärckjones.19662001@sandbox-account.example.com', 'Sophie', 'Spärck Jones', 1, 'active', 'Marketing', 'Asia/Tokyo', '2023-11-02 00:24:38+00', '2026-11-19 17:12:59+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'wbkIsunSNxY8ZivaDDc_ZQ', 'katherine.keller.19643000@sandbox-account.example.com', 'Katherine', 'Keller', 1, 'active', 'Engineering', 'Europe/London', '2023-10-13 10:59:52+00', '2026-11-21 13:34:01+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xqGBjuugglvlhAeOM7utNA', 'sophie.picard.19755000@sandbox-account.example.com', 'Sophie', 'Picard', 1, 'active', 'People', 'Australia/Sydney', '2024-02-02 13:03:05+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xudK7usuVU0ZaH-EIhYEug', 'james.diffie.19367000@sandbox-account.example.com', 'James', 'Diffie', 1, 'active', 'Operations', 'Europe/London', '2023-01-10 14:50:55+00', '2026-11-28 15:21:43+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yEWRybJQ-c0fYuovdV5YhQ', 'niklaus.hamilton.19609000@sandbox-account.example.com', 'Niklaus', 'Hamilton', 1, 'active', 'Legal', 'Asia/Tokyo', '2023-09-09 20:25:11+00', '2026-11-28 19:28:15+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yGY0kdU5_5MThkOTkWBd3A', 'rosalind.perlman.19488000@sandbox-account.example.com', 'Rosalind', 'Perlman', 1, 'active', 'People', 'America/Los_Angeles', '2023-05-11 23:02:14+00', '2026-11-28 15:26:13+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yXinlLf-WZi0U2NGP7u8yA', 'lynn.dahl.5@sandbox-account.example.com', 'Lynn', 'Dahl', 1, 'active', 'Sales', 'Europe/London', '2022-01-02 05:35:03+00', '2026-11-30 12:14:39+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yccfqlsMD-xH_vxUW9jAvg', 'sophie.hamilton.19515001@sandbox-account.example.com', 'Sophie', 'Hamilton', 1, 'active', 'Support', 'America/Chicago', '2023-06-08 01:50:57+00', '2026-11-26 11:37:20+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yhixFLBx_mF1ql1yaGFwcg', 'evelyn.perlman.19437000@sandbox-account.example.com', 'Evelyn', 'Perlman', 1, 'active', 'Support', 'Asia/Tokyo', '2023-03-21 06:22:03+00', '2026-11-28 11:22:59+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ys7yKmyGg7w2REyEqiNuCg', 'barbara.dijkstra.19492000@sandbox-account.example.com', 'Barbara', 'Dijkstra', 1, 'active', 'Finance', 'Asia/Kolkata', '2023-05-15 11:07:03+00', NULL, '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zGB1yz_q5XWRPWocLJteeg', 'linus.goldberg.19686000@sandbox-account.example.com', 'Linus', 'Goldberg', 1, 'active', 'Engineering', 'Europe/Berlin', '2023-11-25 15:00:02+00', '2026-11-22 12:09:43+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zIl53rEXtwam8URovNLc4g', 'joan.kernighan.19697000@sandbox-account.example.com', 'Joan', 'Kernighan', 1, 'active', 'Marketing', 'Asia/Tokyo', '2023-12-07 00:01:01+00', '2026-11-30 12:53:05+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zmS9YuU5m2t0v32xH-AwRQ', 'tim.allen.19374000@sandbox-account.example.com', 'Tim', 'Allen', 1, 'active', 'People', 'Asia/Kolkata', '2023-01-17 19:07:34+00', '2026-11-28 04:54:26+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'znfs-XBtMPeKwX5ukj05CQ', 'mary.dahl.19789000@sandbox-account.example.com', 'Mary', 'Dahl', 1, 'active', 'Support', 'Europe/London', '2024-03-07 06:37:17+00', '2026-12-01 16:56:05+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zsA04HUCbLEViQbq4uOFIA', 'katherine.johnson.19509001@sandbox-account.example.com', 'Katherine', 'Johnson', 1, 'active', 'Support', 'America/New_York', '2023-06-02 00:21:45+00', '2026-11-23 14:49:36+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ztfcFzMf5kzYPFX2oIWFeA', 'brian.diffie.19535002@sandbox-account.example.com', 'Brian', 'Diffie', 1, 'active', 'Finance', 'America/New_York', '2023-06-27 18:28:15+00', '2026-11-25 08:16:00+00', '2026-12-03 13:25:58.465959+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-ZrPZuMYy94KnZJNonGIvw', 'karen.torvalds.19976000@sandbox-account.example.com', 'Karen', 'Torvalds', 1, 'active', 'Marketing', 'America/Los_Angeles', '2024-09-11 02:16:39+00', '2026-11-26 03:44:29+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-gCBs4ATuLMMsvLmHs7bAg', 'grace.wirth.19880000@sandbox-account.example.com', 'Grace', 'Wirth', 1, 'active', 'Operations', 'Asia/Kolkata', '2024-06-06 23:22:15+00', '2026-11-21 22:37:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-n5U3_RcBgvsjTTYD5t_Kg', 'barbara.perlman.20044000@sandbox-account.example.com', 'Barbara', 'Perlman', 1, 'active', 'Marketing', 'Asia/Tokyo', '2024-11-17 13:53:35+00', '2026-11-20 07:54:09+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '07LeKyor7bVnZoEIilu7gg', 'sophie.liskov.20032000@sandbox-account.example.com', 'Sophie', 'Liskov', 1, 'active', 'Finance', 'Europe/London', '2024-11-05 07:02:20+00', '2026-11-25 22:36:03+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0Kyrv8Lf91XhhUqKcacxHA', 'shafi.torvalds.19898001@sandbox-account.example.com', 'Shafi', 'Torvalds', 1, 'active', 'Operations', 'Australia/Sydney', '2024-06-24 13:08:34+00', '2026-11-20 05:09:12+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0eDjNP6O9evgHbizF2OaNQ', 'adele.goldwasser.20174000@sandbox-account.example.com', 'Adele', 'Goldwasser', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-03-28 02:46:54+00', '2026-11-20 06:01:53+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '17bemv1iYnScDZ1XuE-ZMA', 'adele.lamarr.20077000@sandbox-account.example.com', 'Adele', 'Lamarr', 1, 'active', 'People', 'Asia/Tokyo', '2024-12-20 22:50:22+00', '2026-12-02 18:37:38+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1Cz4v8GRLwm_e03L8BHfrg', 'donald.wirth.19851000@sandbox-account.example.com', 'Donald', 'Wirth', 1, 'active', 'Legal', 'Europe/Berlin', '2024-05-08 14:48:57+00', '2026-11-28 19:34:42+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1JtNoAECiCuDjIAsd70LOQ', 'hedy.lovelace.19972000@sandbox-account.example.com', 'Hedy', 'Lovelace', 1, 'active', 'Legal', 'Europe/London', '2024-09-06 09:06:40+00', '2026-12-01 19:23:07+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1OIWUMMNXS_GjfBnKpNf5A', 'niklaus.gosling.19945001@sandbox-account.example.com', 'Niklaus', 'Gosling', 1, 'active', 'Engineering', 'America/Chicago', '2024-08-10 08:52:18+00', '2026-11-26 04:01:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1OJf8TS2dzazioKvOFcCUQ', 'guido.rhodes.19915001@sandbox-account.example.com', 'Guido', 'Rhodes', 1, 'active', 'Marketing', 'America/New_York', '2024-07-11 19:44:55+00', '2026-11-25 17:52:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1Pd41Hju1um7ERvIe2nueA', 'whitfield.hejlsberg.20182001@sandbox-account.example.com', 'Whitfield', 'Hejlsberg', 1, 'active', 'Support', 'Europe/Berlin', '2025-04-05 02:21:23+00', '2026-11-22 04:38:03+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1YOClRHqOjoM7hIv8Mcbig', 'brian.torvalds.20153001@sandbox-account.example.com', 'Brian', 'Torvalds', 1, 'active', 'Support', 'America/Los_Angeles', '2025-03-06 23:20:56+00', '2026-11-29 03:17:16+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1ZuMzbOpgug2IF1YeZqFLA', 'edsger.dahl.19845001@sandbox-account.example.com', 'Edsger', 'Dahl', 1, 'active', 'Legal', 'Europe/London', '2024-05-02 19:32:43+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1ozW6PcSS3geRGgNvGOYdA', 'evelyn.dahl.19825001@sandbox-account.example.com', 'Evelyn', 'Dahl', 1, 'active', 'Operations', 'Europe/London', '2024-04-13 00:54:01+00', '2026-11-24 16:47:16+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '26CvlmyV_jtWoS57t2UaAw', 'joan.bartik.20011000@sandbox-account.example.com', 'Joan', 'Bartik', 1, 'active', 'Marketing', 'Asia/Kolkata', '2024-10-15 20:39:25+00', '2026-11-30 00:27:06+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '29F5mVnYGI1Y3u_Fg6ANHg', 'alan.torvalds.19888001@sandbox-account.example.com', 'Alan', 'Torvalds', 1, 'active', 'Operations', 'America/Chicago', '2024-06-14 16:41:27+00', '2026-11-27 08:49:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2SS9HjYBNT3TYalaLoQO9A', 'guido.turing.19824000@sandbox-account.example.com', 'Guido', 'Turing', 1, 'active', 'Sales', 'Australia/Sydney', '2024-04-11 13:34:14+00', '2026-11-28 21:21:56+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '37OJpovReHUEtZDpOCouxA', 'margaret.knuth.20105000@sandbox-account.example.com', 'Margaret', 'Knuth', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-01-17 11:00:50+00', '2026-11-23 00:04:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '40u5KGI4OHeTuT6adi8OFg', 'sophie.goldberg.20224001@sandbox-account.example.com', 'Sophie', 'Goldberg', 1, 'active', 'Marketing', 'America/Los_Angeles', '2025-05-16 20:31:13+00', '2026-12-01 05:23:57+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4BQrWDgrfiFpGGHyXsDyng', 'hedy.shaw.20234001@sandbox-account.example.com', 'Hedy', 'Shaw', 1, 'active', 'Legal', 'America/Chicago', '2025-05-26 19:09:34+00', '2026-11-25 21:51:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4CuiZXWAATRgfqd4X1srHQ', 'ken.hopper.20063000@sandbox-account.example.com', 'Ken', 'Hopper', 1, 'active', 'Marketing', 'Asia/Kolkata', '2024-12-07 02:36:03+00', '2026-11-22 20:01:38+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4EM8ECtcI0lhWBRdlzfTag', 'bjarne.hamilton.20230000@sandbox-account.example.com', 'Bjarne', 'Hamilton', 1, 'active', 'Marketing', 'America/Chicago', '2025-05-22 12:49:43+00', '2026-11-26 21:37:05+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4OONzmVwEGeJyGv6WACMHQ', 'mary.keller.19964001@sandbox-account.example.com', 'Mary', 'Keller', 1, 'active', 'Sales', 'Asia/Tokyo', '2024-08-29 20:10:10+00', '2026-12-01 05:49:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4Yj8d0hVrKDD8RqsG451Mw', 'dennis.torvalds.20043000@sandbox-account.example.com', 'Dennis', 'Torvalds', 1, 'active', 'Operations', 'America/Chicago', '2024-11-16 11:12:27+00', '2026-11-28 16:45:00+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4e0zGyBS75xLnFFS4oq26g', 'donald.goldwasser.20262000@sandbox-account.example.com', 'Donald', 'Goldwasser', 1, 'active', 'Operations', 'Australia/Sydney', '2025-06-23 10:53:09+00', '2026-12-01 06:43:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4pMHrf-xUNayXyubLpLEOw', 'leslie.lattner.20104000@sandbox-account.example.com', 'Leslie', 'Lattner', 1, 'active', 'Operations', 'America/New_York', '2025-01-17 01:22:57+00', '2026-11-21 21:23:15+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '54EfXtBF56KCEeYSHun7-A', 'niklaus.hamilton.19915003@sandbox-account.example.com', 'Niklaus', 'Hamilton', 1, 'active', 'Support', 'Europe/Berlin', '2024-07-11 23:38:25+00', '2026-11-24 11:40:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '54erPqj0kj8In2JLhZVK-w', 'ole.turing.20176000@sandbox-account.example.com', 'Ole', 'Turing', 1, 'active', 'People', 'Asia/Kolkata', '2025-03-29 06:30:51+00', '2026-11-27 06:30:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '5Jv8xC5qjHFrLD5VWtcefQ', 'katherine.matsumoto.20010000@sandbox-account.example.com', 'Katherine', 'Matsumoto', 1, 'active', 'Finance', 'America/Los_Angeles', '2024-10-14 07:55:31+00', '2026-11-22 12:59:31+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '5oeCCWnB1Syhvi-VcXm-8g', 'leslie.clarke.20291000@sandbox-account.example.com', 'Leslie', 'Clarke', 1, 'active', 'Support', 'America/Los_Angeles', '2025-07-22 09:26:23+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '5yeTZt_ahc0aJ8IT28i0ag', 'brian.torvalds.20005000@sandbox-account.example.com', 'Brian', 'Torvalds', 1, 'active', 'Operations', 'Europe/London', '2024-10-09 17:14:19+00', '2026-11-28 08:13:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '650-ZhAj4yDdTlZjfI0fWg', 'tim.lattner.20272000@sandbox-account.example.com', 'Tim', 'Lattner', 1, 'active', 'Support', 'Asia/Tokyo', '2025-07-03 14:56:20+00', '2026-11-20 17:16:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6RtBW-4HArt2okceD3iUGg', 'edsger.lattner.19878000@sandbox-account.example.com', 'Edsger', 'Lattner', 1, 'active', 'Sales', 'Australia/Sydney', '2024-06-04 14:44:07+00', '2026-11-25 22:28:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6j_MxJw-etm4xEn6ek-q-Q', 'tim.ritchie.19893001@sandbox-account.example.com', 'Tim', 'Ritchie', 1, 'active', 'Sales', 'America/Chicago', '2024-06-19 20:28:53+00', '2026-11-28 16:10:45+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6opQ7urUqJv6Zrrk63rxhw', 'frances.goldberg.20094000@sandbox-account.example.com', 'Frances', 'Goldberg', 1, 'active', 'Marketing', 'Europe/London', '2025-01-06 13:41:40+00', '2026-11-20 07:43:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6wM_HuwqxfhA9GAKmVy20w', 'mary.liskov.20017000@sandbox-account.example.com', 'Mary', 'Liskov', 1, 'active', 'Legal', 'America/New_York', '2024-10-21 11:16:37+00', '2026-11-21 10:35:51+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6zGbXwsr4cKbK5zBThKVrw', 'jean.diffie.20024000@sandbox-account.example.com', 'Jean', 'Diffie', 1, 'active', 'Marketing', 'Asia/Kolkata', '2024-10-28 04:19:50+00', '2026-11-30 18:00:24+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '75byWwXZiT18drTb8cogaA', 'leslie.liskov.20229000@sandbox-account.example.com', 'Leslie', 'Liskov', 1, 'active', 'Legal', 'Australia/Sydney', '2025-05-22 03:26:22+00', '2026-11-19 00:46:45+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7CLJfiXUtnQOYHD24EsXew', 'jean.diffie.19978000@sandbox-account.example.com', 'Jean', 'Diffie', 1, 'active', 'Sales', 'Asia/Tokyo', '2024-09-12 10:05:21+00', '2026-12-02 10:16:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7X3hM4kJYaCw0gS9SJvxzw', 'frances.bernerslee.20094001@sandbox-account.example.com', 'Frances', 'Berners-Lee', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-01-07 00:04:33+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7jEhQXLx16Yay3qFt6bNIQ', 'radia.diffie.20209000@sandbox-account.example.com', 'Radia', 'Diffie', 1, 'active', 'Legal', 'Asia/Kolkata', '2025-05-01 15:41:34+00', '2026-11-26 06:53:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7nW6ZOBaOaP-5NiOWbIWcw', 'linus.lamarr.20090001@sandbox-account.example.com', 'Linus', 'Lamarr', 1, 'active', 'Legal', 'Australia/Sydney', '2025-01-03 03:23:18+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '82eldypc9ZFV68QnhMnJOg', 'evelyn.hamilton.20070000@sandbox-account.example.com', 'Evelyn', 'Hamilton', 1, 'active', 'Sales', 'Europe/London', '2024-12-13 19:31:13+00', '2026-12-01 06:31:02+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8SDi0kXNYACK4d6XK8Oe5w', 'katherine.allen.20014000@sandbox-account.example.com', 'Katherine', 'Allen', 1, 'active', 'Support', 'Europe/London', '2024-10-18 09:08:07+00', '2026-11-23 22:51:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8aiP8puPIJM1pANa3rI_kg', 'bjarne.dijkstra.20173000@sandbox-account.example.com', 'Bjarne', 'Dijkstra', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-03-26 08:48:53+00', '2026-11-24 15:51:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8rotYs7LS4aHwmacBt8jsg', 'yukihiro.diffie.20159000@sandbox-account.example.com', 'Yukihiro', 'Diffie', 1, 'active', 'Sales', 'Europe/London', '2025-03-12 06:08:08+00', '2026-12-01 09:18:07+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8wsj2M81B8JB-UUmNklyRw', 'hedy.hopper.20056000@sandbox-account.example.com', 'Hedy', 'Hopper', 1, 'active', 'Support', 'America/Chicago', '2024-11-29 20:55:43+00', '2026-11-20 11:55:08+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9WF1KdKBGlQg4NZsUbop9g', 'bjarne.lamarr.19814000@sandbox-account.example.com', 'Bjarne', 'Lamarr', 1, 'active', 'Sales', 'Asia/Kolkata', '2024-04-01 04:39:18+00', '2026-11-24 11:03:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9mRhAuG0hMps-82mTH7XVQ', 'brian.vanrossum.20034000@sandbox-account.example.com', 'Brian', 'van Rossum', 1, 'active', 'Finance', 'Australia/Sydney', '2024-11-07 18:48:28+00', '2026-11-26 21:43:02+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9sjKTRcK-hjUf37nWuhxrA', 'james.conway.19891000@sandbox-account.example.com', 'James', 'Conway', 1, 'active', 'People', 'America/Los_Angeles', '2024-06-17 06:29:40+00', '2026-11-19 12:18:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9x3NKzsAfHXw1KH88PwaOA', 'jean.knuth.20192000@sandbox-account.example.com', 'Jean', 'Knuth', 1, 'active', 'Operations', 'America/Los_Angeles', '2025-04-14 11:59:04+00', '2026-12-01 23:58:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'APvBiKkKubl7OHMwEFfoZw', 'adele.allen.20042002@sandbox-account.example.com', 'Adele', 'Allen', 1, 'active', 'People', 'America/Chicago', '2024-11-15 21:37:57+00', '2026-11-22 10:36:48+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BCvFVD6sUXHmGvEFBV1mbQ', 'bjarne.lattner.19839001@sandbox-account.example.com', 'Bjarne', 'Lattner', 1, 'active', 'Operations', 'Europe/London', '2024-04-26 22:38:12+00', '2026-11-24 00:11:18+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BIzOtsJj5jAJOc_Gyic2rg', 'bjarne.thompson.19817000@sandbox-account.example.com', 'Bjarne', 'Thompson', 1, 'active', 'Operations', 'Asia/Kolkata', '2024-04-04 05:38:45+00', '2026-11-26 09:40:01+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BfGVWo77rGU55m8lZtRIpg', 'leslie.picard.20202000@sandbox-account.example.com', 'Leslie', 'Picard', 1, 'active', 'Finance', 'America/New_York', '2025-04-24 12:30:16+00', '2026-12-01 22:32:02+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'C3COBSzMaRM1Xn5oTf0j-g', 'jean.wirth.20161000@sandbox-account.example.com', 'Jean', 'Wirth', 1, 'active', 'Legal', 'America/Chicago', '2025-03-14 14:18:12+00', '2026-11-20 16:31:45+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'CGDdDcmIafAS348zlzNbfA', 'carol.lamarr.20025000@sandbox-account.example.com', 'Carol', 'Lamarr', 1, 'active', 'Sales', 'America/Chicago', '2024-10-29 10:12:31+00', '2026-11-29 06:20:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'CJibgSfEcllbHXs1a74hHw', 'yukihiro.vanrossum.20021000@sandbox-account.example.com', 'Yukihiro', 'van Rossum', 1, 'active', 'Sales', 'Europe/London', '2024-10-25 19:23:29+00', '2026-11-22 16:03:42+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'CLKTgkA5zOZYtgxm-SykBA', 'ida.conway.20115000@sandbox-account.example.com', 'Ida', 'Conway', 1, 'active', 'Sales', 'Australia/Sydney', '2025-01-27 14:17:26+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Cdh-c87BfgewXjwxgDLsuA', 'linus.gosling.20256000@sandbox-account.example.com', 'Linus', 'Gosling', 1, 'active', 'Engineering', 'Asia/Tokyo', '2025-06-18 01:34:37+00', '2026-11-21 08:36:02+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Co8FdFFqbrtuOgJwK9ggFg', 'bjarne.picard.19921000@sandbox-account.example.com', 'Bjarne', 'Picard', 1, 'active', 'Support', 'Australia/Sydney', '2024-07-17 06:12:51+00', '2026-11-19 15:13:21+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Cv3FmlBrwyt4vkw2fXBj1w', 'alan.perlman.20234000@sandbox-account.example.com', 'Alan', 'Perlman', 1, 'active', 'Marketing', 'Europe/Berlin', '2025-05-26 11:05:51+00', '2026-11-20 03:07:13+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DCLm6RBhe2lnt4lpN8Z-uQ', 'katherine.lovelace.20049000@sandbox-account.example.com', 'Katherine', 'Lovelace', 1, 'active', 'People', 'Asia/Kolkata', '2024-11-23 03:17:54+00', '2026-11-21 00:01:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DDBhQ1FnqCqqhIiWUi2oLA', 'radia.perlman.19933000@sandbox-account.example.com', 'Radia', 'Perlman', 1, 'active', 'Finance', 'Europe/London', '2024-07-29 19:46:07+00', '2026-11-30 21:35:13+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DDNG09_YsGLBrHTHtngepw', 'ken.keller.20060000@sandbox-account.example.com', 'Ken', 'Keller', 1, 'active', 'Operations', 'Europe/London', '2024-12-03 12:23:22+00', '2026-11-22 21:40:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DM4oNNlHkUdWU-H7IolMmw', 'chris.lattner.19884000@sandbox-account.example.com', 'Chris', 'Lattner', 1, 'active', 'Legal', 'Europe/London', '2024-06-11 01:36:48+00', '2026-11-22 00:37:55+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DQmSGsx7_rLzXm_Sd7WflQ', 'tim.lattner.20251000@sandbox-account.example.com', 'Tim', 'Lattner', 1, 'active', 'Operations', 'Australia/Sydney', '2025-06-12 06:46:05+00', '2026-12-02 17:29:21+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DZY1fwQqrnzA3ySMfZ4f7Q', 'joan.keller.19836000@sandbox-account.example.com', 'Joan', 'Keller', 1, 'active', 'Legal', 'Asia/Tokyo', '2024-04-23 05:35:39+00', '2026-11-25 14:03:12+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DZhRIiQ7azgSGOPxcUZJtQ', 'tim.ritchie.20193001@sandbox-account.example.com', 'Tim', 'Ritchie', 1, 'active', 'People', 'Asia/Tokyo', '2025-04-16 03:22:53+00', '2026-11-19 00:26:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DlJ3jnvceZskNY7x2qXpgw', 'lynn.matsumoto.19928000@sandbox-account.example.com', 'Lynn', 'Matsumoto', 1, 'active', 'Marketing', 'Asia/Tokyo', '2024-07-24 17:22:30+00', '2026-11-27 07:00:03+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Dn6QmFnxyk8Ba5nk1WzGMQ', 'guido.matsumoto.20153000@sandbox-account.example.com', 'Guido', 'Matsumoto', 1, 'active', 'Finance', 'Europe/Berlin', '2025-03-06 22:36:35+00', '2026-11-21 06:58:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FAa_oRQpRfIVmjGINndUkA', 'adele.johnson.19930002@sandbox-account.example.com', 'Adele', 'Johnson', 1, 'active', 'People', 'America/Chicago', '2024-07-26 23:10:42+00', '2026-11-19 23:36:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Fxq8UB0cQCA2xXnqXPR65Q', 'ida.vanrossum.20088000@sandbox-account.example.com', 'Ida', 'van Rossum', 1, 'active', 'Finance', 'Europe/Berlin', '2024-12-31 15:39:58+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GOPmQk3__kvD42uQahK7zA', 'ida.knuth.19990000@sandbox-account.example.com', 'Ida', 'Knuth', 1, 'active', 'Sales', 'America/New_York', '2024-09-25 03:55:23+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HMXdQHQcnEz4p7NBMbyOvg', 'linus.gosling.20097001@sandbox-account.example.com', 'Linus', 'Gosling', 1, 'active', 'Sales', 'America/New_York', '2025-01-09 18:12:53+00', '2026-11-19 20:44:09+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HOUcsweLxi-HvxwWdVDIUA', 'lynn.bernerslee.20032001@sandbox-account.example.com', 'Lynn', 'Berners-Lee', 1, 'active', 'Engineering', 'America/New_York', '2024-11-05 21:50:26+00', '2026-11-28 15:25:48+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HxvIsUhm6dI6WFSP2Ca0Nw', 'donald.lattner.19913000@sandbox-account.example.com', 'Donald', 'Lattner', 1, 'active', 'Engineering', 'America/Los_Angeles', '2024-07-09 15:14:02+00', '2026-11-27 16:27:09+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'I7OMKRwELEIUlZftuz6x9w', 'margaret.gosling.19935000@sandbox-account.example.com', 'Margaret', 'Gosling', 1, 'active', 'Sales', 'America/Chicago', '2024-07-31 05:36:50+00', '2026-11-28 14:40:15+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'If7HcxPV5Bhd7R2BF27tmw', 'mary.lamport.20137000@sandbox-account.example.com', 'Mary', 'Lamport', 1, 'active', 'Marketing', 'Asia/Kolkata', '2025-02-18 21:48:58+00', '2026-11-23 02:58:30+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Iq2YtFUNRtJ_Yd6sQ7Pfaw', 'rosalind.lamport.20068002@sandbox-account.example.com', 'Rosalind', 'Lamport', 1, 'active', 'Support', 'Europe/Berlin', '2024-12-11 15:21:38+00', '2026-11-28 08:43:14+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JNcYNztTRbN8OsXioM9c1g', 'brian.lamarr.20130001@sandbox-account.example.com', 'Brian', 'Lamarr', 1, 'active', 'Legal', 'America/Chicago', '2025-02-11 10:51:33+00', '2026-11-28 09:10:10+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JPp19O5zkuJuHBGHFlRwmg', 'karen.johnson.19982000@sandbox-account.example.com', 'Karen', 'Johnson', 1, 'active', 'Finance', 'Australia/Sydney', '2024-09-16 15:48:22+00', '2026-11-22 18:11:59+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JZ5F9NKQ_oHUG-8l9CIsXw', 'chris.johnson.20248001@sandbox-account.example.com', 'Chris', 'Johnson', 1, 'active', 'Engineering', 'America/Chicago', '2025-06-10 03:22:26+00', '2026-12-01 03:54:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'J_8UMMv4UYmQA5fzSqs85g', 'frances.torvalds.20007000@sandbox-account.example.com', 'Frances', 'Torvalds', 1, 'active', 'Sales', 'Europe/London', '2024-10-11 15:05:09+00', '2026-11-30 21:52:28+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'KV5KySKmT37MQCbSkqm59g', 'dennis.lamport.20131000@sandbox-account.example.com', 'Dennis', 'Lamport', 1, 'active', 'Finance', 'Asia/Kolkata', '2025-02-12 14:07:02+00', '2026-11-26 14:51:56+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Kk8nAT3HHW0mGZdFifEb5w', 'tim.boyd.20286000@sandbox-account.example.com', 'Tim', 'Boyd', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-07-17 11:05:53+00', '2026-11-22 11:00:36+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'KyulgBjT2FlqEw6E7i-A0g', 'donald.turing.19975000@sandbox-account.example.com', 'Donald', 'Turing', 1, 'active', 'Sales', 'Australia/Sydney', '2024-09-09 17:59:07+00', '2026-11-20 02:17:29+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'L-CTk2nnjivm9hY07uAN3g', 'margaret.liskov.20147001@sandbox-account.example.com', 'Margaret', 'Liskov', 1, 'active', 'Marketing', 'America/Los_Angeles', '2025-02-28 12:09:31+00', '2026-11-27 03:01:39+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LFYKdODkKe0BkhWT0NtXGQ', 'chris.easley.19842000@sandbox-account.example.com', 'Chris', 'Easley', 1, 'active', 'People', 'America/Chicago', '2024-04-29 12:19:49+00', '2026-11-23 16:56:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LathL-6g41NkEZOFMfiikg', 'anders.stroustrup.20224000@sandbox-account.example.com', 'Anders', 'Stroustrup', 1, 'active', 'Engineering', 'Europe/London', '2025-05-16 17:35:23+00', '2026-11-27 00:07:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LbOEd-miTF38JmQzqZnQfQ', 'niklaus.picard.20050000@sandbox-account.example.com', 'Niklaus', 'Picard', 1, 'active', 'Legal', 'Australia/Sydney', '2024-11-23 17:08:21+00', '2026-11-24 15:08:15+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LpJsAMKdoZLc0xEIDOcxaA', 'leslie.gosling.20048000@sandbox-account.example.com', 'Leslie', 'Gosling', 1, 'active', 'Engineering', 'America/New_York', '2024-11-21 10:21:57+00', '2026-12-01 09:24:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Lv6ff53wZG6_E6mez9JzCw', 'james.liskov.20119000@sandbox-account.example.com', 'James', 'Liskov', 1, 'active', 'Legal', 'Europe/London', '2025-01-31 23:43:46+00', '2026-11-24 21:46:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'MPo9Q7SSdXW6tzOxsDnKpg', 'linus.wirth.20186002@sandbox-account.example.com', 'Linus', 'Wirth', 1, 'active', 'Legal', 'America/Los_Angeles', '2025-04-08 21:05:02+00', '2026-11-27 09:23:45+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'MqU3e-3t4x3eyJml9JZ5lw', 'dennis.keller.19815000@sandbox-account.example.com', 'Dennis', 'Keller', 1, 'active', 'Support', 'Europe/Berlin', '2024-04-02 05:35:49+00', '2026-11-27 03:14:29+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Mwsm9oG0QekEnVB7saH-vg', 'bjarne.wilson.20228000@sandbox-account.example.com', 'Bjarne', 'Wilson', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-05-20 17:17:24+00', '2026-11-27 08:47:55+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'N3cIG8KV-1x-RadS7OF1eA', 'anders.keller.20244000@sandbox-account.example.com', 'Anders', 'Keller', 1, 'active', 'Marketing', 'America/New_York', '2025-06-05 09:37:45+00', '2026-11-30 06:33:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Nk4Ap6Zi8qj4pUPtEflcIw', 'john.kernighan.20099002@sandbox-account.example.com', 'John', 'Kernighan', 1, 'active', 'Legal', 'Europe/Berlin', '2025-01-11 20:46:45+00', '2026-11-24 23:04:16+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'NwSdCLgwsdQzL84Ig-XXyQ', 'katherine.goldwasser.19848000@sandbox-account.example.com', 'Katherine', 'Goldwasser', 1, 'active', 'Finance', 'Asia/Tokyo', '2024-05-05 17:46:09+00', '2026-12-01 02:23:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'O0VeTlC8Sy2ppUp5Zs9Zrg', 'annie.lovelace.19810000@sandbox-account.example.com', 'Annie', 'Lovelace', 1, 'active', 'Marketing', 'America/Chicago', '2024-03-28 21:41:00+00', '2026-11-21 21:36:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OPMxueCw4xzZNP492KYMHw', 'evelyn.bartik.20186001@sandbox-account.example.com', 'Evelyn', 'Bartik', 1, 'active', 'Finance', 'Asia/Tokyo', '2025-04-08 15:44:22+00', '2026-11-28 15:13:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OiTwlboVm4qfvwB25nJMJQ', 'barbara.johnson.20010001@sandbox-account.example.com', 'Barbara', 'Johnson', 1, 'active', 'Sales', 'Australia/Sydney', '2024-10-14 12:12:23+00', '2026-11-29 22:15:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ol1C1SeRWTuHja6zU1NLvA', 'dennis.gosling.19957000@sandbox-account.example.com', 'Dennis', 'Gosling', 1, 'active', 'Operations', 'Australia/Sydney', '2024-08-22 09:30:52+00', '2026-11-27 14:39:51+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OttaoYF1oFEwFgZHjUiNsQ', 'dennis.hejlsberg.19984000@sandbox-account.example.com', 'Dennis', 'Hejlsberg', 1, 'active', 'Finance', 'Asia/Kolkata', '2024-09-18 08:09:39+00', '2026-11-28 15:40:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OxWQYeG5TWPcohoQx5Pkkg', 'carol.stroustrup.20046002@sandbox-account.example.com', 'Carol', 'Stroustrup', 1, 'active', 'Legal', 'America/New_York', '2024-11-20 01:41:23+00', '2026-11-25 18:44:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'P-L-oQq9E7KBCInyxbnKrw', 'adele.easley.20088001@sandbox-account.example.com', 'Adele', 'Easley', 1, 'active', 'People', 'Asia/Kolkata', '2024-12-31 19:19:27+00', '2026-11-21 13:33:16+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'PBbbyeGmq0V-zghcjKmtew', 'alan.picard.19991000@sandbox-account.example.com', 'Alan', 'Picard', 1, 'active', 'Finance', 'America/Chicago', '2024-09-25 09:28:08+00', '2026-11-27 18:38:55+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'PXSzSZehII2CgHkTrjVDsA', 'barbara.picard.20119001@sandbox-account.example.com', 'Barbara', 'Picard', 1, 'active', 'Finance', 'Australia/Sydney', '2025-02-01 00:29:45+00', '2026-11-25 03:26:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Pn75tAOCvuhgTLIKXXo0Ng', 'evelyn.lattner.20181000@sandbox-account.example.com', 'Evelyn', 'Lattner', 1, 'active', 'Sales', 'Europe/Berlin', '2025-04-03 06:48:31+00', '2026-11-26 17:44:57+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Pt9Tym90aghAvJsqX9U7tg', 'joan.conway.19825000@sandbox-account.example.com', 'Joan', 'Conway', 1, 'active', 'Marketing', 'Australia/Sydney', '2024-04-12 09:12:17+00', '2026-11-20 18:39:00+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'PvRvVPtp3TCuH5wER9TIaA', 'barbara.wilson.19945000@sandbox-account.example.com', 'Barbara', 'Wilson', 1, 'active', 'Marketing', 'Asia/Tokyo', '2024-08-10 07:09:59+00', '2026-11-27 07:59:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Px1kJInVcjaZ9QomC3gSQA', 'edsger.hopper.19816000@sandbox-account.example.com', 'Edsger', 'Hopper', 1, 'active', 'Support', 'America/Chicago', '2024-04-04 02:40:08+00', '2026-12-02 09:42:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Q4E1gcFhoKStUHB5EN6bVQ', 'whitfield.lattner.19972001@sandbox-account.example.com', 'Whitfield', 'Lattner', 1, 'active', 'Sales', 'Asia/Kolkata', '2024-09-06 18:51:03+00', '2026-11-19 06:25:37+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Q8zMCoKy8RPNA9JuubYCRw', 'evelyn.clarke.20269000@sandbox-account.example.com', 'Evelyn', 'Clarke', 1, 'active', 'Support', 'America/Chicago', '2025-06-30 11:06:12+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QToBsLGEMXUCR5xCpsztAg', 'radia.perlman.19842001@sandbox-account.example.com', 'Radia', 'Perlman', 1, 'active', 'Engineering', 'Australia/Sydney', '2024-04-29 14:56:01+00', '2026-12-02 01:53:57+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QtDwkNaRSqxFTqWaCtFE3w', 'edsger.gosling.20182000@sandbox-account.example.com', 'Edsger', 'Gosling', 1, 'active', 'People', 'Europe/Berlin', '2025-04-04 22:09:46+00', '2026-11-28 03:24:08+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'R2GThox1CbWrxgKscNh-sA', 'sophie.hejlsberg.20025001@sandbox-account.example.com', 'Sophie', 'Hejlsberg', 1, 'active', 'People', 'America/Chicago', '2024-10-29 23:02:34+00', '2026-12-01 20:05:06+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'R9oPzxWrvyScFzvCL7ZXmg', 'frances.matsumoto.20040000@sandbox-account.example.com', 'Frances', 'Matsumoto', 1, 'active', 'Marketing', 'Asia/Tokyo', '2024-11-14 00:11:21+00', '2026-11-21 00:32:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RHGYP5JLf_nwwvG-AVJekw', 'radia.turing.20201001@sandbox-account.example.com', 'Radia', 'Turing', 1, 'active', 'Finance', 'Asia/Tokyo', '2025-04-23 15:07:50+00', '2026-11-19 05:10:46+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RIfi76FPb4JSqdyp2n1WUA', 'ada.diffie.20208001@sandbox-account.example.com', 'Ada', 'Diffie', 1, 'active', 'Sales', 'Asia/Kolkata', '2025-04-30 22:07:09+00', '2026-11-25 18:28:53+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ROx-yY5Iq2RoiFuwVU8Zng', 'mary.clarke.20291001@sandbox-account.example.com', 'Mary', 'Clarke', 1, 'active', 'Engineering', 'Asia/Kolkata', '2025-07-22 22:26:29+00', '2026-11-28 06:09:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RgNKh9ygdZXacsP2q34RYQ', 'ken.goldwasser.19984001@sandbox-account.example.com', 'Ken', 'Goldwasser', 1, 'active', 'Sales', 'America/New_York', '2024-09-18 12:20:22+00', '2026-11-25 19:28:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RpAtyKZWf3pRLZ36VKvQLQ', 'niklaus.hamilton.19899000@sandbox-account.example.com', 'Niklaus', 'Hamilton', 1, 'active', 'Legal', 'America/New_York', '2024-06-25 17:56:51+00', '2026-11-22 19:09:51+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'S0tFIkK_zfVDqVa5EY414A', 'whitfield.lattner.19809001@sandbox-account.example.com', 'Whitfield', 'Lattner', 1, 'active', 'Sales', 'Australia/Sydney', '2024-03-27 18:09:34+00', '2026-11-23 13:37:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Sac-C7wlPBuDy6TEYNs8Hg', 'jean.lamport.20041000@sandbox-account.example.com', 'Jean', 'Lamport', 1, 'active', 'Legal', 'America/Chicago', '2024-11-14 17:08:54+00', '2026-11-24 23:12:21+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SykfgN5qGhOaNJAkRDxO_g', 'edsger.gosling.19814001@sandbox-account.example.com', 'Edsger', 'Gosling', 1, 'active', 'Sales', 'Europe/Berlin', '2024-04-02 02:19:33+00', '2026-11-27 21:01:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'T2bnoNV0F0eFsUcb9yhzmA', 'frances.conway.20035000@sandbox-account.example.com', 'Frances', 'Conway', 1, 'active', 'Sales', 'America/Chicago', '2024-11-08 09:12:46+00', '2026-11-26 01:46:38+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ThgrAjz-4cmTiF7O7NlA4w', 'dennis.thompson.20045000@sandbox-account.example.com', 'Dennis', 'Thompson', 1, 'active', 'Operations', 'Australia/Sydney', '2024-11-18 20:08:34+00', '2026-11-20 06:41:15+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Tx-eIe8H3sTSXLyFLBpGTA', 'dennis.thompson.19978001@sandbox-account.example.com', 'Dennis', 'Thompson', 1, 'active', 'Operations', 'America/Chicago', '2024-09-12 16:57:54+00', '2026-11-29 15:26:38+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ty_fDfdc1LpidiBkXPp94w', 'edsger.mccarthy.20239000@sandbox-account.example.com', 'Edsger', 'McCarthy', 1, 'active', 'Support', 'America/Los_Angeles', '2025-05-31 12:29:18+00', '2026-11-20 02:06:39+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'U9qwWY5ALTXsc_hUEuhEiQ', 'yukihiro.hamilton.20168000@sandbox-account.example.com', 'Yukihiro', 'Hamilton', 1, 'active', 'Support', 'Asia/Kolkata', '2025-03-21 20:41:49+00', '2026-11-30 04:40:30+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UP7laWVycCY8cYMAgct0cw', 'carol.gosling.19910000@sandbox-account.example.com', 'Carol', 'Gosling', 1, 'active', 'Marketing', 'Asia/Kolkata', '2024-07-06 21:02:22+00', '2026-11-21 17:45:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UbS97bysuu2CefoVCxbe7A', 'guido.keller.20140000@sandbox-account.example.com', 'Guido', 'Keller', 1, 'active', 'Finance', 'Asia/Kolkata', '2025-02-21 06:21:28+00', '2026-11-28 07:32:32+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Uj0D66yMBn64EP_t4XqTdg', 'katherine.clarke.19898000@sandbox-account.example.com', 'Katherine', 'Clarke', 1, 'active', 'Engineering', 'America/Los_Angeles', '2024-06-24 05:32:46+00', '2026-12-02 18:35:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VHmRI6Jrmew06vdmm5tH4A', 'lynn.picard.19986001@sandbox-account.example.com', 'Lynn', 'Picard', 1, 'active', 'Marketing', 'Europe/Berlin', '2024-09-21 03:31:32+00', '2026-12-02 20:50:48+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VUEZ1UlMuG4YGwnEfCMytA', 'shafi.clarke.20254002@sandbox-account.example.com', 'Shafi', 'Clarke', 1, 'active', 'People', 'America/New_York', '2025-06-15 17:55:12+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VVNEX1gKkTE8HJO_gRTohQ', 'leslie.keller.19977000@sandbox-account.example.com', 'Leslie', 'Keller', 1, 'active', 'Legal', 'Europe/Berlin', '2024-09-11 12:46:52+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VawrNtfw9vB8xQr1OcDWKw', 'carol.thompson.20234002@sandbox-account.example.com', 'Carol', 'Thompson', 1, 'active', 'Legal', 'America/Chicago', '2025-05-26 22:36:24+00', '2026-11-22 04:19:13+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VbpF6iDJfPteM8OaaEkY1A', 'dennis.lattner.20074001@sandbox-account.example.com', 'Dennis', 'Lattner', 1, 'active', 'People', 'Asia/Kolkata', '2024-12-18 00:33:00+00', '2026-11-30 15:59:53+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VdHqaEe-7n7nP02Wyn16Ww', 'katherine.lamport.20201000@sandbox-account.example.com', 'Katherine', 'Lamport', 1, 'active', 'Support', 'America/Chicago', '2025-04-23 04:35:38+00', '2026-11-23 16:46:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Vq4fXjHS_TrKeWd89EJS6Q', 'donald.easley.20254000@sandbox-account.example.com', 'Donald', 'Easley', 1, 'active', 'Sales', 'Europe/Berlin', '2025-06-15 05:46:46+00', '2026-11-29 18:37:19+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VrE492DZ4mccuEEJ4kLA-w', 'brian.boyd.20264000@sandbox-account.example.com', 'Brian', 'Boyd', 1, 'active', 'Finance', 'America/Chicago', '2025-06-26 02:16:58+00', '2026-11-21 16:45:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VsBHSlPWPYRBZuODe2Wunw', 'mary.thompson.20095000@sandbox-account.example.com', 'Mary', 'Thompson', 1, 'active', 'Marketing', 'Asia/Tokyo', '2025-01-08 03:22:09+00', '2026-12-01 17:12:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WNTUjD94NvPtUEftBNY9hQ', 'jean.allen.19963000@sandbox-account.example.com', 'Jean', 'Allen', 1, 'active', 'Legal', 'Asia/Kolkata', '2024-08-28 21:11:24+00', '2026-11-21 02:30:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WQHI4_yY0zu-GxX7dlo0nA', 'james.turing.20143000@sandbox-account.example.com', 'James', 'Turing', 1, 'active', 'Sales', 'America/New_York', '2025-02-24 05:58:30+00', '2026-11-25 06:25:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WjrfiLSxv3ufek2QmvvcMw', 'rosalind.gosling.20207000@sandbox-account.example.com', 'Rosalind', 'Gosling', 1, 'active', 'Engineering', 'Australia/Sydney', '2025-04-30 03:05:49+00', '2026-11-19 10:15:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WjzYRak4RF8oypgS3qkm6A', 'ida.shaw.20068000@sandbox-account.example.com', 'Ida', 'Shaw', 1, 'active', 'Operations', 'America/Chicago', '2024-12-11 05:51:37+00', '2026-11-24 17:00:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WlaHVFa_XQeKRg8bu2myqg', 'guido.clarke.19843000@sandbox-account.example.com', 'Guido', 'Clarke', 1, 'active', 'People', 'America/Chicago', '2024-04-30 05:47:16+00', '2026-11-20 13:37:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WoODlRLix8-_KncAhvHh_Q', 'tim.conway.19820000@sandbox-account.example.com', 'Tim', 'Conway', 1, 'active', 'Finance', 'Australia/Sydney', '2024-04-08 02:07:47+00', '2026-11-26 03:29:33+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WqVhkCKdEs1KEN-wdxp2TQ', 'whitfield.lamport.20241000@sandbox-account.example.com', 'Whitfield', 'Lamport', 1, 'active', 'Marketing', 'Asia/Tokyo', '2025-06-02 09:54:59+00', '2026-11-22 02:35:34+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XATlCtz5ESan7Ly59_xy5Q', 'chris.boyd.19836001@sandbox-account.example.com', 'Chris', 'Boyd', 1, 'active', 'People', 'Asia/Kolkata', '2024-04-23 08:33:28+00', '2026-11-29 20:40:04+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XGpI5GqRvpDaB3fHIbwyZg', 'alan.picard.19873000@sandbox-account.example.com', 'Alan', 'Picard', 1, 'active', 'Finance', 'Europe/London', '2024-05-30 19:27:32+00', '2026-11-22 15:52:55+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XW7fD8g9htyvp4R2Fczikw', 'ole.goldberg.19921001@sandbox-account.example.com', 'Ole', 'Goldberg', 1, 'active', 'Sales', 'America/Chicago', '2024-07-18 03:09:16+00', '2026-11-24 07:10:47+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XizWJEpJO0vo7HqgsYi2Yg', 'adele.picard.19888000@sandbox-account.example.com', 'Adele', 'Picard', 1, 'active', 'Operations', 'America/Chicago', '2024-06-14 16:10:18+00', '2026-11-28 19:46:42+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XjJYkyf5I8g9j5q4_DnXdA', 'lynn.stroustrup.19954000@sandbox-account.example.com', 'Lynn', 'Stroustrup', 1, 'active', 'Sales', 'America/Los_Angeles', '2024-08-19 15:52:08+00', '2026-11-22 04:25:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XnUqmUNV5X3tU9JM_irB4Q', 'barbara.bernerslee.19809002@sandbox-account.example.com', 'Barbara', 'Berners-Lee', 1, 'active', 'People', 'America/Chicago', '2024-03-27 23:43:15+00', '2026-11-27 18:30:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Y-Fisvj5370VVQT3JExZ-w', 'ada.dahl.20036000@sandbox-account.example.com', 'Ada', 'Dahl', 1, 'active', 'Finance', 'Asia/Kolkata', '2024-11-10 04:21:19+00', '2026-11-21 16:04:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Y1-90b2ln5P_r5KI3S3o5g', 'rosalind.lamarr.20080001@sandbox-account.example.com', 'Rosalind', 'Lamarr', 1, 'active', 'Operations', 'Europe/London', '2024-12-23 12:16:00+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YPeCz88NnmdCcJ9YjzMeGg', 'margaret.hamilton.20283000@sandbox-account.example.com', 'Margaret', 'Hamilton', 1, 'active', 'Finance', 'Australia/Sydney', '2025-07-14 05:40:29+00', '2026-11-25 06:10:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YTyWiiuXP07DImcMExL_8Q', 'anders.shaw.20179000@sandbox-account.example.com', 'Anders', 'Shaw', 1, 'active', 'People', 'Asia/Tokyo', '2025-04-01 21:00:39+00', '2026-11-19 05:10:41+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ybq4QFOAZLP69oiYB9bvHg', 'linus.mccarthy.20154000@sandbox-account.example.com', 'Linus', 'McCarthy', 1, 'active', 'Marketing', 'America/Chicago', '2025-03-07 23:06:53+00', '2026-11-20 00:47:27+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YeDzjsYk65cEBIDXMVP0Ag', 'margaret.hopper.20084000@sandbox-account.example.com', 'Margaret', 'Hopper', 1, 'active', 'People', 'Australia/Sydney', '2024-12-27 06:12:25+00', '2026-11-25 02:41:18+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Z2aOR3DfX9W9jJD15GU3EQ', 'rosalind.wilson.20035001@sandbox-account.example.com', 'Rosalind', 'Wilson', 1, 'active', 'Engineering', 'Asia/Kolkata', '2024-11-08 12:04:09+00', '2026-12-02 22:14:03+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZBhAZDekcX60Vg4HrjtcbA', 'radia.diffie.19893000@sandbox-account.example.com', 'Radia', 'Diffie', 1, 'active', 'Operations', 'America/New_York', '2024-06-19 16:28:26+00', '2026-11-26 22:25:30+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZNfEqPnABQh-ZWyLJcAlEQ', 'dennis.diffie.19877000@sandbox-account.example.com', 'Dennis', 'Diffie', 1, 'active', 'People', 'America/New_York', '2024-06-04 00:01:01+00', '2026-11-26 14:32:03+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZOgNGFSmF5DZisYJnx-qkw', 'karen.vanrossum.19944000@sandbox-account.example.com', 'Karen', 'van Rossum', 1, 'active', 'Support', 'America/Chicago', '2024-08-09 04:40:38+00', '2026-11-22 09:14:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Zcxl8FihbctUZlrO2R7Lkg', 'joan.lovelace.19901000@sandbox-account.example.com', 'Joan', 'Lovelace', 1, 'active', 'Sales', 'Europe/London', '2024-06-27 16:10:36+00', '2026-11-25 03:29:42+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_03kiRmYfIcGYS76S35GIA', 'dennis.picard.20290000@sandbox-account.example.com', 'Dennis', 'Picard', 1, 'active', 'Operations', 'Europe/Berlin', '2025-07-21 10:14:56+00', '2026-11-27 06:09:01+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_R2Yl3_ZN0Hp4gOiap20KA', 'barbara.hamilton.19850000@sandbox-account.example.com', 'Barbara', 'Hamilton', 1, 'active', 'People', 'America/Los_Angeles', '2024-05-07 06:45:46+00', '2026-12-01 04:02:51+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_xdA_vRKhEWccYRRu4TVwg', 'joan.gosling.19930000@sandbox-account.example.com', 'Joan', 'Gosling', 1, 'active', 'Marketing', 'Europe/Berlin', '2024-07-26 11:36:33+00', '2026-11-21 06:51:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a05WoRdPwnTItYLPgKriSg', 'barbara.stroustrup.20097000@sandbox-account.example.com', 'Barbara', 'Stroustrup', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-01-09 07:06:44+00', '2026-11-29 07:41:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a2XtJC1tMhVgzF3XDJakeA', 'whitfield.diffie.20235000@sandbox-account.example.com', 'Whitfield', 'Diffie', 1, 'active', 'Sales', 'America/New_York', '2025-05-28 03:54:18+00', '2026-12-01 19:38:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a5OhMFl30RLYTpU-T-f55g', 'jean.wirth.19960000@sandbox-account.example.com', 'Jean', 'Wirth', 1, 'active', 'People', 'Europe/London', '2024-08-26 02:08:48+00', '2026-11-23 12:30:16+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aE76tQ9Ai2SYdWFffzmYGg', 'alan.goldwasser.20108000@sandbox-account.example.com', 'Alan', 'Goldwasser', 1, 'active', 'People', 'Asia/Tokyo', '2025-01-21 03:41:16+00', '2026-12-01 05:15:27+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aRjoW4gUCveyyhD7E7Ouiw', 'guido.lamarr.20244001@sandbox-account.example.com', 'Guido', 'Lamarr', 1, 'active', 'Finance', 'America/Los_Angeles', '2025-06-05 19:25:04+00', '2026-11-29 07:07:57+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aoVlRTNLY5l1h1U7UeAumA', 'ida.boyd.19885000@sandbox-account.example.com', 'Ida', 'Boyd', 1, 'active', 'Operations', 'America/Chicago', '2024-06-11 23:11:03+00', '2026-11-25 07:22:20+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bDhK-zbVHpKw6M6i37AbWQ', 'ada.thompson.20140001@sandbox-account.example.com', 'Ada', 'Thompson', 1, 'active', 'Operations', 'America/New_York', '2025-02-21 21:39:18+00', '2026-11-22 14:30:32+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bGSJoTHJoJB-kVETIsPtdg', 'dennis.thompson.20031001@sandbox-account.example.com', 'Dennis', 'Thompson', 1, 'active', 'Finance', 'Asia/Kolkata', '2024-11-04 19:52:00+00', '2026-11-29 18:03:56+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bcyODh4u7R-WelisLC5IMQ', 'yukihiro.dahl.19828000@sandbox-account.example.com', 'Yukihiro', 'Dahl', 1, 'active', 'Support', 'America/Chicago', '2024-04-15 04:58:53+00', '2026-11-28 12:45:14+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bvCmxT39eyLDnBnssdVbQg', 'mary.vanrossum.20158000@sandbox-account.example.com', 'Mary', 'van Rossum', 1, 'active', 'People', 'Asia/Kolkata', '2025-03-11 22:07:26+00', '2026-11-21 20:39:04+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'c3GetyQHNbLFllICCbrvqQ', 'leslie.wirth.20105001@sandbox-account.example.com', 'Leslie', 'Wirth', 1, 'active', 'Operations', 'Australia/Sydney', '2025-01-17 11:13:59+00', '2026-11-22 16:47:18+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ck2pjKBBRwr2Dvp_74IY2w', 'katherine.torvalds.19940000@sandbox-account.example.com', 'Katherine', 'Torvalds', 1, 'active', 'Marketing', 'America/Chicago', '2024-08-05 06:02:16+00', '2026-11-26 11:17:07+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dmdcJ7OndwkkDLDcxTKz7w', 'evelyn.spärckjones.20076000@sandbox-account.example.com', 'Evelyn', 'Spärck Jones', 1, 'active', 'People', 'America/New_York', '2024-12-19 17:21:27+00', '2026-12-02 16:22:56+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dmv9eeWBpyNSe0FYZoI90w', 'joan.lamport.19832001@sandbox-account.example.com', 'Joan', 'Lamport', 1, 'active', 'Legal', 'Australia/Sydney', '2024-04-19 16:37:40+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'e4XxHBYKQ2aa8RPMsF9H6A', 'niklaus.goldwasser.20227000@sandbox-account.example.com', 'Niklaus', 'Goldwasser', 1, 'active', 'Legal', 'America/Chicago', '2025-05-19 10:28:54+00', '2026-11-25 09:42:48+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eG4e0j8p2Dzvz1KdMg3sng', 'hedy.matsumoto.19915000@sandbox-account.example.com', 'Hedy', 'Matsumoto', 1, 'active', 'Sales', 'Asia/Kolkata', '2024-07-11 04:16:07+00', '2026-11-25 14:14:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eWOKpy7pj4UCwYHcs2FRNw', 'ole.ritchie.20147000@sandbox-account.example.com', 'Ole', 'Ritchie', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-02-28 06:16:48+00', '2026-11-24 05:43:36+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'e_QU6w-ATbYBNXkxw-N7Tw', 'hedy.hejlsberg.19809000@sandbox-account.example.com', 'Hedy', 'Hejlsberg', 1, 'active', 'Marketing', 'Europe/London', '2024-03-27 08:30:30+00', '2026-12-02 15:53:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ff40eCU1pUIoCTUKnpUJcg', 'anders.torvalds.20217000@sandbox-account.example.com', 'Anders', 'Torvalds', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-05-10 03:08:18+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fjYgKGzhcY8_xQQyNSL_Pg', 'mary.hejlsberg.20092000@sandbox-account.example.com', 'Mary', 'Hejlsberg', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-01-05 02:26:13+00', '2026-11-20 21:19:34+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fqaAR-g9hU-C2Lanp7vSbA', 'guido.lovelace.19937000@sandbox-account.example.com', 'Guido', 'Lovelace', 1, 'active', 'Engineering', 'America/New_York', '2024-08-02 13:54:26+00', '2026-11-24 00:30:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fqpvri1aj2IAFaASi2JOew', 'whitfield.vanrossum.20254001@sandbox-account.example.com', 'Whitfield', 'van Rossum', 1, 'active', 'Support', 'America/Chicago', '2025-06-15 16:27:27+00', '2026-11-30 04:41:27+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'g2lUk7zu9ILfacNHCdIf-g', 'hedy.kernighan.19936000@sandbox-account.example.com', 'Hedy', 'Kernighan', 1, 'active', 'Legal', 'Australia/Sydney', '2024-08-01 10:41:23+00', '2026-11-26 20:44:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gLwoKq5aZmgEM6ac3eH0Lw', 'leslie.goldberg.20187000@sandbox-account.example.com', 'Leslie', 'Goldberg', 1, 'active', 'Operations', 'Asia/Kolkata', '2025-04-09 08:46:13+00', '2026-11-23 04:12:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'g_Ql7SVJ9sEdih9Akx8iDA', 'guido.perlman.20013000@sandbox-account.example.com', 'Guido', 'Perlman', 1, 'active', 'Sales', 'Australia/Sydney', '2024-10-17 19:20:47+00', '2026-11-23 01:51:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gkqmEmqDsi-lBCDqAaW7GA', 'edsger.gosling.19936001@sandbox-account.example.com', 'Edsger', 'Gosling', 1, 'active', 'Marketing', 'Europe/London', '2024-08-01 18:26:31+00', '2026-11-21 05:40:56+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gwCuC8x5ejEszi39zj7uQA', 'alan.lamarr.20110000@sandbox-account.example.com', 'Alan', 'Lamarr', 1, 'active', 'Support', 'Europe/Berlin', '2025-01-22 08:28:38+00', '2026-11-21 04:16:08+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'h5Nsq9Bc1j_FPmGbORBVNg', 'whitfield.matsumoto.20166000@sandbox-account.example.com', 'Whitfield', 'Matsumoto', 1, 'active', 'Sales', 'Asia/Kolkata', '2025-03-19 15:26:46+00', '2026-11-22 05:36:23+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hBXwi_-PxgcuNjQ3OKPPUw', 'evelyn.hamilton.20007001@sandbox-account.example.com', 'Evelyn', 'Hamilton', 1, 'active', 'Support', 'Asia/Tokyo', '2024-10-11 19:58:18+00', '2026-12-02 16:11:12+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hNia2xMYQtHUW6gL2WXOPg', 'tim.vanrossum.19836002@sandbox-account.example.com', 'Tim', 'van Rossum', 1, 'active', 'Operations', 'Asia/Kolkata', '2024-04-24 01:17:17+00', '2026-11-26 20:02:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hQ7wsLB5-z0kHjQWxKMPlw', 'bjarne.dahl.19881000@sandbox-account.example.com', 'Bjarne', 'Dahl', 1, 'active', 'Engineering', 'Asia/Kolkata', '2024-06-07 21:26:10+00', '2026-11-29 13:13:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hXYPgIzVWyGIcr0saZW14g', 'ole.hejlsberg.20028000@sandbox-account.example.com', 'Ole', 'Hejlsberg', 1, 'active', 'Legal', 'America/Los_Angeles', '2024-11-01 21:04:59+00', '2026-11-28 03:24:02+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hoScOGqTosMBQzErHqnvXA', 'edsger.stroustrup.19987000@sandbox-account.example.com', 'Edsger', 'Stroustrup', 1, 'active', 'Legal', 'Europe/London', '2024-09-21 05:33:05+00', '2026-11-26 17:30:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'huOP8c8Nv_KLvJDFyknwrQ', 'barbara.perlman.20144000@sandbox-account.example.com', 'Barbara', 'Perlman', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-02-25 08:25:06+00', '2026-11-28 17:43:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'i8GgRzYcweLEOYQkc5ukuQ', 'ada.bernerslee.19816001@sandbox-account.example.com', 'Ada', 'Berners-Lee', 1, 'active', 'Finance', 'Europe/London', '2024-04-04 03:47:08+00', '2026-11-29 04:35:15+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iLvl1-p8EGr9sSOR5CHUDg', 'ken.lovelace.20178001@sandbox-account.example.com', 'Ken', 'Lovelace', 1, 'active', 'Operations', 'Australia/Sydney', '2025-03-31 13:43:51+00', '2026-11-30 12:33:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iTqNMsDPGF3lLrP98ck6sA', 'lynn.shaw.19974000@sandbox-account.example.com', 'Lynn', 'Shaw', 1, 'active', 'Marketing', 'America/Los_Angeles', '2024-09-09 03:48:29+00', '2026-11-22 07:16:45+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jBtyDNY8DrEsyzrfCbrNKA', 'linus.goldwasser.19928001@sandbox-account.example.com', 'Linus', 'Goldwasser', 1, 'active', 'Legal', 'Australia/Sydney', '2024-07-24 23:28:44+00', '2026-11-19 08:01:01+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jEOJNem6Ce0Bx-ee3GfoHg', 'katherine.keller.20065000@sandbox-account.example.com', 'Katherine', 'Keller', 1, 'active', 'Sales', 'Asia/Tokyo', '2024-12-08 21:05:22+00', '2026-12-02 08:54:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jjvGY3N2rldgfG1WEwFE_Q', 'sophie.kernighan.19845000@sandbox-account.example.com', 'Sophie', 'Kernighan', 1, 'active', 'Support', 'Europe/Berlin', '2024-05-02 18:36:54+00', '2026-11-23 14:05:19+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'k5cYnEL8KaG3nHwuZc4mEg', 'dennis.perlman.19998000@sandbox-account.example.com', 'Dennis', 'Perlman', 1, 'active', 'Engineering', 'Europe/Berlin', '2024-10-02 09:53:43+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kGwvHbzispMXLjVFzkI7Gg', 'radia.rhodes.19930001@sandbox-account.example.com', 'Radia', 'Rhodes', 1, 'active', 'Sales', 'Europe/London', '2024-07-26 21:23:41+00', '2026-11-20 06:35:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kKvgv-IjD2hay-4QvnczqQ', 'joan.johnson.20221000@sandbox-account.example.com', 'Joan', 'Johnson', 1, 'active', 'Support', 'America/Los_Angeles', '2025-05-13 07:31:42+00', '2026-11-19 02:36:57+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kLAx4KoEdQ54kYp4m125-g', 'whitfield.liskov.20134000@sandbox-account.example.com', 'Whitfield', 'Liskov', 1, 'active', 'Engineering', 'America/New_York', '2025-02-15 09:45:36+00', '2026-11-25 21:26:19+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kMlfLyGlPTFAOjx_9w2qPQ', 'donald.diffie.20260000@sandbox-account.example.com', 'Donald', 'Diffie', 1, 'active', 'Support', 'America/New_York', '2025-06-21 04:11:59+00', '2026-11-20 12:54:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kTP5xyucQU5ub8oMmYgLRw', 'karen.dijkstra.20046000@sandbox-account.example.com', 'Karen', 'Dijkstra', 1, 'active', 'Engineering', 'America/Chicago', '2024-11-19 06:26:16+00', '2026-12-02 20:18:24+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kVuvXqWcBaLteNC1ELpJ9g', 'john.hejlsberg.19832000@sandbox-account.example.com', 'John', 'Hejlsberg', 1, 'active', 'Marketing', 'Asia/Tokyo', '2024-04-19 06:43:09+00', '2026-11-23 16:36:47+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'khxm44ylaqTTfBAdzqH_Wg', 'john.wirth.20033000@sandbox-account.example.com', 'John', 'Wirth', 1, 'active', 'Support', 'Europe/London', '2024-11-07 03:47:21+00', '2026-11-23 07:58:29+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'knqtfbGePg36zcjuoZ3xrg', 'sophie.hejlsberg.20187001@sandbox-account.example.com', 'Sophie', 'Hejlsberg', 1, 'active', 'Sales', 'America/Chicago', '2025-04-09 20:54:17+00', '2026-12-02 14:52:18+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'l6xh8YyygZNnjEz_tsUYjA', 'karen.dijkstra.19850001@sandbox-account.example.com', 'Karen', 'Dijkstra', 1, 'active', 'People', 'Europe/Berlin', '2024-05-07 12:22:09+00', '2026-11-23 20:16:14+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lLzwY4pmFy9o3HS5_YigvA', 'hedy.ritchie.20088002@sandbox-account.example.com', 'Hedy', 'Ritchie', 1, 'active', 'Finance', 'Europe/London', '2025-01-01 02:29:04+00', '2026-12-01 10:48:26+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ld7Mg8KJfopnLDn_dJ8ewg', 'hedy.kernighan.20259000@sandbox-account.example.com', 'Hedy', 'Kernighan', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-06-20 07:55:41+00', '2026-11-22 13:36:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ljr7SfMz3bpzianSfR8zKA', 'shafi.hopper.20091000@sandbox-account.example.com', 'Shafi', 'Hopper', 1, 'active', 'Operations', 'Europe/London', '2025-01-03 10:01:37+00', '2026-11-28 09:02:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lqVD10aEUQAY9bE-N6ZCTg', 'bjarne.mccarthy.19915002@sandbox-account.example.com', 'Bjarne', 'McCarthy', 1, 'active', 'Marketing', 'Europe/Berlin', '2024-07-11 21:57:36+00', '2026-11-22 07:36:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lyN_hdRw7xm657trNYpKKg', 'edsger.thompson.20208000@sandbox-account.example.com', 'Edsger', 'Thompson', 1, 'active', 'Operations', 'Asia/Kolkata', '2025-04-30 04:46:18+00', '2026-11-28 23:00:58+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'm4UTNwYQedYWoo4ryrnRLg', 'guido.hamilton.19903000@sandbox-account.example.com', 'Guido', 'Hamilton', 1, 'active', 'Marketing', 'Asia/Kolkata', '2024-06-29 07:24:01+00', '2026-11-29 05:34:48+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'm5Sp_s7PNG35c23vE80vXQ', 'barbara.rhodes.20155000@sandbox-account.example.com', 'Barbara', 'Rhodes', 1, 'active', 'Engineering', 'Europe/London', '2025-03-08 17:59:12+00', '2026-12-02 06:34:54+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mFD_IqyXSPJxfNX8r1NPUA', 'bjarne.matsumoto.20130000@sandbox-account.example.com', 'Bjarne', 'Matsumoto', 1, 'active', 'Support', 'America/Chicago', '2025-02-11 09:36:19+00', '2026-11-28 03:16:14+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mHdbTj1T_IB_1tTXvvoH4w', 'lynn.rhodes.20178000@sandbox-account.example.com', 'Lynn', 'Rhodes', 1, 'active', 'Sales', 'Australia/Sydney', '2025-03-31 10:48:23+00', '2026-11-25 14:19:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mKUP0RF8S0YxGTmSUDsdtA', 'dennis.ritchie.20053000@sandbox-account.example.com', 'Dennis', 'Ritchie', 1, 'active', 'Sales', 'Europe/Berlin', '2024-11-26 16:44:09+00', '2026-11-24 13:30:26+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mZx4_5Ps4hNrCeyJWmmwqA', 'mary.easley.20213001@sandbox-account.example.com', 'Mary', 'Easley', 1, 'active', 'People', 'Europe/London', '2025-05-06 00:56:15+00', '2026-11-22 02:36:13+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mxtOL-iK9b5IpZzO7MmBnw', 'barbara.thompson.20013001@sandbox-account.example.com', 'Barbara', 'Thompson', 1, 'active', 'Operations', 'Asia/Kolkata', '2024-10-17 20:15:23+00', '2026-11-28 23:40:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nVIZAI_bCLh-B1ShYUazYQ', 'frances.wirth.20185000@sandbox-account.example.com', 'Frances', 'Wirth', 1, 'active', 'Marketing', 'America/Los_Angeles', '2025-04-07 06:08:47+00', '2026-11-20 23:14:26+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nfRpQsoufCcjWmfBQir8Pg', 'niklaus.matsumoto.20290001@sandbox-account.example.com', 'Niklaus', 'Matsumoto', 1, 'active', 'Marketing', 'Asia/Kolkata', '2025-07-21 20:56:09+00', '2026-12-02 23:13:37+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nfeZZmxkTj0cuz9IpSOj6A', 'dennis.lattner.19987001@sandbox-account.example.com', 'Dennis', 'Lattner', 1, 'active', 'Engineering', 'Australia/Sydney', '2024-09-22 03:16:57+00', '2026-11-23 06:26:41+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'njSCB0qZyc9QuMuscZspDA', 'annie.lamport.19886000@sandbox-account.example.com', 'Annie', 'Lamport', 1, 'active', 'Marketing', 'Australia/Sydney', '2024-06-12 14:32:06+00', '2026-11-19 14:26:13+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'nkVFcr56zh9mS3yNp5GnMg', 'katherine.wilson.20111000@sandbox-account.example.com', 'Katherine', 'Wilson', 1, 'active', 'People', 'Asia/Tokyo', '2025-01-23 17:59:21+00', '2026-11-21 16:22:46+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'o0g9d0FJONVdFln8BvpaJw', 'hedy.boyd.20255000@sandbox-account.example.com', 'Hedy', 'Boyd', 1, 'active', 'Legal', 'America/New_York', '2025-06-17 03:35:46+00', '2026-11-23 12:20:06+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'oBqISxRWBzEC_EkblUrlGA', 'edsger.hamilton.19874000@sandbox-account.example.com', 'Edsger', 'Hamilton', 1, 'active', 'Finance', 'Australia/Sydney', '2024-06-01 02:48:44+00', '2026-11-26 13:50:41+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'o_G6405geWLofOmOYBGB9A', 'shafi.thompson.20031000@sandbox-account.example.com', 'Shafi', 'Thompson', 1, 'active', 'Support', 'America/New_York', '2024-11-04 08:16:20+00', '2026-11-22 00:36:24+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ot9eq4OiKruHLnAmeupLvQ', 'whitfield.gosling.20181001@sandbox-account.example.com', 'Whitfield', 'Gosling', 1, 'active', 'Support', 'America/Los_Angeles', '2025-04-03 07:10:27+00', '2026-11-26 13:38:13+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'p6AMeV67-aHFHcsVNwesYA', 'hedy.johnson.20080000@sandbox-account.example.com', 'Hedy', 'Johnson', 1, 'active', 'Legal', 'America/Los_Angeles', '2024-12-23 11:46:00+00', '2026-11-26 08:25:18+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pJVaB2e3arBYPP_pj8B5Jw', 'john.goldberg.19892000@sandbox-account.example.com', 'John', 'Goldberg', 1, 'active', 'Legal', 'America/Los_Angeles', '2024-06-19 00:44:28+00', '2026-11-21 13:16:43+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ps4OUU5974ipfXTkZQCFpQ', 'radia.hopper.20234003@sandbox-account.example.com', 'Radia', 'Hopper', 1, 'active', 'Sales', 'America/Chicago', '2025-05-27 01:33:21+00', '2026-11-27 12:57:19+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pzbFxVM8_G-hba-clPy7TQ', 'dennis.dijkstra.20162000@sandbox-account.example.com', 'Dennis', 'Dijkstra', 1, 'active', 'People', 'Europe/Berlin', '2025-03-15 08:40:53+00', '2026-11-25 01:34:46+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'q57iKf4GDK3ocqoB3lvSRw', 'barbara.picard.20006000@sandbox-account.example.com', 'Barbara', 'Picard', 1, 'active', 'Support', 'Europe/London', '2024-10-10 23:59:45+00', '2026-11-28 14:56:32+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'q7v8uvKxoqYaAiQgRO1jmg', 'brian.bernerslee.19907000@sandbox-account.example.com', 'Brian', 'Berners-Lee', 1, 'active', 'Support', 'Asia/Kolkata', '2024-07-03 12:13:55+00', '2026-12-01 01:43:05+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'qneLEbk1bi6c-ljFGgRGxQ', 'sophie.turing.19825002@sandbox-account.example.com', 'Sophie', 'Turing', 1, 'active', 'Finance', 'Europe/Berlin', '2024-04-13 01:08:34+00', '2026-11-19 22:35:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'qpSKmEAAZXocMLt8Hypjpg', 'jean.lamarr.19895000@sandbox-account.example.com', 'Jean', 'Lamarr', 1, 'active', 'Sales', 'Europe/London', '2024-06-21 12:19:02+00', '2026-11-21 14:45:52+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'r-yHqQqeg1iar11jmKtLfQ', 'linus.shaw.20024001@sandbox-account.example.com', 'Linus', 'Shaw', 1, 'active', 'Legal', 'Europe/Berlin', '2024-10-28 08:49:12+00', '2026-11-22 09:07:19+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rEXDauiS8HwGfuyNdkqe_Q', 'mary.conway.20003000@sandbox-account.example.com', 'Mary', 'Conway', 1, 'active', 'Finance', 'America/Chicago', '2024-10-07 05:06:35+00', '2026-11-27 06:41:30+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rJu29BMKQhz0VGTBSFxkdA', 'yukihiro.matsumoto.20289000@sandbox-account.example.com', 'Yukihiro', 'Matsumoto', 1, 'active', 'Marketing', 'Europe/Berlin', '2025-07-20 21:39:22+00', '2026-11-30 07:52:34+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rORJ_-UDGAd7jJS8iepA2A', 'grace.boyd.20009000@sandbox-account.example.com', 'Grace', 'Boyd', 1, 'active', 'Operations', 'America/New_York', '2024-10-13 18:57:23+00', '2026-11-29 12:09:24+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rOTrmI5LjwW3yUPWkU47_Q', 'adele.hejlsberg.20231000@sandbox-account.example.com', 'Adele', 'Hejlsberg', 1, 'active', 'Support', 'Europe/London', '2025-05-24 01:31:39+00', '2026-11-28 01:44:55+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rTSChpxYcGJclqldC33vug', 'yukihiro.torvalds.19891001@sandbox-account.example.com', 'Yukihiro', 'Torvalds', 1, 'active', 'Support', 'Asia/Tokyo', '2024-06-18 02:27:03+00', '2026-11-29 02:26:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rgOop0NHMqcfVTsdcAXpKQ', 'shafi.picard.20042000@sandbox-account.example.com', 'Shafi', 'Picard', 1, 'active', 'Sales', 'Europe/London', '2024-11-15 08:15:34+00', '2026-11-22 07:17:24+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rodXoVO9scMExhQJVSMdJw', 'john.turing.19855000@sandbox-account.example.com', 'John', 'Turing', 1, 'active', 'Support', 'Europe/Berlin', '2024-05-12 16:05:23+00', '2026-11-29 03:30:57+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rpQpph4s3X_JVg8AaRPCyQ', 'jean.stroustrup.20099001@sandbox-account.example.com', 'Jean', 'Stroustrup', 1, 'active', 'Finance', 'America/New_York', '2025-01-11 20:41:09+00', '2026-11-23 00:26:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rwD5FjIiG2UvL-DvsSIRwg', 'karen.keller.20109000@sandbox-account.example.com', 'Karen', 'Keller', 1, 'active', 'People', 'America/Los_Angeles', '2025-01-21 17:48:47+00', '2026-11-23 15:51:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rxPiUuVYboe23BKbAllmPg', 'radia.keller.19926000@sandbox-account.example.com', 'Radia', 'Keller', 1, 'active', 'Marketing', 'Asia/Tokyo', '2024-07-23 03:47:45+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 's7wHp-3ZZdLhpxU1xTpDLw', 'dennis.johnson.20027000@sandbox-account.example.com', 'Dennis', 'Johnson', 1, 'active', 'Legal', 'Europe/Berlin', '2024-10-31 08:12:47+00', '2026-11-23 17:09:05+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sDJS5UVhVS6R4jqFJM7ZaA', 'shafi.thompson.19935001@sandbox-account.example.com', 'Shafi', 'Thompson', 1, 'active', 'Operations', 'Europe/London', '2024-07-31 11:06:40+00', '2026-11-25 08:38:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sNZn4s0C1R_xKzflp7NYPg', 'mary.hejlsberg.20069000@sandbox-account.example.com', 'Mary', 'Hejlsberg', 1, 'active', 'Sales', 'Europe/Berlin', '2024-12-12 08:39:57+00', '2026-11-22 22:39:35+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sZa-PLItldZacbQ5VemyZA', 'ole.shaw.20012000@sandbox-account.example.com', 'Ole', 'Shaw', 1, 'active', 'Marketing', 'Europe/London', '2024-10-16 17:41:37+00', '2026-11-23 00:42:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'so0Y6e1Ym0RDCaiTgAHjnw', 'adele.boyd.20186000@sandbox-account.example.com', 'Adele', 'Boyd', 1, 'active', 'Sales', 'Australia/Sydney', '2025-04-08 07:54:08+00', '2026-11-26 19:10:07+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sxdJIzceRizica2jrVSMsQ', 'linus.bernerslee.20082000@sandbox-account.example.com', 'Linus', 'Berners-Lee', 1, 'active', 'Legal', 'America/Los_Angeles', '2024-12-25 12:25:42+00', '2026-11-25 17:06:20+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tA3CS32IxbNWwbX4n5Sb_w', 'bjarne.bernerslee.19839000@sandbox-account.example.com', 'Bjarne', 'Berners-Lee', 1, 'active', 'Engineering', 'America/Los_Angeles', '2024-04-26 14:05:53+00', '2026-11-29 00:17:09+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tYciJfeUa8Frw7unfHbYyA', 'dennis.hopper.19907001@sandbox-account.example.com', 'Dennis', 'Hopper', 1, 'active', 'Engineering', 'Europe/London', '2024-07-03 15:28:56+00', '2026-12-01 04:23:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 't_xXTaSd1ec_v1GiKympAA', 'jean.conway.20122000@sandbox-account.example.com', 'Jean', 'Conway', 1, 'active', 'People', 'Asia/Kolkata', '2025-02-04 02:46:02+00', '2026-11-20 16:43:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tu1W9p0TqDWkxEovbtt2-w', 'rosalind.ritchie.20068001@sandbox-account.example.com', 'Rosalind', 'Ritchie', 1, 'active', 'Support', 'Europe/London', '2024-12-11 15:06:25+00', '2026-11-26 11:46:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'uMVy6Y8SYwKau52zLVpS0g', 'shafi.liskov.20126000@sandbox-account.example.com', 'Shafi', 'Liskov', 1, 'active', 'Support', 'America/Los_Angeles', '2025-02-07 08:40:40+00', '2026-11-22 04:53:11+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'u_Gb3dPYWKjLG9k7gxZjQw', 'niklaus.allen.20083000@sandbox-account.example.com', 'Niklaus', 'Allen', 1, 'active', 'Sales', 'Europe/London', '2024-12-27 04:36:07+00', '2026-11-29 08:40:22+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'u_SXllORIVbm3bxJAhxzYA', 'katherine.goldberg.20213000@sandbox-account.example.com', 'Katherine', 'Goldberg', 1, 'active', 'Engineering', 'Asia/Tokyo', '2025-05-05 14:26:24+00', '2026-11-27 07:55:17+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v0hjDLD42nmxj5H3NyXuGA', 'sophie.lamarr.20181002@sandbox-account.example.com', 'Sophie', 'Lamarr', 1, 'active', 'Engineering', 'America/Los_Angeles', '2025-04-03 19:27:41+00', '2026-11-28 20:27:08+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v1nFPU_JZyTLV7gVzbCx4w', 'bjarne.boyd.20013002@sandbox-account.example.com', 'Bjarne', 'Boyd', 1, 'active', 'Operations', 'Asia/Tokyo', '2024-10-17 21:48:40+00', '2026-12-01 12:44:53+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v6dqgqEIdydhFoqwPm25pg', 'whitfield.spärckjones.20022000@sandbox-account.example.com', 'Whitfield', 'Spärck Jones', 1, 'active', 'Finance', 'Australia/Sydney', '2024-10-26 13:27:58+00', '2026-12-01 18:48:34+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v7ZqvMkYM_gwi5C0TEQLWg', 'ada.knuth.20099000@sandbox-account.example.com', 'Ada', 'Knuth', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-01-11 19:01:31+00', '2026-11-19 05:31:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vWvJ0uyTYz94DpUHiKIt-g', 'ida.stroustrup.20055000@sandbox-account.example.com', 'Ida', 'Stroustrup', 1, 'active', 'Engineering', 'Asia/Tokyo', '2024-11-28 21:43:07+00', '2026-11-28 05:33:37+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vXvPzAVVKRU764EU2ZE-fQ', 'evelyn.mccarthy.20090000@sandbox-account.example.com', 'Evelyn', 'McCarthy', 1, 'active', 'Legal', 'America/Los_Angeles', '2025-01-03 02:36:43+00', '2026-11-20 12:29:10+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vhWiExbLgBxQfskUtgOW7Q', 'ada.wilson.20096000@sandbox-account.example.com', 'Ada', 'Wilson', 1, 'active', 'Finance', 'Europe/London', '2025-01-09 04:53:00+00', '2026-11-30 06:58:59+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vk3tMjR2xcuuHKdmFc2LFg', 'rosalind.matsumoto.19852000@sandbox-account.example.com', 'Rosalind', 'Matsumoto', 1, 'active', 'Engineering', 'Asia/Kolkata', '2024-05-09 07:06:42+00', '2026-11-23 02:06:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'w6Mq_jgMZ5iQMH65goIg5Q', 'jean.lamport.20193000@sandbox-account.example.com', 'Jean', 'Lamport', 1, 'active', 'People', 'Europe/London', '2025-04-15 05:46:13+00', '2026-11-30 06:11:12+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'wWrMY7XjztA_lqFSxmVMYw', 'ida.boyd.20178002@sandbox-account.example.com', 'Ida', 'Boyd', 1, 'active', 'Legal', 'Australia/Sydney', '2025-03-31 14:06:03+00', '2026-11-22 17:13:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'wXSuwfz0fTdxXY77AKS2Xg', 'alan.wilson.20115001@sandbox-account.example.com', 'Alan', 'Wilson', 1, 'active', 'Legal', 'America/Chicago', '2025-01-28 03:18:14+00', '2026-12-02 05:17:20+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'x3nV_xE_MPuq-u9jAS4dMg', 'john.goldberg.20059000@sandbox-account.example.com', 'John', 'Goldberg', 1, 'active', 'People', 'America/Los_Angeles', '2024-12-02 05:01:51+00', '2026-11-19 10:36:20+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'x4vc80iTTjwMZ417U47yfw', 'barbara.lamport.19815001@sandbox-account.example.com', 'Barbara', 'Lamport', 1, 'active', 'Operations', 'America/Chicago', '2024-04-02 17:22:01+00', '2026-11-27 17:12:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xLKgSlRKwhQT_UKb2P0XAw', 'edsger.rhodes.20132000@sandbox-account.example.com', 'Edsger', 'Rhodes', 1, 'active', 'Legal', 'Australia/Sydney', '2025-02-13 13:10:39+00', '2026-11-24 08:47:38+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xtbbPWVUeMOl2RKZXHH05A', 'tim.bartik.19943000@sandbox-account.example.com', 'Tim', 'Bartik', 1, 'active', 'Engineering', 'Asia/Kolkata', '2024-08-09 02:35:18+00', '2026-11-27 00:50:24+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'y1caYNNRLJsC_pmWQ8UTgw', 'dennis.dahl.19935002@sandbox-account.example.com', 'Dennis', 'Dahl', 1, 'active', 'Marketing', 'Australia/Sydney', '2024-07-31 23:32:55+00', '2026-11-27 09:55:28+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'y7aJfiXo7Ld3wb7qN8fCTQ', 'john.clarke.20046001@sandbox-account.example.com', 'John', 'Clarke', 1, 'active', 'Support', 'America/Los_Angeles', '2024-11-19 21:17:31+00', '2026-11-27 18:40:40+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yIlT1pGtg8LuL1EfpCRP5Q', 'brian.conway.19986000@sandbox-account.example.com', 'Brian', 'Conway', 1, 'active', 'Sales', 'Australia/Sydney', '2024-09-20 19:39:10+00', '2026-11-24 14:51:49+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yYbtJDAjj_XFMpsGL6QtkQ', 'rosalind.torvalds.20248000@sandbox-account.example.com', 'Rosalind', 'Torvalds', 1, 'active', 'Finance', 'Europe/Berlin', '2025-06-09 13:14:35+00', '2026-11-27 04:15:19+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yb1dxgw4donyzRPgpBy5-A', 'margaret.boyd.19933001@sandbox-account.example.com', 'Margaret', 'Boyd', 1, 'active', 'Marketing', 'Europe/London', '2024-07-30 03:08:09+00', '2026-11-24 14:39:50+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yggdmQqle2q2yfR2tDLjNQ', 'karen.bernerslee.20074000@sandbox-account.example.com', 'Karen', 'Berners-Lee', 1, 'active', 'Legal', 'Asia/Tokyo', '2024-12-17 11:03:17+00', '2026-11-23 03:15:37+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'z4bIaWe9qb4t-56XyPis5A', 'linus.turing.20267000@sandbox-account.example.com', 'Linus', 'Turing', 1, 'active', 'Engineering', 'Asia/Tokyo', '2025-06-28 13:41:33+00', NULL, '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zFnPA4tfnwF6mzspUkaqKA', 'annie.gosling.20003001@sandbox-account.example.com', 'Annie', 'Gosling', 1, 'active', 'Support', 'Asia/Kolkata', '2024-10-07 12:17:44+00', '2026-11-19 21:29:59+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zKBDlxo9muD6RWmszGBnLQ', 'shafi.hopper.19948000@sandbox-account.example.com', 'Shafi', 'Hopper', 1, 'active', 'Engineering', 'Asia/Kolkata', '2024-08-13 13:19:17+00', '2026-11-23 07:55:18+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zb6yUEt4NxCCZfrYnPTPww', 'karen.lamport.19964000@sandbox-account.example.com', 'Karen', 'Lamport', 1, 'active', 'Sales', 'Asia/Tokyo', '2024-08-29 11:35:20+00', '2026-11-23 07:49:47+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zupKY4ZEx0W_Qdg4Rljq8g', 'ken.vanrossum.20042001@sandbox-account.example.com', 'Ken', 'van Rossum', 1, 'active', 'Support', 'Europe/Berlin', '2024-11-15 20:20:09+00', '2026-11-23 13:23:05+00', '2026-12-03 13:25:58.821635+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-0vq01zQAxNTWwbsMvHd-w', 'shafi.dijkstra.20727001@sandbox-account.example.com', 'Shafi', 'Dijkstra', 1, 'active', 'People', 'Asia/Kolkata', '2026-10-01 23:06:31+00', '2026-11-28 14:10:49+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-4AeQEEk6wadvlY1aYZ6Zg', 'ida.hejlsberg.20623000@sandbox-account.example.com', 'Ida', 'Hejlsberg', 1, 'active', 'Operations', 'Europe/Berlin', '2026-06-19 09:49:56+00', '2026-11-27 01:14:28+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-ELfk_DuQ14ESFrG2L6o0Q', 'joan.hopper.20426000@sandbox-account.example.com', 'Joan', 'Hopper', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-12-04 20:55:28+00', '2026-11-21 03:41:23+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-Ep146v-uq1yyvRnd0wPfw', 'ada.clarke.20637000@sandbox-account.example.com', 'Ada', 'Clarke', 1, 'active', 'Marketing', 'Asia/Kolkata', '2026-07-03 11:29:35+00', '2026-11-24 21:26:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '-NQ_CDfqTwTvqYZcAovNMw', 'linus.stroustrup.20657000@sandbox-account.example.com', 'Linus', 'Stroustrup', 1, 'active', 'Finance', 'America/New_York', '2026-07-23 11:56:14+00', '2026-11-30 21:41:31+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '03MTU3gYAtxjxQ3EJTsvCg', 'margaret.matsumoto.20579000@sandbox-account.example.com', 'Margaret', 'Matsumoto', 1, 'active', 'Sales', 'Asia/Kolkata', '2026-05-06 09:31:14+00', '2026-11-22 03:18:18+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '08pthTRTsiwhL7jluhwifw', 'ada.gosling.20490000@sandbox-account.example.com', 'Ada', 'Gosling', 1, 'active', 'Operations', 'Europe/Berlin', '2026-02-06 06:50:52+00', '2026-11-27 06:10:40+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0BIxOdW494T9zu-Nq_oz0A', 'john.keller.20698000@sandbox-account.example.com', 'John', 'Keller', 1, 'active', 'Marketing', 'Europe/London', '2026-09-02 18:34:52+00', '2026-11-24 10:06:41+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0aesLz2aT5YS3f1zK_DxHQ', 'edsger.gosling.20422000@sandbox-account.example.com', 'Edsger', 'Gosling', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-11-30 09:40:19+00', '2026-11-29 12:39:30+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '0yEPnytLLlhXBV-_KADRvQ', 'margaret.hejlsberg.20624001@sandbox-account.example.com', 'Margaret', 'Hejlsberg', 1, 'active', 'Legal', 'America/New_York', '2026-06-20 19:51:13+00', '2026-11-21 09:41:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '18YKQNoQWpzrSq4ewVyBHQ', 'chris.goldwasser.20588000@sandbox-account.example.com', 'Chris', 'Goldwasser', 1, 'active', 'People', 'Asia/Kolkata', '2026-05-16 03:00:14+00', '2026-11-28 03:37:04+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1HFwT1_GkdTtIdNEW2E9Gw', 'ken.torvalds.20606000@sandbox-account.example.com', 'Ken', 'Torvalds', 1, 'active', 'Sales', 'America/Los_Angeles', '2026-06-02 11:30:18+00', '2026-11-30 10:21:05+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1TEkxW8hEI0Upy9lmOBJew', 'alan.shaw.20468000@sandbox-account.example.com', 'Alan', 'Shaw', 1, 'active', 'Sales', 'Asia/Tokyo', '2026-01-15 17:37:15+00', '2026-11-20 21:39:31+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '1ZYrYBJj4Rz7JOc4r4fqTA', 'grace.gosling.20437000@sandbox-account.example.com', 'Grace', 'Gosling', 1, 'active', 'Marketing', 'Asia/Kolkata', '2025-12-15 20:07:08+00', '2026-12-01 00:55:22+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2-q_88kvO0800aGUterKAA', 'ken.wirth.20461000@sandbox-account.example.com', 'Ken', 'Wirth', 1, 'active', 'Legal', 'America/Chicago', '2026-01-08 06:51:48+00', '2026-12-01 17:45:00+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '26baRCZFTkoF28dH3Z2kKg', 'margaret.mccarthy.20628000@sandbox-account.example.com', 'Margaret', 'McCarthy', 1, 'active', 'People', 'Asia/Kolkata', '2026-06-24 22:49:47+00', '2026-11-29 13:45:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2NwnaRHjIRLsI8wRCV93Ag', 'james.perlman.20490002@sandbox-account.example.com', 'James', 'Perlman', 1, 'active', 'Marketing', 'Asia/Kolkata', '2026-02-07 01:32:08+00', '2026-11-30 20:11:54+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2wwyprSPuUiQtmAHFj46Gw', 'anders.easley.20641000@sandbox-account.example.com', 'Anders', 'Easley', 1, 'active', 'Operations', 'Europe/London', '2026-07-07 21:44:04+00', '2026-11-27 23:47:07+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '3UR3566pJT5kJb7sAa4D0A', 'lynn.goldwasser.20374001@sandbox-account.example.com', 'Lynn', 'Goldwasser', 1, 'active', 'Sales', 'Asia/Tokyo', '2025-10-13 07:08:35+00', '2026-11-22 02:08:07+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '40eyWEiZw7cqyfUdkFDdOQ', 'ada.bernerslee.20300001@sandbox-account.example.com', 'Ada', 'Berners-Lee', 1, 'active', 'Sales', 'Asia/Kolkata', '2025-07-31 11:03:03+00', '2026-11-23 06:47:56+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '42EGnf2F_lV-VXyWdnzmOg', 'joan.lamport.20471000@sandbox-account.example.com', 'Joan', 'Lamport', 1, 'active', 'People', 'America/Los_Angeles', '2026-01-19 04:55:59+00', '2026-12-02 16:36:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '43elRJtX68wQuElE3P47WA', 'hedy.lattner.20601000@sandbox-account.example.com', 'Hedy', 'Lattner', 1, 'active', 'Marketing', 'Asia/Tokyo', '2026-05-28 06:50:31+00', '2026-11-28 10:24:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4B3R3j34gRJIJ73XDtFnzg', 'ken.rhodes.20531000@sandbox-account.example.com', 'Ken', 'Rhodes', 1, 'active', 'Support', 'Asia/Tokyo', '2026-03-19 16:58:22+00', '2026-11-27 17:16:23+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4JqbaWfmF70DW_ewvINsTw', 'ada.lattner.20683001@sandbox-account.example.com', 'Ada', 'Lattner', 1, 'active', 'Finance', 'Europe/Berlin', '2026-08-18 22:54:43+00', '2026-11-19 01:02:53+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4YMykJvoGJQ7d0Z0Xj49JA', 'radia.conway.20754000@sandbox-account.example.com', 'Radia', 'Conway', 1, 'active', 'Support', 'Australia/Sydney', '2026-10-29 02:23:38+00', '2026-11-19 19:37:56+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '58N38lXVt8xMIcIR5PuUXA', 'dennis.gosling.20341000@sandbox-account.example.com', 'Dennis', 'Gosling', 1, 'active', 'Support', 'Asia/Tokyo', '2025-09-11 02:30:27+00', '2026-11-27 08:38:08+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '5E7agd-OYYZjVQYi94issA', 'ole.bernerslee.20599000@sandbox-account.example.com', 'Ole', 'Berners-Lee', 1, 'active', 'Legal', 'Asia/Kolkata', '2026-05-26 18:16:37+00', '2026-11-28 19:57:53+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '5YC6l2W25r3izf3fie-CJQ', 'rosalind.gosling.20301000@sandbox-account.example.com', 'Rosalind', 'Gosling', 1, 'active', 'Sales', 'Asia/Tokyo', '2025-08-01 11:52:46+00', '2026-11-20 13:20:45+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '63q9p3lqnn1Lf_V7X8ABRA', 'karen.dijkstra.20595001@sandbox-account.example.com', 'Karen', 'Dijkstra', 1, 'active', 'People', 'America/Chicago', '2026-05-22 22:24:58+00', '2026-12-01 10:02:59+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '68B5dPS0orjW2gzs-4I7PQ', 'karen.liskov.20552002@sandbox-account.example.com', 'Karen', 'Liskov', 1, 'active', 'Marketing', 'Europe/Berlin', '2026-04-09 19:44:52+00', '2026-11-19 10:46:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6QKP756-yibqBfwRlADxnQ', 'chris.knuth.20495000@sandbox-account.example.com', 'Chris', 'Knuth', 1, 'active', 'Legal', 'America/Chicago', '2026-02-12 02:06:38+00', '2026-11-22 09:45:29+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '6XQ3SzalklszphojcWlrMg', 'ida.hopper.20312000@sandbox-account.example.com', 'Ida', 'Hopper', 1, 'active', 'Operations', 'Asia/Kolkata', '2025-08-12 14:09:35+00', '2026-11-30 13:39:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7Z2ikG9rrC3E_eGJX7iVIw', 'jean.kernighan.20761002@sandbox-account.example.com', 'Jean', 'Kernighan', 1, 'active', 'Legal', 'Asia/Kolkata', '2026-11-04 23:53:22+00', '2026-11-22 00:00:35+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7eCbkRlCuj5JK8Zd5sTnvQ', 'carol.wilson.20566000@sandbox-account.example.com', 'Carol', 'Wilson', 1, 'active', 'Engineering', 'Asia/Kolkata', '2026-04-24 00:26:20+00', '2026-11-26 16:00:43+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7lYjMklDjwnimaoAQT9n9A', 'joan.easley.20671000@sandbox-account.example.com', 'Joan', 'Easley', 1, 'active', 'Operations', 'Asia/Tokyo', '2026-08-06 21:46:02+00', '2026-11-25 00:59:30+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '7o-QAI8kIWyRKkj86e6qaQ', 'tim.hamilton.20655000@sandbox-account.example.com', 'Tim', 'Hamilton', 1, 'active', 'Operations', 'Asia/Kolkata', '2026-07-22 02:14:25+00', '2026-12-01 07:21:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8GB2n5mm8YhRlE_VKn1Xrw', 'jean.goldwasser.20432000@sandbox-account.example.com', 'Jean', 'Goldwasser', 1, 'active', 'Support', 'Europe/Berlin', '2025-12-10 09:03:05+00', '2026-11-23 15:18:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8WOGRoeWFqsB_lF0Cap9OA', 'anders.shaw.20393000@sandbox-account.example.com', 'Anders', 'Shaw', 1, 'active', 'Engineering', 'Australia/Sydney', '2025-11-02 00:40:08+00', '2026-11-25 22:07:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8aRoDLkr2u1DiCzciiWvSA', 'shafi.perlman.20738000@sandbox-account.example.com', 'Shafi', 'Perlman', 1, 'active', 'Sales', 'America/Los_Angeles', '2026-10-12 13:51:02+00', '2026-11-28 10:22:22+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8rSwHhH5zCLIlpWYZXEMEg', 'evelyn.knuth.20611000@sandbox-account.example.com', 'Evelyn', 'Knuth', 1, 'active', 'Operations', 'America/New_York', '2026-06-07 04:41:18+00', '2026-11-30 08:33:07+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '8sGJWOdxurxrPFZBWRJLpg', 'john.turing.20537000@sandbox-account.example.com', 'John', 'Turing', 1, 'active', 'People', 'America/Los_Angeles', '2026-03-26 00:11:47+00', '2026-11-20 00:46:50+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9hp_PNflGCNz7C6T-8e8Ag', 'tim.clarke.20419001@sandbox-account.example.com', 'Tim', 'Clarke', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-11-28 01:23:53+00', '2026-11-25 22:34:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '9muJ43JiGEp3ppSdAx0PGw', 'barbara.rhodes.20312001@sandbox-account.example.com', 'Barbara', 'Rhodes', 1, 'active', 'Support', 'Asia/Kolkata', '2025-08-12 20:59:30+00', '2026-11-27 16:29:42+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'A99L53jD44HgeNMB__larQ', 'dennis.kernighan.20634000@sandbox-account.example.com', 'Dennis', 'Kernighan', 1, 'active', 'Finance', 'America/Chicago', '2026-06-30 18:40:21+00', '2026-11-27 19:25:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'AZzEqMyMXCyFdzVrcdcyjw', 'bjarne.wilson.20488000@sandbox-account.example.com', 'Bjarne', 'Wilson', 1, 'active', 'Sales', 'America/Los_Angeles', '2026-02-04 06:57:46+00', '2026-11-25 03:11:28+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'AfN1iop_aTO2dBtBsMnKOg', 'whitfield.bernerslee.20758000@sandbox-account.example.com', 'Whitfield', 'Berners-Lee', 1, 'active', 'Sales', 'Asia/Tokyo', '2026-11-01 04:22:21+00', '2026-11-25 21:16:06+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'AiQRH7WGfp3ff_gg_LwcVA', 'edsger.bartik.20300003@sandbox-account.example.com', 'Edsger', 'Bartik', 1, 'active', 'Finance', 'Asia/Kolkata', '2025-07-31 22:41:33+00', '2026-11-25 06:01:49+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'AwSzmk3ZWABD1uuJVwIDyQ', 'yukihiro.lamport.20650000@sandbox-account.example.com', 'Yukihiro', 'Lamport', 1, 'active', 'Sales', 'America/Los_Angeles', '2026-07-16 19:18:26+00', '2026-12-02 05:57:31+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'B-A6gwuHz_A9nVhlJZlAOg', 'leslie.dahl.20629000@sandbox-account.example.com', 'Leslie', 'Dahl', 1, 'active', 'Operations', 'America/New_York', '2026-06-25 05:32:15+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BOvxmKr-8FiPE_Zk29Yuvw', 'ken.johnson.20325001@sandbox-account.example.com', 'Ken', 'Johnson', 1, 'active', 'Sales', 'America/New_York', '2025-08-25 19:33:32+00', '2026-12-01 06:27:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BOzYZzagCOX3kZpckZhviw', 'ken.dahl.20394000@sandbox-account.example.com', 'Ken', 'Dahl', 1, 'active', 'Operations', 'America/Los_Angeles', '2025-11-02 13:22:09+00', '2026-11-29 17:34:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BPH3Fpl_sBwlalRqolc8ug', 'hedy.hejlsberg.20638000@sandbox-account.example.com', 'Hedy', 'Hejlsberg', 1, 'active', 'Operations', 'America/Chicago', '2026-07-05 00:23:18+00', '2026-11-27 02:13:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BTDGzLryZqBni3ht0IgeOg', 'annie.turing.20397000@sandbox-account.example.com', 'Annie', 'Turing', 1, 'active', 'People', 'America/New_York', '2025-11-05 16:29:41+00', '2026-11-27 23:08:02+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BWmlwgS0VFMUX-D84acKuw', 'ole.conway.20571001@sandbox-account.example.com', 'Ole', 'Conway', 1, 'active', 'People', 'Europe/Berlin', '2026-04-28 18:54:02+00', '2026-11-20 10:46:01+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'BiBA8EM1wWRfHJYnJ85bKw', 'niklaus.bernerslee.20739000@sandbox-account.example.com', 'Niklaus', 'Berners-Lee', 1, 'active', 'Finance', 'Europe/Berlin', '2026-10-13 08:39:51+00', '2026-12-02 15:03:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Bq6TnOrDJL7wcCIHH9R0QQ', 'tim.dahl.20496000@sandbox-account.example.com', 'Tim', 'Dahl', 1, 'active', 'Support', 'Asia/Tokyo', '2026-02-12 15:41:27+00', '2026-11-29 12:37:31+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'C0TN5l5QQyUSbT6jxsG8FA', 'ken.lovelace.20551001@sandbox-account.example.com', 'Ken', 'Lovelace', 1, 'active', 'Sales', 'America/New_York', '2026-04-08 11:52:34+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'D1zlRXBtkkU0zDIVxDlDxQ', 'evelyn.diffie.20477000@sandbox-account.example.com', 'Evelyn', 'Diffie', 1, 'active', 'Legal', 'America/Chicago', '2026-01-24 12:48:29+00', '2026-11-29 13:57:16+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DDVDO5CqGsMT8uC_oBvUjg', 'tim.johnson.20600000@sandbox-account.example.com', 'Tim', 'Johnson', 1, 'active', 'Engineering', 'America/Los_Angeles', '2026-05-27 17:55:14+00', '2026-11-28 04:52:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DI1kJmvS04Af0EHACYeRXw', 'leslie.lovelace.20550000@sandbox-account.example.com', 'Leslie', 'Lovelace', 1, 'active', 'Marketing', 'Europe/Berlin', '2026-04-08 01:21:07+00', '2026-11-25 07:09:17+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DMQADnkK98_qNhPfWKMwtQ', 'dennis.goldberg.20572000@sandbox-account.example.com', 'Dennis', 'Goldberg', 1, 'active', 'Support', 'Asia/Tokyo', '2026-04-29 20:25:44+00', '2026-11-28 07:36:52+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DZNIRwteceHoMUsvNiuiYg', 'leslie.dahl.20451001@sandbox-account.example.com', 'Leslie', 'Dahl', 1, 'active', 'Marketing', 'America/Chicago', '2025-12-29 22:11:09+00', '2026-11-19 15:14:15+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DoSylo928dNbDQCwsCek3Q', 'katherine.stroustrup.20683000@sandbox-account.example.com', 'Katherine', 'Stroustrup', 1, 'active', 'Finance', 'America/New_York', '2026-08-18 07:14:40+00', '2026-12-01 08:50:07+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'DvmfMxiGO46Y74lrsFVGSw', 'hedy.bartik.20565000@sandbox-account.example.com', 'Hedy', 'Bartik', 1, 'active', 'Finance', 'Europe/London', '2026-04-22 12:40:23+00', '2026-11-26 06:09:00+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'E-x6mpwxUepIu4F1h6ld0Q', 'john.bernerslee.20649001@sandbox-account.example.com', 'John', 'Berners-Lee', 1, 'active', 'People', 'Asia/Kolkata', '2026-07-15 19:13:27+00', '2026-11-25 07:01:04+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EALNYfca2964tuqozp_uwA', 'edsger.diffie.20440000@sandbox-account.example.com', 'Edsger', 'Diffie', 1, 'active', 'People', 'America/New_York', '2025-12-18 06:22:49+00', '2026-11-30 16:06:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EHm0fZ_TGApcqPn_rjh1Mg', 'tim.goldwasser.20385000@sandbox-account.example.com', 'Tim', 'Goldwasser', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-10-24 12:22:01+00', '2026-11-24 12:12:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EIQU8rdsBymKcUwqgD6ztA', 'carol.boyd.20292000@sandbox-account.example.com', 'Carol', 'Boyd', 1, 'active', 'Engineering', 'America/Chicago', '2025-07-23 13:54:39+00', '2026-11-23 12:06:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FMu_USgA_qLKqC0FsuLmpA', 'chris.hopper.20305000@sandbox-account.example.com', 'Chris', 'Hopper', 1, 'active', 'Operations', 'Australia/Sydney', '2025-08-05 08:11:27+00', '2026-11-23 18:24:10+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'F__TDKZGIrm1jZVKk3hi4Q', 'radia.easley.20587000@sandbox-account.example.com', 'Radia', 'Easley', 1, 'active', 'Finance', 'America/Los_Angeles', '2026-05-14 07:08:31+00', '2026-11-27 05:59:17+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FcSZm5sxUXlNjJo9b_1lVA', 'guido.lovelace.20413001@sandbox-account.example.com', 'Guido', 'Lovelace', 1, 'active', 'Support', 'America/Los_Angeles', '2025-11-21 11:52:54+00', '2026-12-02 09:31:59+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ff96RNiSTaAv3tjNx486PQ', 'yukihiro.wirth.20441001@sandbox-account.example.com', 'Yukihiro', 'Wirth', 1, 'active', 'Operations', 'Asia/Kolkata', '2025-12-19 11:48:42+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GBySyP8EgrXQBW_Ep7bdwA', 'ken.picard.20339000@sandbox-account.example.com', 'Ken', 'Picard', 1, 'active', 'Marketing', 'America/Los_Angeles', '2025-09-08 05:44:29+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Gm5vEWrpfBSojE-iEUy4GQ', 'brian.kernighan.20415000@sandbox-account.example.com', 'Brian', 'Kernighan', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-11-23 15:35:25+00', '2026-12-02 19:03:43+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GvTH5m21OQpAb5glM5tysg', 'shafi.bernerslee.20762000@sandbox-account.example.com', 'Shafi', 'Berners-Lee', 1, 'active', 'Legal', 'America/Los_Angeles', '2026-11-05 05:57:00+00', '2026-11-21 12:48:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HLfJo1KSv2ZRQEr8WMOs9A', 'hedy.turing.20601001@sandbox-account.example.com', 'Hedy', 'Turing', 1, 'active', 'Legal', 'Australia/Sydney', '2026-05-29 00:09:33+00', '2026-12-01 22:29:56+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HRBfC0VImNq8CV0mFAIJFw', 'linus.hamilton.20748002@sandbox-account.example.com', 'Linus', 'Hamilton', 1, 'active', 'Sales', 'America/Los_Angeles', '2026-10-22 11:02:11+00', '2026-11-24 11:51:49+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HRLMW0HO3MQlL6ri4AKNYg', 'annie.liskov.20761000@sandbox-account.example.com', 'Annie', 'Liskov', 1, 'active', 'Engineering', 'Asia/Kolkata', '2026-11-04 15:43:46+00', '2026-11-24 06:19:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HUsKyC2xlbHpBekccoKoXg', 'guido.lattner.20374002@sandbox-account.example.com', 'Guido', 'Lattner', 1, 'active', 'Operations', 'America/Los_Angeles', '2025-10-13 17:49:05+00', '2026-11-26 23:29:25+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HZ2pHwVWQAyKLsTcWpG4oQ', 'hedy.diffie.20340000@sandbox-account.example.com', 'Hedy', 'Diffie', 1, 'active', 'Sales', 'America/New_York', '2025-09-09 06:17:00+00', '2026-11-27 10:20:14+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'HhdYzAQdm3_JX6b02bVnxA', 'frances.goldberg.20501001@sandbox-account.example.com', 'Frances', 'Goldberg', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-02-17 21:30:58+00', '2026-11-26 04:25:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IJWN8Kmf99d16vtpMyzb6Q', 'barbara.lovelace.20374000@sandbox-account.example.com', 'Barbara', 'Lovelace', 1, 'active', 'Support', 'Europe/Berlin', '2025-10-13 06:00:25+00', '2026-11-29 00:08:18+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IV1umwUtrilEx6TMMdb-FA', 'ida.allen.20595000@sandbox-account.example.com', 'Ida', 'Allen', 1, 'active', 'Support', 'Europe/London', '2026-05-22 16:15:27+00', '2026-11-27 20:45:39+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ImT86RumC0lcfPaALSWeIg', 'radia.dijkstra.20761001@sandbox-account.example.com', 'Radia', 'Dijkstra', 1, 'active', 'Operations', 'Europe/London', '2026-11-04 23:06:07+00', '2026-11-26 01:22:02+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Iwj_sjeyXaoEvKAeXWWXLg', 'ken.lattner.20425000@sandbox-account.example.com', 'Ken', 'Lattner', 1, 'active', 'Engineering', 'Australia/Sydney', '2025-12-03 15:55:30+00', '2026-11-26 23:38:23+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'IxyVFkyuS0f9eJOB1OznKA', 'dennis.turing.20307001@sandbox-account.example.com', 'Dennis', 'Turing', 1, 'active', 'Support', 'America/New_York', '2025-08-08 02:43:17+00', '2026-11-28 12:31:16+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JIe-TEK20tB_SpSdB_eU_g', 'ole.goldwasser.20577001@sandbox-account.example.com', 'Ole', 'Goldwasser', 1, 'active', 'Finance', 'America/Chicago', '2026-05-04 10:20:01+00', '2026-12-02 04:44:39+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JSTaS_wZdEIRPz8ZzGwC_A', 'rosalind.goldberg.20647000@sandbox-account.example.com', 'Rosalind', 'Goldberg', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-07-13 10:26:50+00', '2026-12-01 03:44:02+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JZ7xFiMNtTk8nT3aD0pg5g', 'brian.ritchie.20657001@sandbox-account.example.com', 'Brian', 'Ritchie', 1, 'active', 'Engineering', 'Asia/Kolkata', '2026-07-23 13:50:18+00', '2026-11-30 10:56:18+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JffU-Cia9NTtFL8_ujt3SA', 'tim.kernighan.20307000@sandbox-account.example.com', 'Tim', 'Kernighan', 1, 'active', 'People', 'Australia/Sydney', '2025-08-07 08:14:53+00', '2026-11-22 07:08:15+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JwpdBWr1oX98M2gP3RwFUw', 'anders.hamilton.20489001@sandbox-account.example.com', 'Anders', 'Hamilton', 1, 'active', 'Engineering', 'America/New_York', '2026-02-05 18:41:58+00', '2026-11-20 00:24:55+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'K3mtVhYCiTZs3XZdQ5KQZA', 'shafi.mccarthy.20640001@sandbox-account.example.com', 'Shafi', 'McCarthy', 1, 'active', 'Finance', 'America/Chicago', '2026-07-06 21:50:05+00', '2026-11-28 12:57:11+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ku9-uyrf8wxG2uUv4YsP6g', 'frances.goldwasser.20624000@sandbox-account.example.com', 'Frances', 'Goldwasser', 1, 'active', 'Finance', 'America/New_York', '2026-06-20 13:25:57+00', '2026-11-24 00:06:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LFauW76_gFTpYvUJ9obhDw', 'lynn.wirth.20357000@sandbox-account.example.com', 'Lynn', 'Wirth', 1, 'active', 'Finance', 'America/New_York', '2025-09-26 06:57:03+00', '2026-11-20 14:21:46+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LJ_-KC0OgeUfCZ8SYQVplA', 'annie.bartik.20298000@sandbox-account.example.com', 'Annie', 'Bartik', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-07-29 23:06:28+00', '2026-11-30 20:19:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LKKIVA_8Pc2jAOeTtKUN_A', 'edsger.allen.20375000@sandbox-account.example.com', 'Edsger', 'Allen', 1, 'active', 'People', 'Australia/Sydney', '2025-10-14 19:48:15+00', '2026-11-28 03:02:14+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LM-LDYoeCDHa5NcqzpcHZA', 'chris.ritchie.20685000@sandbox-account.example.com', 'Chris', 'Ritchie', 1, 'active', 'Sales', 'Asia/Tokyo', '2026-08-20 15:14:25+00', '2026-11-21 18:37:13+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'LMcknQEXbsbf90Yy7a_sEQ', 'edsger.liskov.20608000@sandbox-account.example.com', 'Edsger', 'Liskov', 1, 'active', 'Engineering', 'Europe/London', '2026-06-04 23:49:02+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Lxk5WI2YSKYj52NzwZWoNw', 'karen.wilson.20635001@sandbox-account.example.com', 'Karen', 'Wilson', 1, 'active', 'Support', 'America/Chicago', '2026-07-01 23:02:42+00', '2026-11-26 11:04:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'M77_YCaR4UNAtY0pI5IHUw', 'tim.knuth.20692001@sandbox-account.example.com', 'Tim', 'Knuth', 1, 'active', 'Operations', 'Asia/Tokyo', '2026-08-28 02:16:44+00', '2026-11-28 09:25:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'MRuGI5cggEls7Rzh_yyvGA', 'anders.johnson.20483001@sandbox-account.example.com', 'Anders', 'Johnson', 1, 'active', 'Marketing', 'America/Chicago', '2026-01-31 04:39:40+00', '2026-11-27 12:28:08+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'NHJ-iozXkU7zKA86ocnOag', 'mary.rhodes.20686000@sandbox-account.example.com', 'Mary', 'Rhodes', 1, 'active', 'Finance', 'Europe/London', '2026-08-21 18:22:33+00', '2026-11-20 11:31:11+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'NPTkg0VN9Pnwdp5V1uajYg', 'dennis.diffie.20509000@sandbox-account.example.com', 'Dennis', 'Diffie', 1, 'active', 'People', 'Europe/Berlin', '2026-02-25 19:50:37+00', '2026-11-27 08:20:32+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'O9urGDzjmmkBPyjh5FSoiQ', 'ida.spärckjones.20454000@sandbox-account.example.com', 'Ida', 'Spärck Jones', 1, 'active', 'Engineering', 'America/New_York', '2026-01-01 09:11:10+00', '2026-11-24 07:30:01+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OERBXh9cuTVzZtUdDtHntA', 'frances.lamarr.20441000@sandbox-account.example.com', 'Frances', 'Lamarr', 1, 'active', 'Sales', 'Asia/Kolkata', '2025-12-19 06:38:39+00', '2026-11-20 14:05:57+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'OxLwb6PKAxnjFZKDu8EeJQ', 'james.lattner.20300000@sandbox-account.example.com', 'James', 'Lattner', 1, 'active', 'Support', 'Europe/Berlin', '2025-07-31 07:11:29+00', '2026-11-22 19:19:32+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'PNyQxokbYIjo0hAH_GVVlQ', 'chris.boyd.20656000@sandbox-account.example.com', 'Chris', 'Boyd', 1, 'active', 'People', 'Europe/London', '2026-07-22 17:15:02+00', '2026-11-24 01:00:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QBH5Mjs-1h_6-olQug4pag', 'frances.thompson.20542001@sandbox-account.example.com', 'Frances', 'Thompson', 1, 'active', 'Marketing', 'Asia/Tokyo', '2026-03-30 18:36:38+00', '2026-11-25 00:21:05+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QD8PLftaLLwJZXJA2jlYgw', 'brian.lamarr.20300004@sandbox-account.example.com', 'Brian', 'Lamarr', 1, 'active', 'Finance', 'Australia/Sydney', '2025-08-01 02:03:53+00', '2026-11-22 14:39:00+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QEsOvRLT7g4liU5-begwxQ', 'guido.knuth.20336000@sandbox-account.example.com', 'Guido', 'Knuth', 1, 'active', 'Marketing', 'Australia/Sydney', '2025-09-06 02:17:33+00', '2026-11-29 04:46:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QGsnbjK5HHXtszxMfPEm4Q', 'edsger.ritchie.20507001@sandbox-account.example.com', 'Edsger', 'Ritchie', 1, 'active', 'Engineering', 'Asia/Tokyo', '2026-02-23 13:16:18+00', '2026-11-21 07:28:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QT05J3v6AQ-YU-rVXeX-HQ', 'edsger.turing.20552000@sandbox-account.example.com', 'Edsger', 'Turing', 1, 'active', 'Finance', 'Europe/London', '2026-04-09 07:08:50+00', '2026-11-23 17:04:13+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Qx0efTDAGZyeiqAloB1JgQ', 'chris.perlman.20389000@sandbox-account.example.com', 'Chris', 'Perlman', 1, 'active', 'Marketing', 'Europe/Berlin', '2025-10-28 08:16:48+00', '2026-11-26 11:37:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QyZCv0YhjkxYQxU0HYe9_Q', 'katherine.easley.20542000@sandbox-account.example.com', 'Katherine', 'Easley', 1, 'active', 'Operations', 'Asia/Tokyo', '2026-03-30 12:29:11+00', '2026-11-20 08:57:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'R060FqpVHXgFzbMc3P6Sxg', 'radia.spärckjones.20360000@sandbox-account.example.com', 'Radia', 'Spärck Jones', 1, 'active', 'Marketing', 'America/Los_Angeles', '2025-09-29 07:28:32+00', '2026-11-30 05:19:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RE3-u6s-YCJrMnT_qSRRBg', 'niklaus.perlman.20363000@sandbox-account.example.com', 'Niklaus', 'Perlman', 1, 'active', 'Operations', 'America/Chicago', '2025-10-02 21:38:05+00', '2026-11-30 17:09:13+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RV8Tp9BeSrrfEIG_Fn00hw', 'whitfield.goldwasser.20538000@sandbox-account.example.com', 'Whitfield', 'Goldwasser', 1, 'active', 'Support', 'Europe/Berlin', '2026-03-26 10:29:35+00', '2026-11-23 07:52:13+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'RlSZrl3zoZEHSmh6y1QHww', 'jean.liskov.20691000@sandbox-account.example.com', 'Jean', 'Liskov', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-08-26 11:49:38+00', '2026-11-30 07:19:51+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'S0SsF91Fo6JEpClZwf2N2w', 'ada.rhodes.20507000@sandbox-account.example.com', 'Ada', 'Rhodes', 1, 'active', 'Legal', 'America/Chicago', '2026-02-23 05:05:51+00', '2026-11-23 17:30:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'S2P_9tpDssqyqMyVuCeURQ', 'brian.wirth.20416001@sandbox-account.example.com', 'Brian', 'Wirth', 1, 'active', 'Support', 'America/Chicago', '2025-11-25 00:18:11+00', '2026-11-22 09:50:48+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SGLC1tLk8xNJCfVL5momEw', 'chris.knuth.20700000@sandbox-account.example.com', 'Chris', 'Knuth', 1, 'active', 'Legal', 'Asia/Kolkata', '2026-09-04 05:59:32+00', '2026-11-29 18:08:00+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SYtnKTfCwwMsnbg3tanJSQ', 'katherine.mccarthy.20594000@sandbox-account.example.com', 'Katherine', 'McCarthy', 1, 'active', 'Sales', 'America/Chicago', '2026-05-21 12:07:03+00', '2026-11-20 14:43:51+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'T1dE7fj2XWfyLdKgh0d3BA', 'anders.torvalds.20460000@sandbox-account.example.com', 'Anders', 'Torvalds', 1, 'active', 'People', 'Australia/Sydney', '2026-01-07 13:34:48+00', '2026-11-30 10:01:42+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TGbt4pwrGiVbTnlgpmY2Ww', 'edsger.goldberg.20589000@sandbox-account.example.com', 'Edsger', 'Goldberg', 1, 'active', 'Support', 'Asia/Tokyo', '2026-05-16 07:05:10+00', '2026-11-22 07:59:53+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TMglqFmVxqdcJo6N_VmgIQ', 'jean.conway.20740000@sandbox-account.example.com', 'Jean', 'Conway', 1, 'active', 'Marketing', 'America/New_York', '2026-10-14 11:20:39+00', '2026-11-25 21:26:06+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TSRM-l3a614-w450I4ouwA', 'leslie.knuth.20538001@sandbox-account.example.com', 'Leslie', 'Knuth', 1, 'active', 'Legal', 'Australia/Sydney', '2026-03-26 11:12:05+00', '2026-11-29 00:57:45+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TUflR0XSE4-JNCSzaatIsw', 'linus.diffie.20543000@sandbox-account.example.com', 'Linus', 'Diffie', 1, 'active', 'Support', 'Australia/Sydney', '2026-03-31 21:11:26+00', '2026-11-28 23:30:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'TxORCyYsBPiVp_B6TYq8JA', 'ada.clarke.20342000@sandbox-account.example.com', 'Ada', 'Clarke', 1, 'active', 'People', 'Europe/London', '2025-09-11 14:03:33+00', '2026-11-25 08:14:36+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'U9fHdr5Q2pansp-kXNFKlA', 'shafi.vanrossum.20651000@sandbox-account.example.com', 'Shafi', 'van Rossum', 1, 'active', 'Legal', 'Europe/Berlin', '2026-07-17 06:44:28+00', '2026-11-21 04:23:08+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UEWC-GdRfYaWYsTb2VSwhg', 'karen.lamport.20618000@sandbox-account.example.com', 'Karen', 'Lamport', 1, 'active', 'Marketing', 'Australia/Sydney', '2026-06-14 04:01:56+00', '2026-11-27 18:25:43+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UPeIhIuAa6SS9JQR8eVBFg', 'evelyn.dahl.20402000@sandbox-account.example.com', 'Evelyn', 'Dahl', 1, 'active', 'Support', 'America/Los_Angeles', '2025-11-10 17:03:09+00', '2026-11-22 15:42:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UUhU6sSZlryg9oHIPfiBAQ', 'guido.hamilton.20690000@sandbox-account.example.com', 'Guido', 'Hamilton', 1, 'active', 'Engineering', 'Europe/Berlin', '2026-08-25 11:14:51+00', '2026-12-02 04:30:42+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UXG7SwxO47VW0h4Fl7qiig', 'niklaus.mccarthy.20592000@sandbox-account.example.com', 'Niklaus', 'McCarthy', 1, 'active', 'Legal', 'America/Los_Angeles', '2026-05-19 08:06:28+00', '2026-11-26 16:37:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UdIRgEpyG-2PXHf_ei8ZJQ', 'niklaus.shaw.20577002@sandbox-account.example.com', 'Niklaus', 'Shaw', 1, 'active', 'Support', 'America/New_York', '2026-05-04 19:58:07+00', '2026-11-24 18:53:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'UnUYBlhbi6Gl3Ygn-juzZg', 'frances.lattner.20327000@sandbox-account.example.com', 'Frances', 'Lattner', 1, 'active', 'Finance', 'Asia/Kolkata', '2025-08-27 10:31:04+00', '2026-11-24 03:30:52+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VOAYBAZDn5IyWjQcRW7zYQ', 'mary.mccarthy.20416000@sandbox-account.example.com', 'Mary', 'McCarthy', 1, 'active', 'Engineering', 'America/New_York', '2025-11-24 19:30:54+00', '2026-11-27 22:53:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VZhaYAqCuA52nlOuF102EA', 'ole.hopper.20419000@sandbox-account.example.com', 'Ole', 'Hopper', 1, 'active', 'Finance', 'America/New_York', '2025-11-27 08:37:58+00', '2026-11-28 18:48:10+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VoWRVkaUOE4srYV98QwRnA', 'hedy.spärckjones.20544000@sandbox-account.example.com', 'Hedy', 'Spärck Jones', 1, 'active', 'People', 'Asia/Tokyo', '2026-04-01 20:28:58+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'W3d5DIeY4ks1J8yhY034zw', 'james.lattner.20412000@sandbox-account.example.com', 'James', 'Lattner', 1, 'active', 'Operations', 'Asia/Kolkata', '2025-11-20 16:37:42+00', '2026-11-20 00:59:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WAzEdKehMFIU6kyqG0_P_Q', 'ida.thompson.20333000@sandbox-account.example.com', 'Ida', 'Thompson', 1, 'active', 'Finance', 'America/Los_Angeles', '2025-09-03 03:08:53+00', '2026-11-28 08:12:04+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WI8ikwCJP6WMrX4V1T7E4w', 'linus.johnson.20453000@sandbox-account.example.com', 'Linus', 'Johnson', 1, 'active', 'Engineering', 'America/Los_Angeles', '2025-12-31 17:01:34+00', '2026-11-23 21:21:00+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WPEhLbAdXsTsguomHXWWZg', 'ken.boyd.20361000@sandbox-account.example.com', 'Ken', 'Boyd', 1, 'active', 'Engineering', 'Asia/Kolkata', '2025-09-30 18:44:39+00', '2026-11-27 01:35:31+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WZlkx8QEXbK_EA15CEUnKg', 'chris.vanrossum.20455001@sandbox-account.example.com', 'Chris', 'van Rossum', 1, 'active', 'Legal', 'Europe/London', '2026-01-02 13:22:12+00', '2026-11-26 08:18:57+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WauIoeLeewicQiQ2_FHO5Q', 'ken.diffie.20294000@sandbox-account.example.com', 'Ken', 'Diffie', 1, 'active', 'Support', 'America/Chicago', '2025-07-26 02:55:18+00', '2026-12-01 12:02:53+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WeIpnAK4lNRzwZ9KJuwmgg', 'katherine.shaw.20619000@sandbox-account.example.com', 'Katherine', 'Shaw', 1, 'active', 'Marketing', 'America/New_York', '2026-06-15 21:51:28+00', '2026-11-22 02:38:50+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'WkUAs_uoPb0pxSrYIdjkvg', 'ada.lattner.20381001@sandbox-account.example.com', 'Ada', 'Lattner', 1, 'active', 'People', 'Asia/Tokyo', '2025-10-20 09:50:46+00', '2026-11-30 00:45:14+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'X7FvG_OUBKQady2KKdVmcw', 'brian.lattner.20451000@sandbox-account.example.com', 'Brian', 'Lattner', 1, 'active', 'Sales', 'Asia/Tokyo', '2025-12-29 06:05:59+00', '2026-11-19 03:06:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XKWP9nPcsFCvXjAuPJ8Evw', 'edsger.knuth.20475000@sandbox-account.example.com', 'Edsger', 'Knuth', 1, 'active', 'Operations', 'Europe/Berlin', '2026-01-22 11:55:47+00', '2026-11-29 04:41:54+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Xk6E_9sZu8sliYZdyyn1wg', 'lynn.conway.20727000@sandbox-account.example.com', 'Lynn', 'Conway', 1, 'active', 'Marketing', 'Asia/Kolkata', '2026-10-01 21:49:39+00', '2026-11-19 06:33:49+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'XvUQnLXrGFRus_yn-uE8mA', 'alan.hopper.20682000@sandbox-account.example.com', 'Alan', 'Hopper', 1, 'active', 'People', 'Europe/London', '2026-08-17 17:45:40+00', '2026-11-27 15:02:51+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YhCdIms_2WrNUse7Yeaaxw', 'ida.johnson.20662000@sandbox-account.example.com', 'Ida', 'Johnson', 1, 'active', 'Engineering', 'America/New_York', '2026-07-28 12:25:23+00', '2026-11-25 12:48:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ywv5_2h2MCRzsTxQsRC4lQ', 'niklaus.diffie.20384000@sandbox-account.example.com', 'Niklaus', 'Diffie', 1, 'active', 'Operations', 'Asia/Kolkata', '2025-10-23 05:08:45+00', '2026-11-20 23:55:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZbgasyVo_AjvWbPiGGoWdw', 'frances.hamilton.20649000@sandbox-account.example.com', 'Frances', 'Hamilton', 1, 'active', 'Marketing', 'Europe/London', '2026-07-15 07:22:00+00', '2026-11-27 13:25:49+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Ze2lHENeyVooF_2iA5JZ5w', 'frances.liskov.20557001@sandbox-account.example.com', 'Frances', 'Liskov', 1, 'active', 'Operations', 'America/New_York', '2026-04-14 17:49:16+00', '2026-11-23 00:03:38+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZkLWYjve0k3HJ6BNxSoE5g', 'barbara.allen.20501000@sandbox-account.example.com', 'Barbara', 'Allen', 1, 'active', 'Engineering', 'America/Los_Angeles', '2026-02-17 19:58:17+00', '2026-11-24 17:09:56+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ZqP9fMSIKp5uqkae5bh5EQ', 'rosalind.stroustrup.20658000@sandbox-account.example.com', 'Rosalind', 'Stroustrup', 1, 'active', 'Operations', 'America/Chicago', '2026-07-24 11:09:39+00', '2026-11-23 22:27:00+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_1qzZYqlZZSS9jeBwWE0Bg', 'grace.hamilton.20536001@sandbox-account.example.com', 'Grace', 'Hamilton', 1, 'active', 'Engineering', 'Europe/Berlin', '2026-03-24 20:32:04+00', '2026-11-30 13:25:40+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_EvCkVu49_RckAVjI6J_FA', 'chris.gosling.20641001@sandbox-account.example.com', 'Chris', 'Gosling', 1, 'active', 'Support', 'Australia/Sydney', '2026-07-08 03:16:00+00', '2026-12-02 05:36:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_GEI8tV-0m2OEd-R5CRk5A', 'rosalind.wirth.20465000@sandbox-account.example.com', 'Rosalind', 'Wirth', 1, 'active', 'Support', 'Europe/Berlin', '2026-01-12 19:45:47+00', '2026-11-21 04:50:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_J_cNO7zZxzqWvLsVud1BA', 'jean.lamarr.20330000@sandbox-account.example.com', 'Jean', 'Lamarr', 1, 'active', 'Operations', 'Europe/Berlin', '2025-08-30 06:23:44+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_UIdEz24YxWzhRM2P8pUBQ', 'radia.kernighan.20358000@sandbox-account.example.com', 'Radia', 'Kernighan', 1, 'active', 'Legal', 'Asia/Kolkata', '2025-09-27 21:14:36+00', '2026-11-30 19:57:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_flJ9tddXKUGVGkEHreUCw', 'shafi.boyd.20696001@sandbox-account.example.com', 'Shafi', 'Boyd', 1, 'active', 'Marketing', 'Asia/Kolkata', '2026-08-31 09:09:00+00', '2026-11-23 02:56:07+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a65V0UEXMxA6XbgVXjw8mg', 'jean.goldberg.20692000@sandbox-account.example.com', 'Jean', 'Goldberg', 1, 'active', 'Sales', 'Asia/Tokyo', '2026-08-27 14:18:37+00', '2026-11-23 09:22:38+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a6Mtjl4o6vXjkqYN9bnfMw', 'dennis.dahl.20335000@sandbox-account.example.com', 'Dennis', 'Dahl', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-09-04 16:38:40+00', '2026-12-02 14:53:39+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'a80cnmRrc9xhZ_j7HtnK9Q', 'radia.torvalds.20577000@sandbox-account.example.com', 'Radia', 'Torvalds', 1, 'active', 'Sales', 'America/New_York', '2026-05-04 08:23:05+00', '2026-11-27 02:22:50+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aOTgB40cQckMU7tTm87cnQ', 'grace.liskov.20640000@sandbox-account.example.com', 'Grace', 'Liskov', 1, 'active', 'People', 'Europe/Berlin', '2026-07-06 13:31:32+00', '2026-12-01 13:22:10+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aVkhGJrwMzzlpwmhEan7aQ', 'leslie.easley.20453001@sandbox-account.example.com', 'Leslie', 'Easley', 1, 'active', 'Marketing', 'America/Chicago', '2025-12-31 22:04:00+00', '2026-11-23 15:48:14+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aYCPOBVJhqpP97hxVXHOWg', 'frances.wirth.20500000@sandbox-account.example.com', 'Frances', 'Wirth', 1, 'active', 'Operations', 'Europe/Berlin', '2026-02-16 16:14:10+00', '2026-11-25 05:13:57+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aZkoET7Qi4uuC8hhSoGVAg', 'james.bartik.20696002@sandbox-account.example.com', 'James', 'Bartik', 1, 'active', 'Legal', 'Europe/London', '2026-08-31 15:29:14+00', '2026-11-26 14:36:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'azZ-h2w_l5kpKuKQ0gaW8A', 'shafi.boyd.20586000@sandbox-account.example.com', 'Shafi', 'Boyd', 1, 'active', 'Engineering', 'Australia/Sydney', '2026-05-14 01:20:59+00', '2026-11-19 09:35:05+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'b1fUvQjksTZNJ7kBD5k10A', 'ken.boyd.20626000@sandbox-account.example.com', 'Ken', 'Boyd', 1, 'active', 'Marketing', 'Asia/Kolkata', '2026-06-22 07:36:43+00', '2026-11-20 13:19:45+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'b9obiElGsLMw08w1bSK4gA', 'sophie.turing.20646000@sandbox-account.example.com', 'Sophie', 'Turing', 1, 'active', 'Support', 'America/Los_Angeles', '2026-07-12 22:57:09+00', '2026-11-25 00:16:59+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bDr-nOdG3lL8sNBK4Cdn1Q', 'guido.vanrossum.20573000@sandbox-account.example.com', 'Guido', 'van Rossum', 1, 'active', 'Operations', 'America/Chicago', '2026-04-30 13:29:17+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bOuTe7asdHsFBewEGsBGbw', 'katherine.matsumoto.20427001@sandbox-account.example.com', 'Katherine', 'Matsumoto', 1, 'active', 'Finance', 'Europe/Berlin', '2025-12-05 17:40:10+00', '2026-11-25 05:57:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bPJHXIuWq5NxkN22vtf8AQ', 'hedy.wirth.20748001@sandbox-account.example.com', 'Hedy', 'Wirth', 1, 'active', 'Legal', 'Europe/Berlin', '2026-10-22 09:16:46+00', '2026-11-23 07:09:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'bzQjXRiAg-RwqIrot1qdeg', 'shafi.shaw.20573001@sandbox-account.example.com', 'Shafi', 'Shaw', 1, 'active', 'Engineering', 'Asia/Tokyo', '2026-04-30 17:57:12+00', '2026-11-20 20:07:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'c0gtdRHS8W2GNHWO3fRoIQ', 'margaret.bartik.20519000@sandbox-account.example.com', 'Margaret', 'Bartik', 1, 'active', 'People', 'Asia/Tokyo', '2026-03-07 10:49:04+00', '2026-12-02 09:46:17+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'c3cLpJUqvs4Esnj9315-YA', 'barbara.shaw.20546000@sandbox-account.example.com', 'Barbara', 'Shaw', 1, 'active', 'Sales', 'Australia/Sydney', '2026-04-03 05:22:23+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'cCijVO2DruYeBxFS7TnvzQ', 'sophie.dijkstra.20319000@sandbox-account.example.com', 'Sophie', 'Dijkstra', 1, 'active', 'Engineering', 'Europe/London', '2025-08-19 13:21:17+00', '2026-11-25 03:52:27+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'chFAwiXtodFjTfbdgrAVUw', 'annie.boyd.20742002@sandbox-account.example.com', 'Annie', 'Boyd', 1, 'active', 'Operations', 'America/New_York', '2026-10-16 23:03:58+00', '2026-11-20 11:22:16+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'd2I7YDk6mlwGUW-hEB1P8Q', 'dennis.hejlsberg.20300002@sandbox-account.example.com', 'Dennis', 'Hejlsberg', 1, 'active', 'Finance', 'Europe/London', '2025-07-31 20:45:11+00', '2026-11-30 13:47:54+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dZtQMsYgMZDxOGIb3ApP5A', 'linus.hamilton.20388000@sandbox-account.example.com', 'Linus', 'Hamilton', 1, 'active', 'Legal', 'Asia/Kolkata', '2025-10-28 00:22:35+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dczN6pFQvuOIweWt5p2KRw', 'adele.kernighan.20602000@sandbox-account.example.com', 'Adele', 'Kernighan', 1, 'active', 'People', 'Europe/London', '2026-05-29 07:56:29+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dkynsd9h7v87temcy3k7WQ', 'grace.diffie.20748000@sandbox-account.example.com', 'Grace', 'Diffie', 1, 'active', 'Support', 'America/New_York', '2026-10-22 05:36:21+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dnhSJGVQxR31d7gWdePuqg', 'lynn.gosling.20635000@sandbox-account.example.com', 'Lynn', 'Gosling', 1, 'active', 'Sales', 'Australia/Sydney', '2026-07-01 04:02:17+00', '2026-11-25 04:02:01+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'dzhJ1d-ZaiKO0akh2Vqxeg', 'annie.lamport.20399000@sandbox-account.example.com', 'Annie', 'Lamport', 1, 'active', 'Sales', 'Australia/Sydney', '2025-11-07 08:35:23+00', '2026-11-22 20:54:28+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'e62YqJw9dtzq_RAgqcRITw', 'barbara.liskov.20513000@sandbox-account.example.com', 'Barbara', 'Liskov', 1, 'active', 'Support', 'America/New_York', '2026-03-02 00:38:04+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eEWxKLFKcnNh9hYD6Uc-sg', 'ken.mccarthy.20405000@sandbox-account.example.com', 'Ken', 'McCarthy', 1, 'active', 'Finance', 'Europe/London', '2025-11-13 17:12:08+00', '2026-11-24 21:35:34+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eJxAN9eUG-bf5t2bWkrUAw', 'joan.johnson.20340001@sandbox-account.example.com', 'Joan', 'Johnson', 1, 'active', 'Marketing', 'Asia/Tokyo', '2025-09-10 03:36:58+00', '2026-11-26 21:27:22+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fNOQPSrBBMn0S-5mY98q7A', 'frances.hejlsberg.20432001@sandbox-account.example.com', 'Frances', 'Hejlsberg', 1, 'active', 'Legal', 'Australia/Sydney', '2025-12-10 20:39:46+00', '2026-11-28 00:29:54+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fbz9xqJO6ytHxGz2c7A5gA', 'alan.conway.20529000@sandbox-account.example.com', 'Alan', 'Conway', 1, 'active', 'People', 'Asia/Tokyo', '2026-03-18 03:50:18+00', '2026-11-22 13:29:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fkPqdutEZEOgKsh4mgRUdA', 'karen.hamilton.20704000@sandbox-account.example.com', 'Karen', 'Hamilton', 1, 'active', 'Operations', 'America/Chicago', '2026-09-08 08:44:26+00', '2026-12-02 23:04:17+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ft_zFeEVsWpNJacGfOl40Q', 'guido.johnson.20586001@sandbox-account.example.com', 'Guido', 'Johnson', 1, 'active', 'Operations', 'Australia/Sydney', '2026-05-14 03:39:01+00', '2026-11-23 11:14:04+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'fwZzIby2xaYy9ggjKhUXBQ', 'niklaus.dijkstra.20496001@sandbox-account.example.com', 'Niklaus', 'Dijkstra', 1, 'active', 'Marketing', 'Asia/Tokyo', '2026-02-12 16:13:16+00', '2026-11-23 02:11:51+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'g1Q2sV0UCACqA9S9A7eoCA', 'hedy.allen.20436000@sandbox-account.example.com', 'Hedy', 'Allen', 1, 'active', 'Marketing', 'Asia/Kolkata', '2025-12-14 07:15:09+00', '2026-11-26 23:59:38+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gGgUEvet0sWJy94-F4rC-A', 'annie.thompson.20313000@sandbox-account.example.com', 'Annie', 'Thompson', 1, 'active', 'Marketing', 'Europe/Berlin', '2025-08-13 16:17:26+00', '2026-11-19 23:23:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gKXY4IduwgFuWip6T7tcYg', 'dennis.stroustrup.20380000@sandbox-account.example.com', 'Dennis', 'Stroustrup', 1, 'active', 'Legal', 'America/Los_Angeles', '2025-10-19 23:14:39+00', '2026-11-23 07:02:06+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gO0Nkmsn7EoKsmfTA0KDAA', 'whitfield.lamport.20720000@sandbox-account.example.com', 'Whitfield', 'Lamport', 1, 'active', 'Finance', 'Europe/London', '2026-09-24 14:43:10+00', '2026-11-20 17:15:22+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gQkqcsHrOC4K7APfYgIdPA', 'donald.picard.20699000@sandbox-account.example.com', 'Donald', 'Picard', 1, 'active', 'Marketing', 'Europe/Berlin', '2026-09-03 10:30:46+00', '2026-11-22 02:32:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gSPkCOjUh_bPehxhXx6GCg', 'shafi.dahl.20475001@sandbox-account.example.com', 'Shafi', 'Dahl', 1, 'active', 'Support', 'Asia/Tokyo', '2026-01-23 01:26:59+00', '2026-11-30 08:57:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gTV1s58tB79OSlZUTQh99w', 'carol.clarke.20604000@sandbox-account.example.com', 'Carol', 'Clarke', 1, 'active', 'Legal', 'Europe/London', '2026-05-31 20:02:12+00', '2026-11-30 19:40:25+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gV5E-TBSqUzG37z0UUCfKA', 'chris.dahl.20321000@sandbox-account.example.com', 'Chris', 'Dahl', 1, 'active', 'Legal', 'Australia/Sydney', '2025-08-21 12:21:54+00', '2026-11-22 10:23:10+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gq0jI6GsfCG-aGoIvwYZtg', 'katherine.goldwasser.20291002@sandbox-account.example.com', 'Katherine', 'Goldwasser', 1, 'active', 'Finance', 'America/Los_Angeles', '2025-07-23 03:21:52+00', '2026-11-26 01:00:46+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hRZ1KoOEXaFpZASCO5Hezg', 'carol.wilson.20325002@sandbox-account.example.com', 'Carol', 'Wilson', 1, 'active', 'Finance', 'Europe/Berlin', '2025-08-26 03:57:55+00', '2026-11-30 20:55:41+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hnR1Y5AmRV9GSxwjUV34qA', 'shafi.diffie.20535000@sandbox-account.example.com', 'Shafi', 'Diffie', 1, 'active', 'Legal', 'Europe/London', '2026-03-23 14:58:31+00', '2026-11-30 13:22:19+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hqG4q7Ca8Z6pm6XE-e6WYw', 'chris.mccarthy.20454001@sandbox-account.example.com', 'Chris', 'McCarthy', 1, 'active', 'Engineering', 'Asia/Tokyo', '2026-01-01 19:06:46+00', '2026-11-30 14:53:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'hwXU7SlyUahSMiyIPdvclA', 'yukihiro.picard.20748003@sandbox-account.example.com', 'Yukihiro', 'Picard', 1, 'active', 'Operations', 'Europe/Berlin', '2026-10-22 17:34:14+00', '2026-12-01 23:50:27+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'i46GYtVbGYh_on7OrFpHpw', 'brian.johnson.20354000@sandbox-account.example.com', 'Brian', 'Johnson', 1, 'active', 'Engineering', 'America/Chicago', '2025-09-23 10:25:46+00', '2026-11-23 15:25:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iAcTTUYX_gYjPBW4FHWThw', 'niklaus.matsumoto.20328000@sandbox-account.example.com', 'Niklaus', 'Matsumoto', 1, 'active', 'Operations', 'America/Los_Angeles', '2025-08-28 08:09:51+00', '2026-11-28 14:27:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iE6KA309XIWNKO0sKqLypg', 'niklaus.rhodes.20342001@sandbox-account.example.com', 'Niklaus', 'Rhodes', 1, 'active', 'Support', 'Asia/Kolkata', '2025-09-11 20:14:44+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iPS_p4iH7fQfUr4uPAkESA', 'donald.rhodes.20427000@sandbox-account.example.com', 'Donald', 'Rhodes', 1, 'active', 'Finance', 'America/Los_Angeles', '2025-12-05 11:23:16+00', '2026-11-28 06:28:54+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iQ9alqEp4QLeJgqOIWFOzw', 'frances.hamilton.20696000@sandbox-account.example.com', 'Frances', 'Hamilton', 1, 'active', 'Marketing', 'Asia/Kolkata', '2026-08-31 05:40:43+00', '2026-11-28 11:01:18+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'iTX0S2Zr3ceW4qJIf-xB1Q', 'james.bernerslee.20319001@sandbox-account.example.com', 'James', 'Berners-Lee', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-08-19 16:38:51+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ibgjSAub85aDg6K2BzP1CA', 'lynn.perlman.20425001@sandbox-account.example.com', 'Lynn', 'Perlman', 1, 'active', 'Legal', 'America/Chicago', '2025-12-03 19:46:31+00', '2026-12-01 17:55:08+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'icakdsNo3uU-JvXS-DvbDQ', 'ada.ritchie.20438001@sandbox-account.example.com', 'Ada', 'Ritchie', 1, 'active', 'People', 'America/New_York', '2025-12-16 12:15:23+00', '2026-11-26 15:57:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ijYu2AuhzFZxToG-iniLvQ', 'ida.vanrossum.20742001@sandbox-account.example.com', 'Ida', 'van Rossum', 1, 'active', 'Operations', 'Asia/Kolkata', '2026-10-16 12:15:25+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'ishVgR3EsOjt52lVTlRoFQ', 'karen.clarke.20539001@sandbox-account.example.com', 'Karen', 'Clarke', 1, 'active', 'Sales', 'Asia/Kolkata', '2026-03-27 11:37:01+00', '2026-11-27 23:54:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jHsp4JBgDpig9iKFTpkEtg', 'ada.dijkstra.20466000@sandbox-account.example.com', 'Ada', 'Dijkstra', 1, 'active', 'Sales', 'Asia/Tokyo', '2026-01-13 20:23:12+00', '2026-11-29 23:51:38+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jPwNcbbzLP7RUGZEiHJWhw', 'anders.conway.20311000@sandbox-account.example.com', 'Anders', 'Conway', 1, 'active', 'Legal', 'Australia/Sydney', '2025-08-11 19:18:31+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jQxGrid3DVE4T7iTtaFi1A', 'carol.goldberg.20381000@sandbox-account.example.com', 'Carol', 'Goldberg', 1, 'active', 'Marketing', 'America/Los_Angeles', '2025-10-20 08:50:23+00', '2026-12-02 04:20:08+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jhPc-BBhCLPFgsvD5J6jlQ', 'whitfield.torvalds.20493000@sandbox-account.example.com', 'Whitfield', 'Torvalds', 1, 'active', 'Support', 'Europe/London', '2026-02-09 15:03:49+00', '2026-12-02 03:06:43+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'jtgnDZj5v7nsKDIAWEIPEw', 'grace.conway.20454002@sandbox-account.example.com', 'Grace', 'Conway', 1, 'active', 'Marketing', 'America/Los_Angeles', '2026-01-02 00:57:30+00', '2026-11-25 13:59:17+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kQMkWep6vhPyQT9_TDhu2Q', 'hedy.hejlsberg.20669000@sandbox-account.example.com', 'Hedy', 'Hejlsberg', 1, 'active', 'Finance', 'Asia/Tokyo', '2026-08-05 01:00:25+00', '2026-11-21 18:44:30+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kWBLkFiflV75dB6tI5rfkA', 'guido.matsumoto.20609000@sandbox-account.example.com', 'Guido', 'Matsumoto', 1, 'active', 'Support', 'Europe/London', '2026-06-05 15:20:37+00', '2026-11-29 19:24:48+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kbFkeUNpX-yswWCyQeAk4A', 'sophie.bartik.20598000@sandbox-account.example.com', 'Sophie', 'Bartik', 1, 'active', 'Operations', 'Asia/Tokyo', '2026-05-25 04:55:28+00', '2026-11-25 10:57:10+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kcg3Q_vMESSGV6KZ5BI8lA', 'lynn.turing.20318000@sandbox-account.example.com', 'Lynn', 'Turing', 1, 'active', 'Legal', 'Asia/Tokyo', '2025-08-18 16:22:20+00', '2026-11-30 19:20:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kka6FF_0_DHSPpQIRj-mAw', 'hedy.thompson.20571000@sandbox-account.example.com', 'Hedy', 'Thompson', 1, 'active', 'Sales', 'America/New_York', '2026-04-28 09:12:41+00', '2026-11-27 09:36:34+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'l1HWHKCcVD8ON-kSUtbFIg', 'margaret.hopper.20439000@sandbox-account.example.com', 'Margaret', 'Hopper', 1, 'active', 'People', 'Asia/Kolkata', '2025-12-18 02:07:19+00', '2026-11-29 01:52:43+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lO-CGNLxl_Y9MiN6YyBmZA', 'margaret.bartik.20648001@sandbox-account.example.com', 'Margaret', 'Bartik', 1, 'active', 'Legal', 'America/Los_Angeles', '2026-07-15 01:07:21+00', '2026-11-24 23:25:42+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lPtX12YgykyO1DiMeDK6Ew', 'alan.hamilton.20473000@sandbox-account.example.com', 'Alan', 'Hamilton', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-01-20 17:40:01+00', '2026-11-27 18:32:47+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lYxH1iuyVg9tdhZlh6s18A', 'dennis.liskov.20367000@sandbox-account.example.com', 'Dennis', 'Liskov', 1, 'active', 'Marketing', 'America/New_York', '2025-10-06 17:43:46+00', '2026-12-01 09:36:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'lbOwj9HbZDoHqwn5VlPlGA', 'radia.goldberg.20553000@sandbox-account.example.com', 'Radia', 'Goldberg', 1, 'active', 'Operations', 'Europe/Berlin', '2026-04-10 05:29:29+00', '2026-11-28 08:52:57+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'leA5tyITU9XLKeFW2lxT8g', 'linus.mccarthy.20486000@sandbox-account.example.com', 'Linus', 'McCarthy', 1, 'active', 'Finance', 'America/New_York', '2026-02-02 05:16:20+00', NULL, '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mTzdoq3p1QFVFO3UkeOE8A', 'shafi.torvalds.20327001@sandbox-account.example.com', 'Shafi', 'Torvalds', 1, 'active', 'Legal', 'Australia/Sydney', '2025-08-27 18:49:52+00', '2026-11-19 23:57:32+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'mspT96T4NCS1YKBwn8Dljw', 'brian.bartik.20438000@sandbox-account.example.com', 'Brian', 'Bartik', 1, 'active', 'People', 'America/Los_Angeles', '2025-12-16 09:33:37+00', '2026-11-29 23:01:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'oKD-JrDHFgfYQxVxCugggA', 'frances.goldwasser.20532000@sandbox-account.example.com', 'Frances', 'Goldwasser', 1, 'active', 'Marketing', 'Europe/London', '2026-03-21 02:17:41+00', '2026-11-25 15:22:33+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pSdYI-C5lT7qFOr0tqA0Kg', 'donald.diffie.20516000@sandbox-account.example.com', 'Donald', 'Diffie', 1, 'active', 'Engineering', 'America/Los_Angeles', '2026-03-05 00:47:17+00', '2026-11-26 11:27:52+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pXQSjp_RJfS_hWzLejxMog', 'annie.matsumoto.20467000@sandbox-account.example.com', 'Annie', 'Matsumoto', 1, 'active', 'Support', 'Australia/Sydney', '2026-01-14 14:18:38+00', '2026-11-21 21:39:13+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pp_JZSCFmhiBNbVYKUUX3A', 'linus.keller.20412001@sandbox-account.example.com', 'Linus', 'Keller', 1, 'active', 'Support', 'Europe/Berlin', '2025-11-21 01:00:44+00', '2026-12-02 17:33:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'q2y8HgJqfkgJLICmuRuNPQ', 'rosalind.dijkstra.20560000@sandbox-account.example.com', 'Rosalind', 'Dijkstra', 1, 'active', 'Finance', 'America/New_York', '2026-04-18 02:45:15+00', '2026-11-23 05:06:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'qJ79Mc_0Dgv_2rCBBxk0Ag', 'donald.clarke.20742000@sandbox-account.example.com', 'Donald', 'Clarke', 1, 'active', 'Sales', 'Australia/Sydney', '2026-10-16 04:54:26+00', '2026-11-29 11:23:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'qJCzZI6whECT7LqjXV1JHw', 'brian.bartik.20545002@sandbox-account.example.com', 'Brian', 'Bartik', 1, 'active', 'People', 'America/New_York', '2026-04-02 21:40:22+00', '2026-11-27 17:35:29+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rKb_ftQCGCkIE_IUS0hCHQ', 'katherine.lattner.20305001@sandbox-account.example.com', 'Katherine', 'Lattner', 1, 'active', 'Legal', 'Australia/Sydney', '2025-08-05 11:28:19+00', '2026-11-30 05:10:01+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rLmQ6o81KiWohNpDmlYHwA', 'donald.dahl.20746001@sandbox-account.example.com', 'Donald', 'Dahl', 1, 'active', 'Legal', 'Asia/Tokyo', '2026-10-20 17:36:06+00', '2026-11-23 15:39:20+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rLqN58G5yKfoL5MjvHaIKQ', 'tim.goldberg.20551000@sandbox-account.example.com', 'Tim', 'Goldberg', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-04-08 11:16:00+00', '2026-11-20 21:57:53+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rf9taj_By0IRodf5F6G6uQ', 'grace.kernighan.20723000@sandbox-account.example.com', 'Grace', 'Kernighan', 1, 'active', 'Support', 'Europe/London', '2026-09-27 22:20:55+00', '2026-11-25 13:42:25+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'rjv4l6OeWKIpBrlnE_C9LQ', 'mary.allen.20462000@sandbox-account.example.com', 'Mary', 'Allen', 1, 'active', 'Marketing', 'America/Los_Angeles', '2026-01-10 00:57:06+00', '2026-11-19 22:02:59+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 's0U8YoVX1vhBrWBHh6l2LA', 'bjarne.matsumoto.20756000@sandbox-account.example.com', 'Bjarne', 'Matsumoto', 1, 'active', 'Engineering', 'Asia/Tokyo', '2026-10-30 06:13:16+00', '2026-11-26 03:47:29+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 's13QIxBWMDtv5TeL0RuM6g', 'joan.dijkstra.20670000@sandbox-account.example.com', 'Joan', 'Dijkstra', 1, 'active', 'Operations', 'Asia/Tokyo', '2026-08-05 23:04:00+00', '2026-11-19 09:05:16+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sC_Ig1GCHjN5f8BiJKS7zQ', 'leslie.shaw.20678000@sandbox-account.example.com', 'Leslie', 'Shaw', 1, 'active', 'Operations', 'Australia/Sydney', '2026-08-13 13:08:32+00', '2026-11-25 03:44:56+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sLeN6MMu6JEj4OiLbh9oyQ', 'tim.vanrossum.20559000@sandbox-account.example.com', 'Tim', 'van Rossum', 1, 'active', 'Marketing', 'America/New_York', '2026-04-16 11:15:36+00', '2026-11-23 18:56:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sZyKajdStrhk65Wr4bZULg', 'karen.dahl.20672000@sandbox-account.example.com', 'Karen', 'Dahl', 1, 'active', 'Operations', 'America/New_York', '2026-08-07 07:13:22+00', '2026-11-29 03:56:06+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'sferlV6-TJcnFNSveUqCwg', 'katherine.bartik.20755000@sandbox-account.example.com', 'Katherine', 'Bartik', 1, 'active', 'Marketing', 'America/New_York', '2026-10-29 06:21:45+00', '2026-11-30 15:59:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'smk2Lvqw_U1S-I4oT1PFVw', 'guido.spärckjones.20721000@sandbox-account.example.com', 'Guido', 'Spärck Jones', 1, 'active', 'Operations', 'America/Chicago', '2026-09-26 02:12:18+00', '2026-11-19 13:57:35+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 't-wCjIYcb6SH_XiKdGqE8g', 'anders.matsumoto.20645000@sandbox-account.example.com', 'Anders', 'Matsumoto', 1, 'active', 'Marketing', 'Asia/Tokyo', '2026-07-11 19:31:03+00', '2026-12-01 09:29:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 't8ExF23roltGUuzByxjg0Q', 'rosalind.picard.20545001@sandbox-account.example.com', 'Rosalind', 'Picard', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-04-02 21:32:29+00', '2026-11-22 10:40:16+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tBFsXI5ea1_fSy11QpHkyQ', 'katherine.shaw.20356000@sandbox-account.example.com', 'Katherine', 'Shaw', 1, 'active', 'Marketing', 'Europe/Berlin', '2025-09-25 22:57:44+00', '2026-11-26 02:10:30+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tYRLzE3tY-wrZ1I48aMRRw', 'jean.wilson.20325000@sandbox-account.example.com', 'Jean', 'Wilson', 1, 'active', 'Sales', 'Asia/Kolkata', '2025-08-25 08:23:08+00', '2026-12-02 20:09:48+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tiX0lmTyaQn3gXusgQeESQ', 'sophie.hejlsberg.20392000@sandbox-account.example.com', 'Sophie', 'Hejlsberg', 1, 'active', 'Finance', 'America/New_York', '2025-10-31 22:56:57+00', '2026-12-02 19:03:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'tqe0lTbG4TpoczoxxO0MVQ', 'james.matsumoto.20518000@sandbox-account.example.com', 'James', 'Matsumoto', 1, 'active', 'Legal', 'America/Los_Angeles', '2026-03-06 18:28:59+00', '2026-11-28 01:25:23+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'triJm-zLuKg-EEeD26ywow', 'guido.lamport.20399001@sandbox-account.example.com', 'Guido', 'Lamport', 1, 'active', 'Support', 'America/Los_Angeles', '2025-11-07 15:02:29+00', '2026-11-19 16:21:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'u1FBZEkKWlVSQkwvtTaeFQ', 'dennis.stroustrup.20423000@sandbox-account.example.com', 'Dennis', 'Stroustrup', 1, 'active', 'Engineering', 'Europe/Berlin', '2025-12-02 04:24:07+00', '2026-12-02 03:54:28+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'u2LW4qfFOx6aWID7PrAglg', 'karen.liskov.20410000@sandbox-account.example.com', 'Karen', 'Liskov', 1, 'active', 'Finance', 'America/Los_Angeles', '2025-11-18 13:00:04+00', '2026-11-26 09:27:40+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'u8UloGgF8eu-eG1LS4GnqQ', 'chris.matsumoto.20681000@sandbox-account.example.com', 'Chris', 'Matsumoto', 1, 'active', 'Sales', 'Europe/Berlin', '2026-08-16 07:53:15+00', '2026-11-26 17:48:02+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'uKfFmdRz-MZ6CrMJzVsViA', 'katherine.lattner.20563000@sandbox-account.example.com', 'Katherine', 'Lattner', 1, 'active', 'Support', 'Asia/Tokyo', '2026-04-21 01:54:44+00', '2026-11-19 06:56:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'upAKdnx8Tm5V9h7ZJ18eSQ', 'barbara.stroustrup.20684000@sandbox-account.example.com', 'Barbara', 'Stroustrup', 1, 'active', 'Finance', 'America/Los_Angeles', '2026-08-19 07:40:59+00', '2026-11-28 15:26:34+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'uz-rzO560ZkO6Tcf3UC6Dw', 'grace.wirth.20648000@sandbox-account.example.com', 'Grace', 'Wirth', 1, 'active', 'Engineering', 'Europe/London', '2026-07-14 13:25:17+00', '2026-11-24 17:20:45+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v32m571WvJphNG-Nou572Q', 'ada.thompson.20545000@sandbox-account.example.com', 'Ada', 'Thompson', 1, 'active', 'Sales', 'America/Los_Angeles', '2026-04-02 15:30:29+00', '2026-11-24 18:25:48+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v7ZEJnhu96n9Gg7rCJAtJQ', 'adele.matsumoto.20455000@sandbox-account.example.com', 'Adele', 'Matsumoto', 1, 'active', 'Finance', 'America/New_York', '2026-01-02 05:44:10+00', '2026-11-24 05:46:12+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vLr3YBTjlOSKuSiyYbNEOA', 'evelyn.lamarr.20483000@sandbox-account.example.com', 'Evelyn', 'Lamarr', 1, 'active', 'Legal', 'Australia/Sydney', '2026-01-30 07:47:35+00', '2026-11-22 06:31:09+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vMom4i6kqt0NP2biRwuRdw', 'lynn.lovelace.20490001@sandbox-account.example.com', 'Lynn', 'Lovelace', 1, 'active', 'People', 'Europe/Berlin', '2026-02-06 11:26:25+00', '2026-11-21 22:43:49+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'v_bNNoiWW8YEktr2PLqIIQ', 'ada.dahl.20539000@sandbox-account.example.com', 'Ada', 'Dahl', 1, 'active', 'Support', 'Australia/Sydney', '2026-03-27 05:29:17+00', '2026-11-19 22:23:44+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vd-usdj8k9-UVgPfSkwurQ', 'john.hopper.20716000@sandbox-account.example.com', 'John', 'Hopper', 1, 'active', 'Support', 'America/Chicago', '2026-09-20 09:48:26+00', '2026-11-24 02:47:19+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vgU50mNoHMqNlIW0uzomdg', 'ken.spärckjones.20719000@sandbox-account.example.com', 'Ken', 'Spärck Jones', 1, 'active', 'People', 'Asia/Tokyo', '2026-09-24 03:07:15+00', '2026-11-20 12:58:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vnAsMM_tiIOPS3UVkJmDow', 'rosalind.matsumoto.20740001@sandbox-account.example.com', 'Rosalind', 'Matsumoto', 1, 'active', 'Sales', 'Asia/Kolkata', '2026-10-14 16:56:29+00', '2026-11-26 00:10:27+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vq7cavlPYwj1QKT2h5FmKA', 'anders.gosling.20355000@sandbox-account.example.com', 'Anders', 'Gosling', 1, 'active', 'Support', 'America/New_York', '2025-09-24 13:32:23+00', '2026-11-26 02:30:48+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vvJ_AdCvJplfSWgB5BGbkQ', 'ida.goldwasser.20299000@sandbox-account.example.com', 'Ida', 'Goldwasser', 1, 'active', 'Sales', 'Europe/London', '2025-07-30 15:17:47+00', '2026-11-25 21:29:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'vwH8SFO5NOKqocdh6muBWw', 'bjarne.lattner.20315000@sandbox-account.example.com', 'Bjarne', 'Lattner', 1, 'active', 'Legal', 'America/Chicago', '2025-08-15 15:04:59+00', '2026-12-02 22:02:10+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'wGFEkFx02bfnc3HtS03pIA', 'guido.bartik.20697000@sandbox-account.example.com', 'Guido', 'Bartik', 1, 'active', 'Support', 'Europe/London', '2026-09-01 21:05:01+00', '2026-11-27 15:37:23+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'webqtUzLR3c5g8cNfgo5KA', 'katherine.kernighan.20489000@sandbox-account.example.com', 'Katherine', 'Kernighan', 1, 'active', 'Support', 'Asia/Kolkata', '2026-02-05 12:42:32+00', '2026-12-01 13:03:48+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'x11QcyL0rzDGwO4CM51ESg', 'shafi.boyd.20413000@sandbox-account.example.com', 'Shafi', 'Boyd', 1, 'active', 'Sales', 'America/Los_Angeles', '2025-11-21 05:21:02+00', '2026-11-30 22:01:53+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'x9928sQAwSaPL2EsJHCpCQ', 'evelyn.gosling.20497000@sandbox-account.example.com', 'Evelyn', 'Gosling', 1, 'active', 'Operations', 'America/New_York', '2026-02-13 08:52:35+00', '2026-12-02 01:55:03+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xBP16LuF8r7dUUMjaVTO8w', 'karen.matsumoto.20726000@sandbox-account.example.com', 'Karen', 'Matsumoto', 1, 'active', 'Support', 'America/New_York', '2026-10-01 01:33:57+00', '2026-11-30 10:27:45+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xgn6aCUmRDAX8j3Jb8lolA', 'alan.boyd.20557000@sandbox-account.example.com', 'Alan', 'Boyd', 1, 'active', 'Engineering', 'America/Chicago', '2026-04-14 15:33:05+00', '2026-11-20 00:03:40+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xjcMy9LFStkbLOpCr3JSyw', 'dennis.matsumoto.20552001@sandbox-account.example.com', 'Dennis', 'Matsumoto', 1, 'active', 'Legal', 'Europe/Berlin', '2026-04-09 11:28:26+00', '2026-11-27 14:18:59+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xne0sjkAsfdGoK0N99GZ5Q', 'joan.knuth.20746000@sandbox-account.example.com', 'Joan', 'Knuth', 1, 'active', 'Legal', 'America/Chicago', '2026-10-20 06:44:59+00', '2026-11-22 06:14:39+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'xr8ZHHfML_NnEewjNFDGdA', 'margaret.goldberg.20497001@sandbox-account.example.com', 'Margaret', 'Goldberg', 1, 'active', 'Legal', 'Europe/Berlin', '2026-02-13 13:08:30+00', '2026-11-28 06:53:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'y2ttkJP-nPArYe0vLhR9gQ', 'karen.clarke.20754001@sandbox-account.example.com', 'Karen', 'Clarke', 1, 'active', 'Finance', 'Asia/Tokyo', '2026-10-29 03:56:43+00', '2026-11-30 14:47:36+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'y4iBFVEchUltB6y9eqVsMg', 'carol.stroustrup.20536000@sandbox-account.example.com', 'Carol', 'Stroustrup', 1, 'active', 'People', 'Asia/Tokyo', '2026-03-24 11:00:20+00', '2026-11-25 11:40:56+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'y_6k5Zh5aOLpOrGZcM0y_w', 'annie.goldberg.20397001@sandbox-account.example.com', 'Annie', 'Goldberg', 1, 'active', 'Engineering', 'Asia/Tokyo', '2025-11-05 23:48:16+00', '2026-11-29 03:52:27+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yb-B2kDE5x_g23pGKgPw4Q', 'anders.boyd.20381002@sandbox-account.example.com', 'Anders', 'Boyd', 1, 'active', 'Sales', 'America/New_York', '2025-10-20 14:19:24+00', '2026-11-26 06:46:05+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yclSo6UzCVSHst2S7GOhRQ', 'barbara.allen.20696003@sandbox-account.example.com', 'Barbara', 'Allen', 1, 'active', 'Support', 'America/Los_Angeles', '2026-08-31 21:49:32+00', '2026-11-24 11:12:37+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yiPRsMKHpT0CiVvYyWzgIg', 'whitfield.easley.20456000@sandbox-account.example.com', 'Whitfield', 'Easley', 1, 'active', 'Sales', 'Asia/Tokyo', '2026-01-03 16:17:09+00', '2026-11-28 02:14:21+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'yvert_pCXgJ9NtoWcwhwZg', 'john.kernighan.20629001@sandbox-account.example.com', 'John', 'Kernighan', 1, 'active', 'People', 'America/New_York', '2026-06-25 07:16:13+00', '2026-12-01 01:57:24+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zGgMmHF_q5B9N_eOa2uFvQ', 'linus.turing.20488001@sandbox-account.example.com', 'Linus', 'Turing', 1, 'active', 'Support', 'Asia/Kolkata', '2026-02-04 16:34:23+00', '2026-11-19 12:54:18+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zTEFVf_mHy_XDH8ehltHng', 'bjarne.conway.20433000@sandbox-account.example.com', 'Bjarne', 'Conway', 1, 'active', 'Sales', 'Asia/Tokyo', '2025-12-11 17:53:14+00', '2026-11-20 04:45:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zV5hEG2WtmTjX89prbIK2A', 'joan.bartik.20749000@sandbox-account.example.com', 'Joan', 'Bartik', 1, 'active', 'Finance', 'Europe/London', '2026-10-23 15:43:19+00', '2026-11-20 18:31:46+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zV7GhfqrWVnWqp9ib3CD5g', 'carol.picard.20508000@sandbox-account.example.com', 'Carol', 'Picard', 1, 'active', 'Operations', 'Australia/Sydney', '2026-02-24 15:45:13+00', '2026-11-23 23:15:58+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zadS5ffsmEZbjeXpFt8IIA', 'mary.hamilton.20357001@sandbox-account.example.com', 'Mary', 'Hamilton', 1, 'active', 'Sales', 'Europe/London', '2025-09-26 12:26:39+00', '2026-11-19 22:22:26+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'zfJpye5gE60w3Ro2dtppIg', 'brian.matsumoto.20369000@sandbox-account.example.com', 'Brian', 'Matsumoto', 1, 'active', 'Support', 'Asia/Kolkata', '2025-10-08 10:17:41+00', '2026-11-27 06:20:54+00', '2026-12-03 13:25:59.03773+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '2vt8QI78VFiB5mnU9G5MKg', 'linus.clarke.20775000@sandbox-account.example.com', 'Linus', 'Clarke', 1, 'active', 'Legal', 'Australia/Sydney', '2026-11-18 05:41:37+00', '2026-11-30 06:19:22+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '4eVsyAeV-4dTxBf-uOKe2g', 'evelyn.allen.20782001@sandbox-account.example.com', 'Evelyn', 'Allen', 1, 'active', 'Legal', 'Asia/Kolkata', '2026-11-26 03:32:50+00', '2026-12-01 19:37:28+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'As2MOGwIF1czTlBHfXFJhw', 'rosalind.perlman.20763000@sandbox-account.example.com', 'Rosalind', 'Perlman', 1, 'active', 'Sales', 'Europe/Berlin', '2026-11-07 04:09:37+00', '2026-11-27 18:10:34+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'EibGgOZ--dQgqKE_sOYHqA', 'chris.vanrossum.20777001@sandbox-account.example.com', 'Chris', 'van Rossum', 1, 'active', 'Legal', 'America/Los_Angeles', '2026-11-20 16:19:05+00', '2026-11-27 23:15:27+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'FvnIeLx7nvxvfVaKe3kOvg', 'margaret.goldwasser.20782000@sandbox-account.example.com', 'Margaret', 'Goldwasser', 1, 'active', 'Legal', 'Australia/Sydney', '2026-11-25 08:48:47+00', '2026-11-29 18:09:05+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'G6ySXqLiC8zk0GYM7yBstA', 'rosalind.mccarthy.20774002@sandbox-account.example.com', 'Rosalind', 'McCarthy', 1, 'active', 'Legal', 'America/New_York', '2026-11-18 02:31:13+00', '2026-12-01 19:52:44+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'GkrlhTuhn5ylLdUwYUfDkg', 'john.lamarr.20762001@sandbox-account.example.com', 'John', 'Lamarr', 1, 'active', 'Engineering', 'America/Chicago', '2026-11-05 09:08:30+00', '2026-11-26 06:23:40+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'JebQpT33gD9LaGaaZ1q5tg', 'brian.lattner.20762002@sandbox-account.example.com', 'Brian', 'Lattner', 1, 'active', 'Engineering', 'Asia/Tokyo', '2026-11-05 13:27:12+00', '2026-11-23 10:03:59+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'Q4-KfTVe_0izJhR6COyuLg', 'adele.knuth.20787000@sandbox-account.example.com', 'Adele', 'Knuth', 1, 'active', 'Finance', 'Australia/Sydney', '2026-11-30 14:37:42+00', '2026-11-30 14:38:42+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'QV3lPDftkZRhWPS-AKojdw', 'tim.spärckjones.20789000@sandbox-account.example.com', 'Tim', 'Spärck Jones', 1, 'active', 'Finance', 'America/New_York', '2026-12-02 07:28:21+00', '2026-12-02 07:29:21+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'SNUXPKhzJZvNpz229Dxdrw', 'mary.hamilton.20767000@sandbox-account.example.com', 'Mary', 'Hamilton', 1, 'active', 'Operations', 'America/Los_Angeles', '2026-11-10 05:18:17+00', '2026-11-20 18:24:21+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VJsCAK9L8LI478x6nasL7w', 'donald.bartik.20783000@sandbox-account.example.com', 'Donald', 'Bartik', 1, 'active', 'Engineering', 'Asia/Tokyo', '2026-11-26 07:25:58+00', '2026-11-26 07:26:58+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'VL6_odOE0kaf6w10KOiadQ', 'lynn.goldberg.20773002@sandbox-account.example.com', 'Lynn', 'Goldberg', 1, 'active', 'Sales', 'Europe/Berlin', '2026-11-16 22:47:26+00', '2026-11-30 10:54:35+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'YTZXJdge8P0R4x2lXDQIoQ', 'whitfield.wilson.20767001@sandbox-account.example.com', 'Whitfield', 'Wilson', 1, 'active', 'Sales', 'Europe/Berlin', '2026-11-10 20:14:28+00', '2026-11-26 09:03:04+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', '_7vjhLAfGDXZoNlLDO-IWA', 'lynn.dahl.20774000@sandbox-account.example.com', 'Lynn', 'Dahl', 1, 'active', 'Finance', 'America/New_York', '2026-11-17 23:26:57+00', '2026-12-01 13:38:31+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'aCNPdS0i8-bSvO6q2Mx9hg', 'chris.torvalds.20773000@sandbox-account.example.com', 'Chris', 'Torvalds', 1, 'active', 'Support', 'Europe/Berlin', '2026-11-16 07:07:50+00', '2026-11-28 06:07:39+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'eImcMuRfVCKr2jKw7BrpLQ', 'tim.lamport.20774001@sandbox-account.example.com', 'Tim', 'Lamport', 1, 'active', 'Support', 'Australia/Sydney', '2026-11-17 23:56:37+00', '2026-12-01 01:41:14+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gL3ozyUqqylj3h-Q8cJzIA', 'leslie.lamport.20777000@sandbox-account.example.com', 'Leslie', 'Lamport', 1, 'active', 'Sales', 'America/New_York', '2026-11-20 08:27:26+00', '2026-11-27 05:42:57+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'gVoa7w20iB6VfK87nllVXQ', 'anders.bernerslee.20776000@sandbox-account.example.com', 'Anders', 'Berners-Lee', 1, 'active', 'Marketing', 'America/Chicago', '2026-11-19 23:00:47+00', '2026-11-20 17:24:16+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'kaTDJXrU9co-Pb1p-mkh9Q', 'james.diffie.20775001@sandbox-account.example.com', 'James', 'Diffie', 1, 'active', 'Finance', 'Asia/Tokyo', '2026-11-18 19:45:23+00', '2026-11-22 10:22:30+00', '2026-12-03 13:25:59.100402+00', 1);
INSERT INTO zoom.users VALUES ('sandbox-account', 'pt5xxYfHtjz2wb69pdeo_g', 'john.rhodes.20773001@sandbox-account.example.com', 'John', 'Rhodes', 1, 'active', 'Finance', 'America/Chicago', '2026-11-16 20:28:47+00', '2026-11-21 17:41:12+00', '2026-12-03 13:25:59.100402+00', 1);


--
-- Name: rejects_reject_id_seq; Type: SEQUENCE SET; Schema: etl; Owner: -
--

SELECT pg_catalog.setval('etl.rejects_reject_id_seq', 1, false);


--
-- Name: runs_run_id_seq; Type: SEQUENCE SET; Schema: etl; Owner: -
--

SELECT pg_catalog.setval('etl.runs_run_id_seq', 1, true);


--
-- Name: checkpoints checkpoints_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.checkpoints
    ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (account_id, stream, scope);


--
-- Name: child_progress child_progress_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.child_progress
    ADD CONSTRAINT child_progress_pkey PRIMARY KEY (account_id, stream, parent);


--
-- Name: quota_usage quota_usage_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.quota_usage
    ADD CONSTRAINT quota_usage_pkey PRIMARY KEY (account_id, utc_day, category);


--
-- Name: rejects rejects_account_id_stream_raw_md5_key; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.rejects
    ADD CONSTRAINT rejects_account_id_stream_raw_md5_key UNIQUE (account_id, stream, raw_md5);


--
-- Name: rejects rejects_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.rejects
    ADD CONSTRAINT rejects_pkey PRIMARY KEY (reject_id);


--
-- Name: runs runs_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.runs
    ADD CONSTRAINT runs_pkey PRIMARY KEY (run_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: stream_availability stream_availability_pkey; Type: CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.stream_availability
    ADD CONSTRAINT stream_availability_pkey PRIMARY KEY (account_id, stream);


--
-- Name: active_hosts active_hosts_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.active_hosts
    ADD CONSTRAINT active_hosts_pkey PRIMARY KEY (account_id, period_start, user_id);


--
-- Name: daily_usage daily_usage_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.daily_usage
    ADD CONSTRAINT daily_usage_pkey PRIMARY KEY (account_id, date);


--
-- Name: meeting_participants meeting_participants_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.meeting_participants
    ADD CONSTRAINT meeting_participants_pkey PRIMARY KEY (account_id, meeting_uuid, row_no);


--
-- Name: meetings meetings_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.meetings
    ADD CONSTRAINT meetings_pkey PRIMARY KEY (account_id, meeting_uuid);


--
-- Name: participant_qos participant_qos_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.participant_qos
    ADD CONSTRAINT participant_qos_pkey PRIMARY KEY (account_id, meeting_uuid, participant_session_id, sample_time, metric);


--
-- Name: participant_qos_2026_11 participant_qos_2026_11_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.participant_qos_2026_11
    ADD CONSTRAINT participant_qos_2026_11_pkey PRIMARY KEY (account_id, meeting_uuid, participant_session_id, sample_time, metric);


--
-- Name: participant_qos_summary participant_qos_summary_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.participant_qos_summary
    ADD CONSTRAINT participant_qos_summary_pkey PRIMARY KEY (account_id, meeting_uuid, participant_id, metric);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: zoom; Owner: -
--

ALTER TABLE ONLY zoom.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (account_id, user_id);


--
-- Name: rejects_run; Type: INDEX; Schema: etl; Owner: -
--

CREATE INDEX rejects_run ON etl.rejects USING btree (run_id);


--
-- Name: runs_account_job_started; Type: INDEX; Schema: etl; Owner: -
--

CREATE INDEX runs_account_job_started ON etl.runs USING btree (account_id, job, started_at DESC);


--
-- Name: meeting_participants_user; Type: INDEX; Schema: zoom; Owner: -
--

CREATE INDEX meeting_participants_user ON zoom.meeting_participants USING btree (account_id, participant_user_id);


--
-- Name: meetings_end_time; Type: INDEX; Schema: zoom; Owner: -
--

CREATE INDEX meetings_end_time ON zoom.meetings USING btree (account_id, end_time);


--
-- Name: meetings_meeting_id; Type: INDEX; Schema: zoom; Owner: -
--

CREATE INDEX meetings_meeting_id ON zoom.meetings USING btree (account_id, meeting_id);


--
-- Name: participant_qos_2026_11_pkey; Type: INDEX ATTACH; Schema: zoom; Owner: -
--

ALTER INDEX zoom.participant_qos_pkey ATTACH PARTITION zoom.participant_qos_2026_11_pkey;


--
-- Name: checkpoints checkpoints_run_id_fkey; Type: FK CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.checkpoints
    ADD CONSTRAINT checkpoints_run_id_fkey FOREIGN KEY (run_id) REFERENCES etl.runs(run_id);


--
-- Name: child_progress child_progress_run_id_fkey; Type: FK CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.child_progress
    ADD CONSTRAINT child_progress_run_id_fkey FOREIGN KEY (run_id) REFERENCES etl.runs(run_id);


--
-- Name: quota_usage quota_usage_run_id_fkey; Type: FK CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.quota_usage
    ADD CONSTRAINT quota_usage_run_id_fkey FOREIGN KEY (run_id) REFERENCES etl.runs(run_id);


--
-- Name: rejects rejects_run_id_fkey; Type: FK CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.rejects
    ADD CONSTRAINT rejects_run_id_fkey FOREIGN KEY (run_id) REFERENCES etl.runs(run_id);


--
-- Name: stream_availability stream_availability_run_id_fkey; Type: FK CONSTRAINT; Schema: etl; Owner: -
--

ALTER TABLE ONLY etl.stream_availability
    ADD CONSTRAINT stream_availability_run_id_fkey FOREIGN KEY (run_id) REFERENCES etl.runs(run_id);


--
-- Name: SCHEMA etl; Type: ACL; Schema: -; Owner: -
--

GRANT ALL ON SCHEMA etl TO zoom_etl;


--
-- Name: SCHEMA zoom; Type: ACL; Schema: -; Owner: -
--

GRANT ALL ON SCHEMA zoom TO zoom_etl;
GRANT USAGE ON SCHEMA zoom TO zoom_analyst;


--
-- Name: FUNCTION ensure_monthly_partitions(parent regclass, first timestamp with time zone, last timestamp with time zone); Type: ACL; Schema: etl; Owner: -
--

REVOKE ALL ON FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamp with time zone, last timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamp with time zone, last timestamp with time zone) TO zoom_etl;


--
-- Name: TABLE checkpoints; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.checkpoints TO zoom_etl;


--
-- Name: TABLE child_progress; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.child_progress TO zoom_etl;


--
-- Name: TABLE quota_usage; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.quota_usage TO zoom_etl;


--
-- Name: TABLE rejects; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.rejects TO zoom_etl;


--
-- Name: SEQUENCE rejects_reject_id_seq; Type: ACL; Schema: etl; Owner: -
--

GRANT ALL ON SEQUENCE etl.rejects_reject_id_seq TO zoom_etl;


--
-- Name: TABLE runs; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.runs TO zoom_etl;


--
-- Name: SEQUENCE runs_run_id_seq; Type: ACL; Schema: etl; Owner: -
--

GRANT ALL ON SEQUENCE etl.runs_run_id_seq TO zoom_etl;


--
-- Name: TABLE schema_migrations; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.schema_migrations TO zoom_etl;


--
-- Name: TABLE stream_availability; Type: ACL; Schema: etl; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE etl.stream_availability TO zoom_etl;


--
-- Name: TABLE active_hosts; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.active_hosts TO zoom_etl;
GRANT SELECT ON TABLE zoom.active_hosts TO zoom_analyst;


--
-- Name: TABLE daily_usage; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.daily_usage TO zoom_etl;
GRANT SELECT ON TABLE zoom.daily_usage TO zoom_analyst;


--
-- Name: TABLE daily_usage_rolling; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.daily_usage_rolling TO zoom_etl;
GRANT SELECT ON TABLE zoom.daily_usage_rolling TO zoom_analyst;


--
-- Name: TABLE meetings; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.meetings TO zoom_etl;
GRANT SELECT ON TABLE zoom.meetings TO zoom_analyst;


--
-- Name: TABLE host_weekly_activity; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.host_weekly_activity TO zoom_etl;
GRANT SELECT ON TABLE zoom.host_weekly_activity TO zoom_analyst;


--
-- Name: TABLE meeting_participants; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.meeting_participants TO zoom_etl;
GRANT SELECT ON TABLE zoom.meeting_participants TO zoom_analyst;


--
-- Name: TABLE participant_qos; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.participant_qos TO zoom_etl;
GRANT SELECT ON TABLE zoom.participant_qos TO zoom_analyst;


--
-- Name: TABLE participant_join_quality; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.participant_join_quality TO zoom_etl;
GRANT SELECT ON TABLE zoom.participant_join_quality TO zoom_analyst;


--
-- Name: TABLE meeting_quality; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.meeting_quality TO zoom_etl;
GRANT SELECT ON TABLE zoom.meeting_quality TO zoom_analyst;


--
-- Name: TABLE participant_qos_2026_11; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.participant_qos_2026_11 TO zoom_etl;
GRANT SELECT ON TABLE zoom.participant_qos_2026_11 TO zoom_analyst;


--
-- Name: TABLE participant_qos_summary; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.participant_qos_summary TO zoom_etl;
GRANT SELECT ON TABLE zoom.participant_qos_summary TO zoom_analyst;


--
-- Name: TABLE users; Type: ACL; Schema: zoom; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE zoom.users TO zoom_etl;
GRANT SELECT ON TABLE zoom.users TO zoom_analyst;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: etl; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA etl GRANT ALL ON SEQUENCES  TO zoom_etl;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: etl; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA etl GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO zoom_etl;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: zoom; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA zoom GRANT ALL ON SEQUENCES  TO zoom_etl;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: zoom; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA zoom GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO zoom_etl;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA zoom GRANT SELECT ON TABLES  TO zoom_analyst;


--
-- PostgreSQL database dump complete
--


