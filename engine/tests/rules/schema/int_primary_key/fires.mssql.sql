-- A SQL Server INT IDENTITY key on a growing table.
CREATE TABLE dbo.orders (
    id int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    customer_id bigint NOT NULL,
    status nvarchar(20) NOT NULL,
    created_at datetime2 NOT NULL
);
