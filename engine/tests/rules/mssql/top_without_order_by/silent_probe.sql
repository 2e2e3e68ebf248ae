-- TOP 1 1 asks only whether a row exists: any row will do.
IF EXISTS (SELECT TOP 1 1 FROM dbo.orders WHERE customer_id = 4412) PRINT 'has orders';
SELECT TOP 1 1 FROM dbo.orders WHERE customer_id = 4412;
