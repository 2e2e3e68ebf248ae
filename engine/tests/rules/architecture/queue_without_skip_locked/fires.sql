-- Workers take the oldest pending email from the outbox and wait on each other's lock.
CREATE TABLE email_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient text NOT NULL,
    body text NOT NULL,
    sent_at timestamptz
);

SELECT id, recipient, body
FROM email_outbox
WHERE sent_at IS NULL
ORDER BY id
LIMIT 10
FOR UPDATE;
