// The loop returns early on a scan error, and nothing closes rows: the connection stays checked out.
package report

import (
	"context"
	"database/sql"
)

func overdue(ctx context.Context, db *sql.DB) ([]int64, error) {
	rows, err := db.QueryContext(ctx, "SELECT id FROM invoices WHERE due_on < current_date AND paid_at IS NULL")
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}
