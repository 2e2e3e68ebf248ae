// r.URL.Query() reads the query string; the database call below it has a context.
package api

import (
	"database/sql"
	"net/http"
)

func search(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		term := r.URL.Query().Get("q")
		rows, err := db.QueryContext(r.Context(), "SELECT id FROM products WHERE name ILIKE $1", "%"+term+"%")
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
	}
}
