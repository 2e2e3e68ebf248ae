-- Concatenation is fine when each identifier goes through quote_ident.
CREATE FUNCTION analyze_table(p_schema text, p_table text) RETURNS void AS $$
BEGIN
  EXECUTE 'ANALYZE ' || quote_ident(p_schema) || '.' || quote_ident(p_table);
END;
$$ LANGUAGE plpgsql;
