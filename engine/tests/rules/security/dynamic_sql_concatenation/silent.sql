-- A dynamic table name quoted with format('%I') and the value passed with USING.
CREATE FUNCTION purge_partition(p_table text, p_before timestamptz) RETURNS void AS $$
BEGIN
  EXECUTE format('DELETE FROM %I WHERE created_at < $1', p_table) USING p_before;
END;
$$ LANGUAGE plpgsql;
