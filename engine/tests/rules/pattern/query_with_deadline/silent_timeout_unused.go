// A timeout context is created for the HTTP call, but the query itself runs without one.
package sync

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

func refresh(db *sql.DB, client *http.Client, url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if _, err := client.Do(req); err != nil {
		return err
	}
	_, err := db.Exec("UPDATE feeds SET refreshed_at = now() WHERE url = $1", url)
	return err
}
