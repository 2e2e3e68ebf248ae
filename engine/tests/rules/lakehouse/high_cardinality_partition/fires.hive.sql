-- A Hive table partitioned by the event timestamp itself.
CREATE TABLE clicks (
    user_id BIGINT,
    url STRING
)
PARTITIONED BY (clicked_at TIMESTAMP)
STORED AS ORC;
