-- A scalar UDF computing each customer's tier, called in the WHERE for every row.
SELECT c.id, c.name
FROM dbo.customers AS c
WHERE dbo.customer_tier(c.id) = 'gold';
