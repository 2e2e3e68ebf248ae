-- A time-partitioned table read by device only: every partition is scanned.
CREATE TABLE measurements (
    device_id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric
) PARTITION BY RANGE (taken_at);

SELECT value FROM measurements WHERE device_id = $1;
