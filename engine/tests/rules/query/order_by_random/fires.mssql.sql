-- The SQL Server spelling, ORDER BY NEWID().
CREATE TABLE articles (id bigint PRIMARY KEY, title nvarchar(200) NOT NULL);

SELECT TOP (5) id, title FROM articles ORDER BY NEWID();
