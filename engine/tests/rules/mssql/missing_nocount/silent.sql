-- SET NOCOUNT ON first, so only the result set goes back.
CREATE PROCEDURE dbo.close_order (@order_id INT)
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.orders SET status = 'closed' WHERE id = @order_id;
    SELECT status FROM dbo.orders WHERE id = @order_id;
END
