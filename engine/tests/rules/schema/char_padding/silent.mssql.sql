-- Northwind: customer codes are always five characters (ALFKI).
CREATE TABLE "Customers" (
    "CustomerID" nchar (5) NOT NULL,
    "CompanyName" nvarchar (40) NOT NULL,
    CONSTRAINT "PK_Customers" PRIMARY KEY CLUSTERED ("CustomerID")
);
