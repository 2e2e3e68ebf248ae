# A day given to the job is glued into the Spark SQL text.
def events_of(spark, day):
    return spark.sql("SELECT * FROM events WHERE day = '" + day + "'")
