// pgx takes the context as the first argument of Query, QueryRow and Exec: there is no QueryRowContext.
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Accounts struct{ pool *pgxpool.Pool }

func (a *Accounts) Email(ctx context.Context, id int64) (string, error) {
	var email string
	err := a.pool.QueryRow(ctx, "SELECT email FROM accounts WHERE id = $1", id).Scan(&email)
	return email, err
}

func (a *Accounts) Suspend(ctx context.Context, id int64) error {
	_, err := a.pool.Exec(ctx, "UPDATE accounts SET suspended_at = now() WHERE id = $1", id)
	return err
}
