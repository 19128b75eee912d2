-- The streams beyond daily usage: active hosts, meeting instances and, per instance, participants,
-- per-minute QoS and the QoS summary; and the account's users. Keys lead with account_id.

CREATE TABLE zoom.active_hosts (
    account_id      text        NOT NULL,
    period_start    date        NOT NULL,
    period_end      date        NOT NULL CHECK (period_end >= period_start),
    user_id         text        NOT NULL,
    email           text,
    user_name       text,
    type            integer,
    dept            text,
    meetings        integer,
    participants    integer,
    meeting_minutes integer,
    loaded_at       timestamptz NOT NULL DEFAULT now(),
    run_id          bigint      NOT NULL,
    PRIMARY KEY (account_id, period_start, user_id)
);
COMMENT ON TABLE zoom.active_hosts IS 'Zoom active hosts report (GET /report/users?type=active): hosts who held meetings in a calendar month, with their totals. The current month is re-read (and replaced as a set) while it is inside the lookback.';
COMMENT ON COLUMN zoom.active_hosts.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.active_hosts.period_start IS 'First day of the report window (a calendar month, account time zone).';
COMMENT ON COLUMN zoom.active_hosts.period_end IS 'Last day of the report window: the month''s last day, or the last complete day for the current month.';
COMMENT ON COLUMN zoom.active_hosts.user_id IS 'Zoom user ID of the host.';
COMMENT ON COLUMN zoom.active_hosts.email IS 'The host''s email.';
COMMENT ON COLUMN zoom.active_hosts.user_name IS 'The host''s display name.';
COMMENT ON COLUMN zoom.active_hosts.type IS 'Zoom user type (1 basic, 2 licensed, ...).';
COMMENT ON COLUMN zoom.active_hosts.dept IS 'The host''s department; NULL when Zoom sent none.';
COMMENT ON COLUMN zoom.active_hosts.meetings IS 'Meetings the host held in the period.';
COMMENT ON COLUMN zoom.active_hosts.participants IS 'Participants in those meetings.';
COMMENT ON COLUMN zoom.active_hosts.meeting_minutes IS 'Meeting minutes in those meetings.';
COMMENT ON COLUMN zoom.active_hosts.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.active_hosts.run_id IS 'The etl.runs row that last inserted or changed this row.';

CREATE TABLE zoom.meetings (
    account_id                text        NOT NULL,
    meeting_uuid              text        NOT NULL,
    meeting_id                bigint      NOT NULL,
    kind                      text        NOT NULL CHECK (kind IN ('meeting', 'webinar')),
    topic                     text,
    host_name                 text,
    host_email                text,
    department                text,
    start_time                timestamptz NOT NULL,
    end_time                  timestamptz NOT NULL,
    duration_minutes          integer,
    participants_count        integer,
    total_participant_minutes integer,
    source                    text,
    listed_by                 text        NOT NULL CHECK (listed_by IN ('history_meetings', 'user_meetings')),
    scheduled_time            timestamptz,
    loaded_at                 timestamptz NOT NULL DEFAULT now(),
    run_id                    bigint      NOT NULL,
    PRIMARY KEY (account_id, meeting_uuid)
);
CREATE INDEX meetings_end_time ON zoom.meetings (account_id, end_time);
CREATE INDEX meetings_meeting_id ON zoom.meetings (account_id, meeting_id);
COMMENT ON TABLE zoom.meetings IS 'Ended meeting and webinar instances (GET /report/history_meetings by end time; per host GET /report/users/{id}/meetings where history is not available). One row per instance: each occurrence of a recurring meeting is its own meeting_uuid under one meeting_id.';
COMMENT ON COLUMN zoom.meetings.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.meetings.meeting_uuid IS 'Zoom''s instance UUID: unique per occurrence.';
COMMENT ON COLUMN zoom.meetings.meeting_id IS 'Zoom''s meeting number (shared by the occurrences of a recurring meeting).';
COMMENT ON COLUMN zoom.meetings.kind IS 'meeting or webinar.';
COMMENT ON COLUMN zoom.meetings.topic IS 'The meeting topic.';
COMMENT ON COLUMN zoom.meetings.host_name IS 'The host''s display name.';
COMMENT ON COLUMN zoom.meetings.host_email IS 'The host''s email.';
COMMENT ON COLUMN zoom.meetings.department IS 'The host''s department (history report only).';
COMMENT ON COLUMN zoom.meetings.start_time IS 'When the instance started (UTC).';
COMMENT ON COLUMN zoom.meetings.end_time IS 'When the instance ended (UTC).';
COMMENT ON COLUMN zoom.meetings.duration_minutes IS 'Duration in minutes, as Zoom reports it.';
COMMENT ON COLUMN zoom.meetings.participants_count IS 'Participants, as Zoom counts them.';
COMMENT ON COLUMN zoom.meetings.total_participant_minutes IS 'Sum of all participants'' minutes.';
COMMENT ON COLUMN zoom.meetings.source IS 'Zoom''s source field (the client or integration that started the meeting).';
COMMENT ON COLUMN zoom.meetings.listed_by IS 'Which report listed the instance: history_meetings or user_meetings.';
COMMENT ON COLUMN zoom.meetings.scheduled_time IS 'When the meeting was scheduled to start (UTC; from the per-user report''s local MM/dd/yyyy HH:mm read in the account''s time zone); NULL from the history report.';
COMMENT ON COLUMN zoom.meetings.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.meetings.run_id IS 'The etl.runs row that last inserted or changed this row.';

