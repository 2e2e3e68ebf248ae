-- The same price change as one set-based UPDATE.
UPDATE dbo.products SET price = price * 1.05 WHERE category_id = 7;
