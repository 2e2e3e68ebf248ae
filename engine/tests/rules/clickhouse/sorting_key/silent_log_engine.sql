-- A small Log-engine staging table has no sorting key by design.
CREATE TABLE staging.uploads (
    uploaded_at DateTime,
    file String
) ENGINE = Log;