CREATE TABLE zoom.meeting_participants (
    account_id             text        NOT NULL,
    meeting_uuid           text        NOT NULL,
    row_no                 integer     NOT NULL CHECK (row_no >= 0),
    participant_session_id text,
    participant_user_id    text,
    name                   text,
    email                  text,
    join_time              timestamptz,
    leave_time             timestamptz,
    duration_seconds       integer,
    status                 text,
    failover               boolean,
    customer_key           text,
    bo_mtg_id              text,
    registrant_id          text,
    loaded_at              timestamptz NOT NULL DEFAULT now(),
    run_id                 bigint      NOT NULL,
    PRIMARY KEY (account_id, meeting_uuid, row_no)
);
CREATE INDEX meeting_participants_user ON zoom.meeting_participants (account_id, participant_user_id);
COMMENT ON TABLE zoom.meeting_participants IS 'Participants report per meeting or webinar instance (GET /report/meetings|webinars/{uuid}/participants): one row per join session, so a person who rejoins has several rows and guests are never merged. An instance''s rows are replaced as a set on each read.';
COMMENT ON COLUMN zoom.meeting_participants.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.meeting_participants.meeting_uuid IS 'The instance (zoom.meetings.meeting_uuid).';
COMMENT ON COLUMN zoom.meeting_participants.row_no IS 'Zoom''s order of the session within the instance, from 0.';
COMMENT ON COLUMN zoom.meeting_participants.participant_session_id IS 'Zoom''s per-join id (its user_id field), valid for this instance only.';
COMMENT ON COLUMN zoom.meeting_participants.participant_user_id IS 'The participant''s Zoom user id (participant_user_id / id); NULL for guests who did not sign in.';
COMMENT ON COLUMN zoom.meeting_participants.name IS 'Display name.';
COMMENT ON COLUMN zoom.meeting_participants.email IS 'Email; NULL for people outside the account and anonymous guests.';
COMMENT ON COLUMN zoom.meeting_participants.join_time IS 'When the session joined (UTC).';
COMMENT ON COLUMN zoom.meeting_participants.leave_time IS 'When the session left (UTC).';
COMMENT ON COLUMN zoom.meeting_participants.duration_seconds IS 'Session length in seconds.';
COMMENT ON COLUMN zoom.meeting_participants.status IS 'in_meeting or in_waiting_room.';
COMMENT ON COLUMN zoom.meeting_participants.failover IS 'Whether the session failed over during the meeting.';
COMMENT ON COLUMN zoom.meeting_participants.customer_key IS 'The participant''s customer key, when set.';
COMMENT ON COLUMN zoom.meeting_participants.bo_mtg_id IS 'Breakout room id, when the session was in one.';
COMMENT ON COLUMN zoom.meeting_participants.registrant_id IS 'Registrant id, when the participant registered.';
COMMENT ON COLUMN zoom.meeting_participants.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.meeting_participants.run_id IS 'The etl.runs row that last inserted or changed this row.';

CREATE TABLE zoom.participant_qos (
    account_id             text             NOT NULL,
    meeting_uuid           text             NOT NULL,
    participant_session_id text             NOT NULL,
    sample_time            timestamptz      NOT NULL,
    metric                 text             NOT NULL,
    bitrate_kbps           double precision,
    latency_ms             double precision,
    jitter_ms              double precision,
    avg_loss_pct           double precision,
    max_loss_pct           double precision,
    frame_rate_fps         double precision,
    resolution_width       integer,
    resolution_height      integer,
    zoom_min_cpu_pct       double precision,
    zoom_avg_cpu_pct       double precision,
    zoom_max_cpu_pct       double precision,
    system_max_cpu_pct     double precision,
    loaded_at              timestamptz      NOT NULL DEFAULT now(),
    run_id                 bigint           NOT NULL,
    PRIMARY KEY (account_id, meeting_uuid, participant_session_id, sample_time, metric)
) PARTITION BY RANGE (sample_time);
COMMENT ON TABLE zoom.participant_qos IS 'Per-minute quality samples (GET /metrics/meetings/{uuid}/participants/qos?type=past, Business+): one row per participant session, minute and metric. Zoom''s unit strings are parsed into the columns'' units; an empty or unreadable value is NULL and counted in etl.runs. Partitioned by UTC month of sample_time (zoom.participant_qos_YYYY_MM, created as data arrives); drop a month with DROP TABLE.';

