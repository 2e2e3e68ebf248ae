// A bounded page, and JavaScript's own keys(): no whole read.
async function getPage(client, key, page) {
  const names = Object.keys(await client.hmGet(key, ["a", "b"]));
  return client.zRange(key, page * 20, page * 20 + 19);
}
