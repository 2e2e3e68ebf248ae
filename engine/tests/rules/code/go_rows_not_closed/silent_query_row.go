// QueryRowContext returns a *Row that Scan closes by itself: there is no result set to close.
package report

import (
	"context"
	"database/sql"
)

func balance(ctx context.Context, db *sql.DB, id int64) (int64, error) {
	var cents int64
	err := db.QueryRowContext(ctx, "SELECT balance_cents FROM wallets WHERE id = $1", id).Scan(&cents)
	return cents, err
}
