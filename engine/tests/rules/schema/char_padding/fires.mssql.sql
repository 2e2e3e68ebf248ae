-- SQL Server returns nchar values padded to their width: a name of varying length gets trailing spaces.
CREATE TABLE Suppliers (SupplierID int IDENTITY(1, 1) PRIMARY KEY, CompanyName nchar(40) NOT NULL);
