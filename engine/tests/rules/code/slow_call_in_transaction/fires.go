// A webhook posted between BeginTx and Commit: the order row stays locked while the partner answers.
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
	if _, err := http.Post("https://partner.example.com/hooks/shipped", "application/json", bytes.NewReader(payload)); err != nil {
		return err
	}
	return tx.Commit()
}
