-- The bare partition column compared with constants; a function on a non-partition column is fine for pruning.
CREATE TABLE clicks (user_id BIGINT, url STRING) PARTITIONED BY (dt STRING) STORED AS ORC;
SELECT url, count(*) FROM clicks WHERE dt BETWEEN '2026-11-26' AND '2026-12-02' AND lower(url) LIKE '%checkout%' GROUP BY url;
