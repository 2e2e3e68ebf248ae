-- Even over Nullable(Int64), ClickHouse compares IN in two-valued logic (NULL matches nothing), so NOT IN returns the plain complement.
CREATE TABLE example1 (id Nullable(Int64), version UInt32) ENGINE = MergeTree ORDER BY version;
CREATE TABLE example2 (id Int64, value String) ENGINE = MergeTree ORDER BY id;
SELECT id FROM example2 WHERE id NOT IN (SELECT id FROM example1);
