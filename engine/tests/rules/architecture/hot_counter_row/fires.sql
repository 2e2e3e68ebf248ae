-- Every download of a release bumps one shared counter row.
CREATE TABLE releases (id bigint PRIMARY KEY, version text NOT NULL, download_count bigint NOT NULL DEFAULT 0);

UPDATE releases SET download_count = download_count + 1 WHERE id = $1;
