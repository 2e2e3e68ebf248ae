// The webhook is posted after Commit: the transaction only holds its locks for the UPDATE.
package orders

import (
	"bytes"
	"context"
	"database/sql"
	"net/http"
)

func ship(ctx context.Context, db *sql.DB, id int64, payload []byte) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE orders SET status = 'shipped' WHERE id = $1", id); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = http.Post("https://partner.example.com/hooks/shipped", "application/json", bytes.NewReader(payload))
	return err
}
