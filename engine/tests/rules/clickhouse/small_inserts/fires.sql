-- An importer sending one row per INSERT: each statement creates a part.
INSERT INTO metrics.samples (host, at, value) VALUES ('web-1', '2026-12-03 07:00:00', 0.41);
INSERT INTO metrics.samples (host, at, value) VALUES ('web-1', '2026-12-03 07:00:10', 0.43);
INSERT INTO metrics.samples (host, at, value) VALUES ('web-1', '2026-12-03 07:00:20', 0.40);
INSERT INTO metrics.samples (host, at, value) VALUES ('web-1', '2026-12-03 07:00:30', 0.47);
