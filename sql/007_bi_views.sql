-- Ready-made BI views over schema zoom. Views compute on read, so they are always as fresh as
-- the tables beneath them. Thresholds for "poor" quality are named in the column comments.

CREATE VIEW zoom.daily_usage_rolling AS
SELECT account_id, date, new_users, meetings, participants, meeting_minutes,
       sum(meetings) OVER last_7 AS meetings_7d,
       sum(meetings) OVER last_28 AS meetings_28d,
       sum(participants) OVER last_7 AS participants_7d,
       sum(participants) OVER last_28 AS participants_28d,
       sum(meeting_minutes) OVER last_7 AS meeting_minutes_7d,
       sum(meeting_minutes) OVER last_28 AS meeting_minutes_28d,
       count(*) OVER last_7 AS days_loaded_7d,
       count(*) OVER last_28 AS days_loaded_28d
FROM zoom.daily_usage
WINDOW last_7 AS (PARTITION BY account_id ORDER BY date RANGE BETWEEN '6 days'::interval PRECEDING AND CURRENT ROW),
       last_28 AS (PARTITION BY account_id ORDER BY date RANGE BETWEEN '27 days'::interval PRECEDING AND CURRENT ROW);
COMMENT ON VIEW zoom.daily_usage_rolling IS 'Daily usage with rolling 7- and 28-day totals (the day itself and the 6 or 27 days before it).';
COMMENT ON COLUMN zoom.daily_usage_rolling.account_id IS 'Zoom account ID.';
COMMENT ON COLUMN zoom.daily_usage_rolling.date IS 'Calendar day in the account''s time zone.';
COMMENT ON COLUMN zoom.daily_usage_rolling.new_users IS 'Users added that day.';
COMMENT ON COLUMN zoom.daily_usage_rolling.meetings IS 'Meetings that day.';
COMMENT ON COLUMN zoom.daily_usage_rolling.participants IS 'Participants that day.';
COMMENT ON COLUMN zoom.daily_usage_rolling.meeting_minutes IS 'Meeting minutes that day.';
COMMENT ON COLUMN zoom.daily_usage_rolling.meetings_7d IS 'Meetings over the 7 days ending on date.';
COMMENT ON COLUMN zoom.daily_usage_rolling.meetings_28d IS 'Meetings over the 28 days ending on date.';
COMMENT ON COLUMN zoom.daily_usage_rolling.participants_7d IS 'Participants over the 7 days ending on date.';
COMMENT ON COLUMN zoom.daily_usage_rolling.participants_28d IS 'Participants over the 28 days ending on date.';
COMMENT ON COLUMN zoom.daily_usage_rolling.meeting_minutes_7d IS 'Meeting minutes over the 7 days ending on date.';
COMMENT ON COLUMN zoom.daily_usage_rolling.meeting_minutes_28d IS 'Meeting minutes over the 28 days ending on date.';
COMMENT ON COLUMN zoom.daily_usage_rolling.days_loaded_7d IS 'Days of the 7-day window present in the warehouse (7 when complete).';
COMMENT ON COLUMN zoom.daily_usage_rolling.days_loaded_28d IS 'Days of the 28-day window present in the warehouse (28 when complete).';

CREATE VIEW zoom.participant_join_quality AS
SELECT q.account_id, q.meeting_uuid, q.participant_session_id,
       p.name, p.email, p.join_time, p.leave_time,
       count(DISTINCT q.sample_time) AS sample_minutes,
       avg(q.latency_ms) FILTER (WHERE q.metric IN ('audio_input', 'audio_output', 'video_input', 'video_output')) AS avg_latency_ms,
       max(q.latency_ms) FILTER (WHERE q.metric IN ('audio_input', 'audio_output', 'video_input', 'video_output')) AS max_latency_ms,
       avg(q.jitter_ms) FILTER (WHERE q.metric IN ('audio_input', 'audio_output', 'video_input', 'video_output')) AS avg_jitter_ms,
       avg(q.avg_loss_pct) FILTER (WHERE q.metric IN ('audio_input', 'audio_output', 'video_input', 'video_output')) AS avg_loss_pct,
       max(q.max_loss_pct) FILTER (WHERE q.metric IN ('audio_input', 'audio_output', 'video_input', 'video_output')) AS max_loss_pct,
       avg(q.bitrate_kbps) FILTER (WHERE q.metric IN ('audio_input', 'audio_output')) AS avg_audio_bitrate_kbps,
       avg(q.bitrate_kbps) FILTER (WHERE q.metric IN ('video_input', 'video_output')) AS avg_video_bitrate_kbps,
       avg(q.frame_rate_fps) FILTER (WHERE q.metric IN ('video_input', 'video_output')) AS avg_video_frame_rate_fps,
       (avg(q.latency_ms) FILTER (WHERE q.metric IN ('audio_input', 'audio_output')) > 300
        OR avg(q.jitter_ms) FILTER (WHERE q.metric IN ('audio_input', 'audio_output')) > 40
        OR avg(q.avg_loss_pct) FILTER (WHERE q.metric IN ('audio_input', 'audio_output')) > 3) AS poor_audio,
       (avg(q.latency_ms) FILTER (WHERE q.metric IN ('video_input', 'video_output')) > 300
        OR avg(q.avg_loss_pct) FILTER (WHERE q.metric IN ('video_input', 'video_output')) > 3
        OR avg(q.frame_rate_fps) FILTER (WHERE q.metric IN ('video_input', 'video_output')) < 10) AS poor_video
