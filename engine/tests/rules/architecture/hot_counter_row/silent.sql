-- Views are appended as events and rolled up by a periodic job.
CREATE TABLE post_views (post_id bigint NOT NULL, viewed_at timestamptz NOT NULL DEFAULT now());

INSERT INTO post_views (post_id) VALUES ($1);

UPDATE posts p
SET view_count = p.view_count + v.n
FROM (SELECT post_id, count(*) AS n FROM post_views WHERE viewed_at >= $1 AND viewed_at < $2 GROUP BY post_id) v
WHERE v.post_id = p.id;
