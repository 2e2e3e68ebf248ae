// The filter is built elsewhere and passed in: nothing says it is empty.
return this._mongoCollection.deleteMany(query, { session });
await collection.updateMany(mongoWhere, mongoUpdate, transactionalSession);
// PyMongo-style filters written out are read as filters.
await coll.updateMany({ country: "US", state: { $exists: false } }, { $unset: { deaths: "" } });
// Emptying on purpose: the alternative is dropping the collection.
await Promise.all(collections.map(c => (fast ? c.deleteMany({}) : c.drop())));
