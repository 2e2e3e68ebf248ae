-- A T-SQL script with batch separators reads without errors.
CREATE TABLE dbo.orders (id int NOT NULL PRIMARY KEY, status nvarchar(20) NOT NULL);
GO
SELECT TOP (10) id, status FROM dbo.orders ORDER BY id;
GO
