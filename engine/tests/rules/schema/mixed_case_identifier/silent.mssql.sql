-- PascalCase is the SQL Server convention and its identifiers keep their case unquoted.
CREATE TABLE dbo.Customers (
    CustomerId int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    DisplayName nvarchar(100) NOT NULL
);
