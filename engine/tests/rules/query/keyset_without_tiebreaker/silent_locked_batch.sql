-- A batch of expired entries claimed for archiving: a queue read, not a page, so there is no cursor to tie-break.
SELECT id FROM entries WHERE status = $1 AND created_at < now() - $2::interval ORDER BY created_at ASC LIMIT $3 FOR UPDATE SKIP LOCKED;
