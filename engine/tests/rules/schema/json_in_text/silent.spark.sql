-- Spark reads JSON strings with from_json: a STRING column is the idiom there.
CREATE TABLE raw_events (
    event_id STRING,
    payload STRING,
    event_date DATE
) USING parquet PARTITIONED BY (event_date);
