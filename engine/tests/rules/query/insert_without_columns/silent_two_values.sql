-- Seed rows of a two-column link table, in a data file kept apart from the schema: no order to mistake.
INSERT INTO vet_specialties VALUES (2, 1);
INSERT INTO vet_specialties VALUES (3, 2);
