-- A misspelt keyword is a syntax error (E001), not a statement left unread.
SELEC id FROM accounts;
