-- A PL/SQL package spec between readable statements; only the package goes unread.
CREATE TABLE accounts (id NUMBER(19) PRIMARY KEY, balance NUMBER(12, 2) NOT NULL);
CREATE OR REPLACE PACKAGE account_api AS
    PROCEDURE deposit(p_id IN NUMBER, p_amount IN NUMBER);
END account_api;
/
SELECT id, balance FROM accounts WHERE id = 1;
