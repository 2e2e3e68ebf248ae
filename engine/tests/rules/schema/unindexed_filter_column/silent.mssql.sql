-- Northwind: a filter on a bit column (two values) is never selective enough for an index of its own.
CREATE TABLE "Products" (
	"ProductID" "int" IDENTITY (1, 1) NOT NULL,
	"ProductName" nvarchar (40) NOT NULL,
	"Discontinued" "bit" NOT NULL CONSTRAINT "DF_Products_Discontinued" DEFAULT (0),
	CONSTRAINT "PK_Products" PRIMARY KEY CLUSTERED ("ProductID")
)
GO
create view "Products by Category" AS
SELECT Products.ProductName FROM Products WHERE Products.Discontinued <> 1
GO
create view "Current Product List" AS
SELECT Product_List.ProductID, Product_List.ProductName FROM Products AS Product_List WHERE (((Product_List.Discontinued)=0))
GO
