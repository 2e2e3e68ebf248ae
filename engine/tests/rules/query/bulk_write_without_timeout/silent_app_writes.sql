-- Application writes scoped to one parent or a list of keys: each touches the rows of one entity, not the table.
DELETE FROM bookmark_tag WHERE bookmark_id = $1 AND tag_id = $2;
UPDATE entries SET status = 'read' WHERE user_id = $1 AND id = ANY($2);
DELETE FROM _table_stats WHERE resource_id = :resource_id;