FROM zoom.participant_qos q
LEFT JOIN LATERAL (
    SELECT mp.name, mp.email, mp.join_time, mp.leave_time
    FROM zoom.meeting_participants mp
    WHERE mp.account_id = q.account_id AND mp.meeting_uuid = q.meeting_uuid AND mp.participant_session_id = q.participant_session_id
    ORDER BY mp.row_no
    LIMIT 1
) p ON true
GROUP BY q.account_id, q.meeting_uuid, q.participant_session_id, p.name, p.email, p.join_time, p.leave_time;
COMMENT ON VIEW zoom.participant_join_quality IS 'Quality per participant join session, from the per-minute QoS samples; latency, jitter and loss over audio and video, both directions.';
COMMENT ON COLUMN zoom.participant_join_quality.account_id IS 'Zoom account ID.';
COMMENT ON COLUMN zoom.participant_join_quality.meeting_uuid IS 'The meeting instance.';
COMMENT ON COLUMN zoom.participant_join_quality.participant_session_id IS 'Zoom''s per-join id.';
COMMENT ON COLUMN zoom.participant_join_quality.name IS 'Display name, from the participants report when loaded.';
COMMENT ON COLUMN zoom.participant_join_quality.email IS 'Email, from the participants report when loaded.';
COMMENT ON COLUMN zoom.participant_join_quality.join_time IS 'When the session joined (UTC), from the participants report.';
COMMENT ON COLUMN zoom.participant_join_quality.leave_time IS 'When the session left (UTC), from the participants report.';
COMMENT ON COLUMN zoom.participant_join_quality.sample_minutes IS 'Minutes with at least one QoS sample.';
COMMENT ON COLUMN zoom.participant_join_quality.avg_latency_ms IS 'Average latency (ms) over audio and video samples.';
COMMENT ON COLUMN zoom.participant_join_quality.max_latency_ms IS 'Highest latency (ms) over audio and video samples.';
COMMENT ON COLUMN zoom.participant_join_quality.avg_jitter_ms IS 'Average jitter (ms) over audio and video samples.';
COMMENT ON COLUMN zoom.participant_join_quality.avg_loss_pct IS 'Average packet loss (%) over audio and video samples.';
COMMENT ON COLUMN zoom.participant_join_quality.max_loss_pct IS 'Highest per-sample maximum packet loss (%).';
COMMENT ON COLUMN zoom.participant_join_quality.avg_audio_bitrate_kbps IS 'Average audio bitrate (kbps).';
COMMENT ON COLUMN zoom.participant_join_quality.avg_video_bitrate_kbps IS 'Average video bitrate (kbps).';
COMMENT ON COLUMN zoom.participant_join_quality.avg_video_frame_rate_fps IS 'Average video frame rate (fps).';
COMMENT ON COLUMN zoom.participant_join_quality.poor_audio IS 'Poor audio: average audio latency > 300 ms, jitter > 40 ms or loss > 3 %; NULL without audio samples.';
COMMENT ON COLUMN zoom.participant_join_quality.poor_video IS 'Poor video: average video latency > 300 ms, loss > 3 % or frame rate < 10 fps; NULL without video samples.';

CREATE VIEW zoom.meeting_quality AS
WITH samples AS (
    SELECT account_id, meeting_uuid,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95_latency_ms,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY jitter_ms) AS p95_jitter_ms,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY avg_loss_pct) AS p95_loss_pct,
           avg(latency_ms) AS avg_latency_ms, avg(jitter_ms) AS avg_jitter_ms, avg(avg_loss_pct) AS avg_loss_pct
    FROM zoom.participant_qos
    WHERE metric IN ('audio_input', 'audio_output', 'video_input', 'video_output')
    GROUP BY account_id, meeting_uuid
), joins AS (
    SELECT account_id, meeting_uuid, count(*) AS qos_sessions,
           avg(CASE WHEN poor_audio THEN 1.0 WHEN NOT poor_audio THEN 0.0 END) AS poor_audio_share,
           avg(CASE WHEN poor_video THEN 1.0 WHEN NOT poor_video THEN 0.0 END) AS poor_video_share
    FROM zoom.participant_join_quality
    GROUP BY account_id, meeting_uuid
), people AS (
    SELECT account_id, meeting_uuid, count(*) AS participant_sessions
    FROM zoom.meeting_participants
    GROUP BY account_id, meeting_uuid
)
SELECT m.account_id, m.meeting_uuid, m.meeting_id, m.kind, m.topic, m.host_email, m.start_time, m.end_time,
       m.participants_count, people.participant_sessions, joins.qos_sessions,
       s.avg_latency_ms, s.p95_latency_ms, s.avg_jitter_ms, s.p95_jitter_ms, s.avg_loss_pct, s.p95_loss_pct,
       joins.poor_audio_share, joins.poor_video_share
