// The pool has a cap but keeps each connection forever: only half of the pattern.
package store

import "database/sql"

func Open(dsn string) (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(40)
	db.SetMaxIdleConns(40)
	return db, nil
}
