-- SQL Server bounds the read with TOP.
CREATE TABLE users (id bigint PRIMARY KEY, email nvarchar(320) NOT NULL);

SELECT TOP (100) id, email FROM users ORDER BY id;
