-- lag() without an order compares each reading with an arbitrary neighbour.
CREATE TABLE readings (id bigint PRIMARY KEY, sensor_id bigint NOT NULL, value numeric NOT NULL, taken_at timestamptz NOT NULL);

SELECT sensor_id, value - lag(value) OVER (PARTITION BY sensor_id) AS delta
FROM readings
WHERE sensor_id = $1;
