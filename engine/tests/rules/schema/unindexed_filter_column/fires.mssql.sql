-- SQL Server: the lookup by a supplier's name reads every row without an index.
CREATE TABLE "Suppliers" ("SupplierID" "int" IDENTITY (1, 1) NOT NULL PRIMARY KEY, "CompanyName" nvarchar (40) NOT NULL)
GO
SELECT SupplierID FROM Suppliers WHERE CompanyName = N'Exotic Liquids'
GO
