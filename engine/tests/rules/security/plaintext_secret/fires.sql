-- API credentials and a card number kept readable in the table.
CREATE TABLE integrations (
    id bigint PRIMARY KEY,
    provider text NOT NULL,
    api_key text NOT NULL,
    card_number varchar(19)
);
