-- People whose video was poor in more than one session in the last 30 days (by email; guests
-- without an email are left out). :account_id is the Zoom account ID.
SELECT email, count(*) AS poor_sessions,
       round(avg(avg_video_frame_rate_fps)::numeric, 1) AS avg_frame_rate_fps,
       round(avg(avg_loss_pct)::numeric, 2) AS avg_loss_pct
FROM zoom.participant_join_quality
WHERE account_id = :'account_id' AND poor_video AND email IS NOT NULL AND join_time >= now() - interval '30 days'
GROUP BY email
HAVING count(*) > 1
ORDER BY poor_sessions DESC;
