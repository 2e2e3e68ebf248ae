-- In SQL Server USER is a reserved keyword.
CREATE TABLE dbo.monitors (
    id bigint NOT NULL PRIMARY KEY,
    [user] nvarchar(64) NOT NULL
);
