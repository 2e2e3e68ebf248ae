-- AdventureWorks: BusinessEntity is the supertype of Person and Store; Employee is a Person.
CREATE TABLE [Person].[BusinessEntity] ([BusinessEntityID] [int] IDENTITY (1, 1) NOT NULL PRIMARY KEY, [rowguid] uniqueidentifier NOT NULL);
CREATE TABLE [Person].[Person] ([BusinessEntityID] [int] NOT NULL PRIMARY KEY, [FirstName] [nvarchar](50) NOT NULL);
CREATE TABLE [Sales].[Store] ([BusinessEntityID] [int] NOT NULL PRIMARY KEY, [Name] [nvarchar](50) NOT NULL);
CREATE TABLE [HumanResources].[Employee] ([BusinessEntityID] [int] NOT NULL PRIMARY KEY, [JobTitle] [nvarchar](50) NOT NULL);
ALTER TABLE [Person].[Person] ADD CONSTRAINT [FK_Person_BusinessEntity] FOREIGN KEY ([BusinessEntityID]) REFERENCES [Person].[BusinessEntity] ([BusinessEntityID]);
ALTER TABLE [Sales].[Store] ADD CONSTRAINT [FK_Store_BusinessEntity] FOREIGN KEY ([BusinessEntityID]) REFERENCES [Person].[BusinessEntity] ([BusinessEntityID]);
ALTER TABLE [HumanResources].[Employee] ADD CONSTRAINT [FK_Employee_Person] FOREIGN KEY ([BusinessEntityID]) REFERENCES [Person].[Person] ([BusinessEntityID]);
