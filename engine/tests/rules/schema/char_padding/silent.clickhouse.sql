-- ClickHouse reads CHAR(n) as String and ignores the length: nothing is padded.
CREATE TABLE visits (site CHAR(40), visited_at DateTime) ENGINE = MergeTree ORDER BY visited_at;
