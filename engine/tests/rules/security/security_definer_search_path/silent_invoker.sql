-- An ordinary (SECURITY INVOKER) function runs with the caller's own rights.
CREATE FUNCTION order_total(p_id bigint) RETURNS numeric
LANGUAGE sql STABLE
AS 'SELECT sum(quantity * unit_price) FROM order_items WHERE order_id = p_id';
