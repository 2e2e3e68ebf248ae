-- The next page of a user's notifications starts after the last id the client saw.
SELECT id, kind, payload, created_at
FROM notifications
WHERE user_id = $1 AND id < $2
ORDER BY id DESC
LIMIT 50;
