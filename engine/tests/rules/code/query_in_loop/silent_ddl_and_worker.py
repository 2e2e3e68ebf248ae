# One DROP VIEW per alias cannot be folded into one query; a worker's endless loop takes one task per turn.
def drop_aliases(conn, aliases):
    for alias in aliases:
        sql = 'DROP VIEW "{0}"'.format(alias)
        conn.execute(sa.text(sql))


def write_thread(conn, queue):
    while True:
        task = queue.get()
        conn.execute("BEGIN IMMEDIATE")
        task.fn(conn)
        conn.execute("COMMIT")


async def table_counts(db, tables):
    counts = {}
    for table in tables:
        counts[table] = await db.execute(f"select count(*) from {escape_sqlite(table)}")
    return counts
