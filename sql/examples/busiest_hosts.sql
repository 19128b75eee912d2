-- Hosts by meeting minutes over the last four weeks. :account_id is the Zoom account ID.
SELECT host_email, max(host_name) AS host_name, sum(meetings) AS meetings,
       sum(meeting_minutes) AS meeting_minutes, sum(participants) AS participants
FROM zoom.host_weekly_activity
WHERE account_id = :'account_id' AND week_start >= (date_trunc('week', now()) - interval '4 weeks')::date
GROUP BY host_email
ORDER BY meeting_minutes DESC
LIMIT 25;
