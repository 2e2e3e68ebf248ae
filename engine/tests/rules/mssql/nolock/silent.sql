-- Snapshot isolation lets readers see committed data without blocking writers; UPDLOCK is a locking hint, not a dirty read.
SET TRANSACTION ISOLATION LEVEL SNAPSHOT;
SELECT id, total FROM dbo.orders WITH (UPDLOCK) WHERE id = 42;
