-- The order lives in a named WINDOW clause shared by several functions.
CREATE TABLE readings (id bigint PRIMARY KEY, sensor_id bigint NOT NULL, value numeric NOT NULL, taken_at timestamptz NOT NULL);

SELECT sensor_id, taken_at,
       value - lag(value) OVER w AS delta,
       rank() OVER w AS position
FROM readings
WHERE sensor_id = $1
WINDOW w AS (PARTITION BY sensor_id ORDER BY taken_at, id);
