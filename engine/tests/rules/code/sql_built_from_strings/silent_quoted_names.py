# Names go through quoting helpers, the number through int(), values through placeholders.
def count_rows(db, table, limit):
    return db.execute(f"select count(*) from (select * from {escape_sqlite(table)} limit {int(limit) + 1})")


def drop_views(conn, names):
    conn.execute("DELETE FROM {0} WHERE expired".format(", ".join(identifier(n) for n in names)))


def describe(cur, oid):
    cur.execute(f"SELECT relname FROM pg_catalog.pg_class WHERE oid = '{oid}'")
