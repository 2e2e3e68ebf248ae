// An HTTP handler bounding its query to 800 ms, derived from the request's own context.
package api

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

type Server struct{ db *sql.DB }

func (s *Server) orderStatus(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 800*time.Millisecond)
	defer cancel()
	var status string
	err := s.db.QueryRowContext(ctx, "SELECT status FROM orders WHERE id = $1", r.URL.Query().Get("id")).Scan(&status)
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte(status))
}