FROM zoom.meetings m
LEFT JOIN samples s USING (account_id, meeting_uuid)
LEFT JOIN joins USING (account_id, meeting_uuid)
LEFT JOIN people USING (account_id, meeting_uuid);
COMMENT ON VIEW zoom.meeting_quality IS 'Quality per meeting instance: participants, average and 95th-percentile latency, jitter and loss over all audio and video samples, and the share of participant sessions with poor audio or video (as zoom.participant_join_quality defines them).';
COMMENT ON COLUMN zoom.meeting_quality.account_id IS 'Zoom account ID.';
COMMENT ON COLUMN zoom.meeting_quality.meeting_uuid IS 'The meeting instance.';
COMMENT ON COLUMN zoom.meeting_quality.meeting_id IS 'Zoom''s meeting number.';
COMMENT ON COLUMN zoom.meeting_quality.kind IS 'meeting or webinar.';
COMMENT ON COLUMN zoom.meeting_quality.topic IS 'The meeting topic.';
COMMENT ON COLUMN zoom.meeting_quality.host_email IS 'The host''s email.';
COMMENT ON COLUMN zoom.meeting_quality.start_time IS 'Start (UTC).';
COMMENT ON COLUMN zoom.meeting_quality.end_time IS 'End (UTC).';
COMMENT ON COLUMN zoom.meeting_quality.participants_count IS 'Participants as Zoom counts them.';
COMMENT ON COLUMN zoom.meeting_quality.participant_sessions IS 'Join sessions in zoom.meeting_participants; NULL when the participants stream has not loaded the instance.';
COMMENT ON COLUMN zoom.meeting_quality.qos_sessions IS 'Join sessions with QoS samples.';
COMMENT ON COLUMN zoom.meeting_quality.avg_latency_ms IS 'Average latency (ms) over all audio and video samples.';
COMMENT ON COLUMN zoom.meeting_quality.p95_latency_ms IS '95th percentile of latency (ms), interpolated (percentile_cont).';
COMMENT ON COLUMN zoom.meeting_quality.avg_jitter_ms IS 'Average jitter (ms).';
COMMENT ON COLUMN zoom.meeting_quality.p95_jitter_ms IS '95th percentile of jitter (ms), interpolated.';
COMMENT ON COLUMN zoom.meeting_quality.avg_loss_pct IS 'Average packet loss (%).';
COMMENT ON COLUMN zoom.meeting_quality.p95_loss_pct IS '95th percentile of packet loss (%), interpolated.';
COMMENT ON COLUMN zoom.meeting_quality.poor_audio_share IS 'Share (0 to 1) of QoS sessions with poor audio.';
COMMENT ON COLUMN zoom.meeting_quality.poor_video_share IS 'Share (0 to 1) of QoS sessions with video that had poor video.';

CREATE VIEW zoom.host_weekly_activity AS
SELECT account_id,
       date_trunc('week', start_time AT TIME ZONE 'UTC')::date AS week_start,
       host_email,
       max(host_name) AS host_name,
       count(*) AS meetings,
       sum(duration_minutes) AS meeting_minutes,
       sum(participants_count) AS participants,
       sum(total_participant_minutes) AS participant_minutes
FROM zoom.meetings
GROUP BY account_id, week_start, host_email;
COMMENT ON VIEW zoom.host_weekly_activity IS 'Per host and ISO week (Monday, UTC): meetings and webinars held, their minutes and participants.';
COMMENT ON COLUMN zoom.host_weekly_activity.account_id IS 'Zoom account ID.';
COMMENT ON COLUMN zoom.host_weekly_activity.week_start IS 'Monday of the week (UTC) in which the meetings started.';
COMMENT ON COLUMN zoom.host_weekly_activity.host_email IS 'The host''s email.';
COMMENT ON COLUMN zoom.host_weekly_activity.host_name IS 'The host''s display name.';
COMMENT ON COLUMN zoom.host_weekly_activity.meetings IS 'Instances the host held that week.';
COMMENT ON COLUMN zoom.host_weekly_activity.meeting_minutes IS 'Sum of their durations (minutes).';
COMMENT ON COLUMN zoom.host_weekly_activity.participants IS 'Sum of their participant counts.';
COMMENT ON COLUMN zoom.host_weekly_activity.participant_minutes IS 'Sum of their participant minutes.';
