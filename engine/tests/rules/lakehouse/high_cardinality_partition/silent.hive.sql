-- Partitioned by day string, the lake's usual layout.
CREATE TABLE clicks (
    user_id BIGINT,
    url STRING,
    clicked_at TIMESTAMP
)
PARTITIONED BY (dt STRING)
STORED AS ORC;
