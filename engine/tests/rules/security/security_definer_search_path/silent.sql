-- The same helper with its search_path pinned and names qualified.
CREATE FUNCTION archive_order(p_id bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS 'UPDATE public.orders SET archived = true WHERE id = p_id';
