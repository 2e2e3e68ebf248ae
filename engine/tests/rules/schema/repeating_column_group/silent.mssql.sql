-- AdventureWorks Person.Address.
CREATE TABLE [Person].[Address](
    [AddressID] [int] IDENTITY (1, 1) NOT NULL,
    [AddressLine1] [nvarchar](60) NOT NULL,
    [AddressLine2] [nvarchar](60) NULL,
    [City] [nvarchar](30) NOT NULL
);
