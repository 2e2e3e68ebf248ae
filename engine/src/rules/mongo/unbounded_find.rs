use crate::finding::Severity;
use crate::rules::{MongoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `find` with neither a limit nor a projection; with an empty
    /// filter too, it is a warning.
    ///
    /// ## Why it matters
    /// Such a query returns every matching document in full, however many
    /// there are: the whole collection for an empty filter. The server
    /// reads them, the network carries them, and the application holds
    /// them, which is fine for ten documents in a lesson and an outage for
    /// ten million in production.
    ///
    /// ## Example
    /// ```mongodb
    /// db.orders.find({})
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.orders.find({ status: "open" }, { _id: 1, total: 1 }).limit(50)
    /// ```
    ///
    /// The `config` database of a sharded cluster (`shards`, `mongos`,
    /// `settings`, `databases`, `version`) holds a document per shard,
    /// router or database: reading it whole, as diagnostic scripts do, is
    /// not flagged.
    ///
    /// ## In production
    /// Projections also let an index cover the query: with only indexed
    /// fields returned, no document has to be fetched at all.
    ///
    /// ## Alternatives
    /// A cursor with a batch size for real exports; an aggregation that
    /// returns the summary instead of the documents.
    pub struct UnboundedFind {
        code: "N404",
        name: "mongo-unbounded-find",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T6", "Q1", "Q2"],
        dialects: [Mongodb],
        fix: None,
        summary: "find without limit or projection returns whole documents, all of them",
    }
}

/// The small metadata collections of the `config` database, as a script
/// names them (`configDB.shards.find()`, `db.getSiblingDB("config").mongos`).
const CLUSTER_METADATA: [&str; 5] = ["shards", "mongos", "settings", "databases", "version"];

fn reads_cluster_metadata(text: &str, operation: &crate::read::mongo::Operation) -> bool {
    let written = text.get(operation.span.clone()).unwrap_or("");
    let receiver = written.split_once(".find").map_or("", |(r, _)| r);
    CLUSTER_METADATA.contains(&operation.collection.as_str()) && receiver.to_ascii_lowercase().contains("config")
}

impl Rule for UnboundedFind {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            let Some(find) = operation.method().filter(|c| c.name == "find") else { continue };
            // A second argument that is not an empty `{}` (a projection, the
            // Node driver's options, a variable holding either) may bound it.
            let projected = find.args.get(1).is_some_and(|p| !super::is_empty_object(p))
                || operation.chained("project").is_some()
                || operation.chained("projection").is_some();
            if projected || operation.chained("limit").is_some() || operation.chained("next").is_some() {
                continue;
            }
            if reads_cluster_metadata(cx.text, operation) {
                continue;
            }
            let everything = find.args.first().is_none_or(super::is_empty_object);
            let coll = &operation.collection;
            let finding = out
                .report(cx.span(&find.name_span), format!("`{coll}.find` has no limit and no projection: every matching document comes back whole"))
                .help("add a projection of the fields needed and a limit");
            if everything {
                finding.severity(Severity::Warning).message =
                    format!("`{coll}.find` with an empty filter, no limit and no projection returns the whole collection");
            }
        }
    }
}
