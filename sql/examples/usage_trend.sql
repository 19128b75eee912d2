-- Daily meetings with their 7- and 28-day rolling totals, for a dashboard line chart.
-- :account_id is the Zoom account ID. days_loaded_* below 7/28 mean the window is not yet full.
SELECT date, meetings, meetings_7d, meetings_28d, meeting_minutes_7d, days_loaded_7d, days_loaded_28d
FROM zoom.daily_usage_rolling
WHERE account_id = :'account_id'
ORDER BY date DESC
LIMIT 90;
