-- Each sale decrements the stock row of a popular product.
UPDATE inventory
SET on_hand = on_hand - 1
WHERE product_id = 1042 AND warehouse_id = 3;
