-- The same samples in one multi-row INSERT, and single rows into two different tables.
INSERT INTO metrics.samples (host, at, value) VALUES
    ('web-1', '2026-12-03 07:00:00', 0.41),
    ('web-1', '2026-12-03 07:00:10', 0.43),
    ('web-1', '2026-12-03 07:00:20', 0.40),
    ('web-1', '2026-12-03 07:00:30', 0.47);
INSERT INTO metrics.hosts (host, region) VALUES ('web-1', 'eu-west');
INSERT INTO metrics.alerts (host, rule) VALUES ('web-1', 'cpu-high');
