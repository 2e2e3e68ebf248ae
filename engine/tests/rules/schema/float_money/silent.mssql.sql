-- Northwind: Discount is a fraction of the price (0 to 1), not an amount; UnitPrice is money (exact).
CREATE TABLE "Order Details" (
	"OrderID" "int" NOT NULL,
	"ProductID" "int" NOT NULL,
	"UnitPrice" "money" NOT NULL CONSTRAINT "DF_Order_Details_UnitPrice" DEFAULT (0),
	"Quantity" "smallint" NOT NULL,
	"Discount" "real" NOT NULL CONSTRAINT "DF_Order_Details_Discount" DEFAULT (0),
	CONSTRAINT "CK_Discount" CHECK (Discount >= 0 and (Discount <= 1))
)
GO
