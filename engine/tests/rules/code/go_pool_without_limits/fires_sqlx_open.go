// sqlx.Open wraps database/sql's pool, unlimited unless told otherwise.
package worker

import "github.com/jmoiron/sqlx"

func open(dsn string) (*sqlx.DB, error) {
	return sqlx.Open("postgres", dsn)
}
