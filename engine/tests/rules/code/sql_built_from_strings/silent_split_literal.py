# A long constant statement split over adjacent literals: still one static string with placeholders.
def monthly_totals(cur, year):
    cur.execute(
        "SELECT date_trunc('month', placed_at) AS month, sum(total) "
        "FROM orders WHERE extract(year FROM placed_at) = %s "
        "GROUP BY 1 ORDER BY 1",
        (year,),
    )
    return cur.fetchall()
