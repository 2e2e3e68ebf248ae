-- NEWSEQUENTIALID() hands out increasing GUIDs, so inserts stay at the end of the index.
CREATE TABLE dbo.orders (
    id uniqueidentifier NOT NULL DEFAULT NEWSEQUENTIALID() PRIMARY KEY,
    total_cents bigint NOT NULL
);
