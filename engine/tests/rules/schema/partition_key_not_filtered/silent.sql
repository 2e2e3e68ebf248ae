-- The query bounds the partition key, so the planner prunes to recent partitions.
CREATE TABLE measurements (
    device_id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric
) PARTITION BY RANGE (taken_at);

SELECT value FROM measurements
WHERE device_id = $1 AND taken_at >= now() - interval '1 day';
