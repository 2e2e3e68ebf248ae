-- The dt partition wrapped in to_date(): every partition is listed and read.
CREATE TABLE clicks (user_id BIGINT, url STRING) PARTITIONED BY (dt STRING) STORED AS ORC;
SELECT url, count(*) FROM clicks WHERE to_date(dt) = '2026-12-02' GROUP BY url;