-- Creates the monthly range partitions of `parent` covering first..last (UTC months), if missing.
-- Serialized per parent by a transaction-level advisory lock, so concurrent loads do not race.
CREATE FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamptz, last timestamptz) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    parent_schema text;
    parent_name text;
    month timestamp := date_trunc('month', first AT TIME ZONE 'UTC');
    partition_name text;
BEGIN
    SELECT n.nspname, c.relname INTO parent_schema, parent_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent;
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
$fn$;
COMMENT ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) IS 'Creates the missing monthly partitions of a range-partitioned zoom table; the loader calls it in each page''s transaction.';
COMMENT ON COLUMN zoom.participant_qos.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.participant_qos.meeting_uuid IS 'The instance (zoom.meetings.meeting_uuid).';
COMMENT ON COLUMN zoom.participant_qos.participant_session_id IS 'Zoom''s per-join id (its user_id field), as in zoom.meeting_participants.';
COMMENT ON COLUMN zoom.participant_qos.sample_time IS 'The sample''s minute (UTC).';
COMMENT ON COLUMN zoom.participant_qos.metric IS 'audio_input, audio_output, video_input, video_output, as_input, as_output (screen share), or cpu_usage.';
COMMENT ON COLUMN zoom.participant_qos.bitrate_kbps IS 'Bitrate in kbps ("1.2 Mbps" is 1200).';
COMMENT ON COLUMN zoom.participant_qos.latency_ms IS 'Latency in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos.jitter_ms IS 'Jitter in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos.avg_loss_pct IS 'Average packet loss in percent.';
COMMENT ON COLUMN zoom.participant_qos.max_loss_pct IS 'Maximum packet loss in percent.';
COMMENT ON COLUMN zoom.participant_qos.frame_rate_fps IS 'Frames per second (video and screen share).';
COMMENT ON COLUMN zoom.participant_qos.resolution_width IS 'Video width in pixels.';
COMMENT ON COLUMN zoom.participant_qos.resolution_height IS 'Video height in pixels.';
COMMENT ON COLUMN zoom.participant_qos.zoom_min_cpu_pct IS 'cpu_usage rows: Zoom''s minimum CPU use in percent.';
COMMENT ON COLUMN zoom.participant_qos.zoom_avg_cpu_pct IS 'cpu_usage rows: Zoom''s average CPU use in percent.';
COMMENT ON COLUMN zoom.participant_qos.zoom_max_cpu_pct IS 'cpu_usage rows: Zoom''s maximum CPU use in percent.';
COMMENT ON COLUMN zoom.participant_qos.system_max_cpu_pct IS 'cpu_usage rows: the whole system''s maximum CPU use in percent.';
COMMENT ON COLUMN zoom.participant_qos.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.participant_qos.run_id IS 'The etl.runs row that last inserted or changed this row.';

