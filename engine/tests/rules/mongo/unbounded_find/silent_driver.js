// A filter in a variable and the driver's options (limit, sort) in the second argument.
const cursor = this._mongoCollection.find(query, { skip, limit, sort, maxTimeMS });
// An array's find, not a collection's.
const user = users.find(u => u.id === id);
// The config database of a sharded cluster holds one document per shard.
const shards = configDB.shards.find().sort({ _id: 1 }).toArray();
