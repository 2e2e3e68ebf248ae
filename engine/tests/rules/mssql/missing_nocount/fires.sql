-- A procedure whose three statements each send a "rows affected" message to the client.
CREATE PROCEDURE dbo.close_order (@order_id INT)
AS
BEGIN
    UPDATE dbo.orders SET status = 'closed' WHERE id = @order_id;
    INSERT INTO dbo.order_events (order_id, kind) VALUES (@order_id, 'closed');
    SELECT status FROM dbo.orders WHERE id = @order_id;
END
