// Node driver: the whole metadata collection is read to use its first document.
const metadata = client.db("covid19").collection("metadata");
metadata.find().toArray((err, docs) => console.log(docs[0].last_date));
