-- A SECURITY DEFINER helper that resolves names through the caller's search_path.
CREATE FUNCTION archive_order(p_id bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER
AS 'UPDATE orders SET archived = true WHERE id = p_id';
