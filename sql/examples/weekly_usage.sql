-- Weekly meeting totals for one account over the last complete weeks (zoom-etl demo prints this).
-- :account_id is the Zoom account ID.
SELECT to_char(date_trunc('week', date), 'YYYY-MM-DD') AS week,
       sum(meetings) AS meetings,
       sum(participants) AS participants,
       sum(meeting_minutes) AS meeting_minutes,
       round(sum(meeting_minutes)::numeric / nullif(sum(meetings), 0), 1) AS minutes_per_meeting
FROM zoom.daily_usage
WHERE account_id = :'account_id'
GROUP BY 1
ORDER BY 1 DESC
OFFSET 1 LIMIT 4;
