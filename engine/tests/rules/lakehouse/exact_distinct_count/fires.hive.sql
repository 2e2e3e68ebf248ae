-- In Hive an ungrouped count(DISTINCT) funnels every value into one reducer.
SELECT count(DISTINCT device_id) FROM clicks WHERE dt = '2026-12-02';
