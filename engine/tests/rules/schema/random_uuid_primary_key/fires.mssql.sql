-- NEWID() is random too, and it scatters the clustered primary key.
CREATE TABLE dbo.orders (
    id uniqueidentifier NOT NULL DEFAULT NEWID() PRIMARY KEY,
    total_cents bigint NOT NULL
);
