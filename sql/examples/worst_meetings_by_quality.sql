-- The 20 meetings of the last 7 days with the highest 95th-percentile latency, with their share
-- of participants who had poor audio or video. :account_id is the Zoom account ID.
SELECT meeting_uuid, topic, host_email, start_time, participant_sessions, qos_sessions,
       round(p95_latency_ms::numeric, 1) AS p95_latency_ms,
       round(p95_loss_pct::numeric, 2) AS p95_loss_pct,
       round(poor_audio_share * 100, 1) AS poor_audio_pct,
       round(poor_video_share * 100, 1) AS poor_video_pct
FROM zoom.meeting_quality
WHERE account_id = :'account_id' AND start_time >= now() - interval '7 days' AND p95_latency_ms IS NOT NULL
ORDER BY p95_latency_ms DESC
LIMIT 20;
