-- An existence test fetches no column at all: `SELECT *` inside EXISTS is the idiom.
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'dbo.CommandLog') AND type IN (N'U'))
    CREATE TABLE dbo.CommandLog (ID int IDENTITY(1, 1) NOT NULL PRIMARY KEY, Command nvarchar(max) NOT NULL);
