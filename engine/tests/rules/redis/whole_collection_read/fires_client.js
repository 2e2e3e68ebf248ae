// node-redis: every member of the set, in one call.
async function getMembers(client, key) {
  return client.zRangeWithScores(key, 0, -1);
}
