// The same handler deriving its deadline from the request's context; a start-up job may use context.Background().
package api

import (
	"context"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

func orders(pool *pgxpool.Pool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		rows, err := pool.Query(ctx, "SELECT id, total FROM orders WHERE customer_id = $1", r.URL.Query().Get("customer"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
	}
}

func warmUp(pool *pgxpool.Pool) error {
	_, err := pool.Exec(context.Background(), "SELECT 1")
	return err
}