CREATE TABLE zoom.participant_qos_summary (
    account_id         text             NOT NULL,
    meeting_uuid       text             NOT NULL,
    participant_id     text             NOT NULL,
    metric             text             NOT NULL,
    user_name          text,
    email              text,
    min_bitrate_kbps   double precision,
    avg_bitrate_kbps   double precision,
    max_bitrate_kbps   double precision,
    min_latency_ms     double precision,
    avg_latency_ms     double precision,
    max_latency_ms     double precision,
    min_jitter_ms      double precision,
    avg_jitter_ms      double precision,
    max_jitter_ms      double precision,
    min_loss_pct       double precision,
    avg_loss_pct       double precision,
    max_loss_pct       double precision,
    min_frame_rate_fps double precision,
    avg_frame_rate_fps double precision,
    max_frame_rate_fps double precision,
    resolution_width   integer,
    resolution_height  integer,
    loaded_at          timestamptz      NOT NULL DEFAULT now(),
    run_id             bigint           NOT NULL,
    PRIMARY KEY (account_id, meeting_uuid, participant_id, metric)
);
COMMENT ON TABLE zoom.participant_qos_summary IS 'Quality summary per participant session and metric (GET /metrics/meetings/{uuid}/participants/qos_summary; needs Business+ and the QSS add-on).';
COMMENT ON COLUMN zoom.participant_qos_summary.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.participant_qos_summary.meeting_uuid IS 'The instance (zoom.meetings.meeting_uuid).';
COMMENT ON COLUMN zoom.participant_qos_summary.participant_id IS 'Zoom''s per-join id of the participant.';
COMMENT ON COLUMN zoom.participant_qos_summary.metric IS 'audio_input, audio_output, video_input, video_output, as_input or as_output.';
COMMENT ON COLUMN zoom.participant_qos_summary.user_name IS 'Display name.';
COMMENT ON COLUMN zoom.participant_qos_summary.email IS 'Email; NULL when Zoom sent none.';
COMMENT ON COLUMN zoom.participant_qos_summary.min_bitrate_kbps IS 'Minimum bitrate in kbps.';
COMMENT ON COLUMN zoom.participant_qos_summary.avg_bitrate_kbps IS 'Average bitrate in kbps.';
COMMENT ON COLUMN zoom.participant_qos_summary.max_bitrate_kbps IS 'Maximum bitrate in kbps.';
COMMENT ON COLUMN zoom.participant_qos_summary.min_latency_ms IS 'Minimum latency in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos_summary.avg_latency_ms IS 'Average latency in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos_summary.max_latency_ms IS 'Maximum latency in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos_summary.min_jitter_ms IS 'Minimum jitter in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos_summary.avg_jitter_ms IS 'Average jitter in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos_summary.max_jitter_ms IS 'Maximum jitter in milliseconds.';
COMMENT ON COLUMN zoom.participant_qos_summary.min_loss_pct IS 'Minimum packet loss in percent.';
COMMENT ON COLUMN zoom.participant_qos_summary.avg_loss_pct IS 'Average packet loss in percent.';
COMMENT ON COLUMN zoom.participant_qos_summary.max_loss_pct IS 'Maximum packet loss in percent.';
COMMENT ON COLUMN zoom.participant_qos_summary.min_frame_rate_fps IS 'Minimum frames per second.';
COMMENT ON COLUMN zoom.participant_qos_summary.avg_frame_rate_fps IS 'Average frames per second.';
COMMENT ON COLUMN zoom.participant_qos_summary.max_frame_rate_fps IS 'Maximum frames per second.';
COMMENT ON COLUMN zoom.participant_qos_summary.resolution_width IS 'Video width in pixels.';
COMMENT ON COLUMN zoom.participant_qos_summary.resolution_height IS 'Video height in pixels.';
COMMENT ON COLUMN zoom.participant_qos_summary.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.participant_qos_summary.run_id IS 'The etl.runs row that last inserted or changed this row.';

CREATE TABLE zoom.users (
    account_id      text        NOT NULL,
    user_id         text        NOT NULL,
    email           text,
    first_name      text,
    last_name       text,
    type            integer,
    status          text,
    dept            text,
    timezone        text,
    created_at      timestamptz,
    last_login_time timestamptz,
    loaded_at       timestamptz NOT NULL DEFAULT now(),
    run_id          bigint      NOT NULL,
    PRIMARY KEY (account_id, user_id)
);
COMMENT ON TABLE zoom.users IS 'The account''s users (GraphQL users), read whole each run and merged by user id.';
COMMENT ON COLUMN zoom.users.account_id IS 'Zoom account ID the row belongs to.';
COMMENT ON COLUMN zoom.users.user_id IS 'Zoom user id.';
COMMENT ON COLUMN zoom.users.email IS 'The user''s email.';
COMMENT ON COLUMN zoom.users.first_name IS 'First name.';
COMMENT ON COLUMN zoom.users.last_name IS 'Last name.';
COMMENT ON COLUMN zoom.users.type IS 'Zoom user type (1 basic, 2 licensed, ...).';
COMMENT ON COLUMN zoom.users.status IS 'active, inactive or pending.';
COMMENT ON COLUMN zoom.users.dept IS 'Department.';
COMMENT ON COLUMN zoom.users.timezone IS 'The user''s time zone (IANA name).';
COMMENT ON COLUMN zoom.users.created_at IS 'When the user was created (UTC).';
COMMENT ON COLUMN zoom.users.last_login_time IS 'Last sign-in (UTC).';
COMMENT ON COLUMN zoom.users.loaded_at IS 'When zoom-etl last inserted or changed this row.';
COMMENT ON COLUMN zoom.users.run_id IS 'The etl.runs row that last inserted or changed this row.';
