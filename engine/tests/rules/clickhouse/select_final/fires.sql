-- Reading the current balance through FINAL: the parts are merged on every dashboard refresh.
SELECT account_id, balance FROM ledger.balances FINAL WHERE account_id = 4412;
