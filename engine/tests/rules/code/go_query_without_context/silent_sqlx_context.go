// sqlx's context twins: GetContext, SelectContext, NamedExecContext.
package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

type Account struct {
	ID    int64  `db:"id"`
	Email string `db:"email"`
}

func byTeam(ctx context.Context, db *sqlx.DB, team int64) ([]Account, error) {
	var out []Account
	err := db.SelectContext(ctx, &out, "SELECT id, email FROM accounts WHERE team_id = $1", team)
	return out, err
}

func one(ctx context.Context, db *sqlx.DB, id int64) (Account, error) {
	var a Account
	return a, db.GetContext(ctx, &a, "SELECT id, email FROM accounts WHERE id = $1", id)
}

// A query builder's Select names columns: it is not sqlx's Select(&dest, query).
func columns(sb *sqlbuilder.SelectBuilder) {
	sb.Select("id", "email", "team_id")
	sb.From("accounts")
}
