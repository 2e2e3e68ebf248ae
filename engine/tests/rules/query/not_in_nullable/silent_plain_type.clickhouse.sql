-- ClickHouse columns are not nullable unless their type says Nullable(…): Int64 holds no NULL to trap NOT IN.
CREATE TABLE example1 (id Int64, version UInt32, sign Int8) ENGINE = VersionedCollapsingMergeTree(sign, version) ORDER BY id;
CREATE TABLE example2 (id Int64, value String) ENGINE = MergeTree ORDER BY id;
SELECT id FROM example2 WHERE id NOT IN (SELECT id FROM example1);
