-- One row per phone in a child table.
CREATE TABLE contacts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE contact_phones (
    contact_id bigint NOT NULL REFERENCES contacts (id),
    phone text NOT NULL,
    kind text NOT NULL DEFAULT 'mobile',
    PRIMARY KEY (contact_id, phone)
);
