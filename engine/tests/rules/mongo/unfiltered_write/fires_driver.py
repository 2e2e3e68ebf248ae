# PyMongo: an empty filter empties the collection.
db.sessions.delete_many({})
coll.update_many({}, {"$set": {"migrated": True}})
