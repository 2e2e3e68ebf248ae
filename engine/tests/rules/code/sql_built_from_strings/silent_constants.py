# A table name fixed in the script and a choice between two literals: nothing from outside.
tableName = "delta_table"
spark.sql("CREATE TABLE %s(id LONG) USING delta" % tableName)
spark.sql("SELECT * FROM %s WHERE id > 2" % tableName)


def active_rows(conn, flag):
    return conn.execute("SELECT * FROM t WHERE active = {0}".format("true" if flag else "false"))
