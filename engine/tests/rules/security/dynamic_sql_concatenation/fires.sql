-- A purge function that splices its text argument into the statement.
CREATE FUNCTION purge_tenant(p_tenant text) RETURNS void AS $$
BEGIN
  EXECUTE 'DELETE FROM events WHERE tenant = ''' || p_tenant || '''';
END;
$$ LANGUAGE plpgsql;
