use crate::rules::{LessonCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In a lesson that builds its own schema, flags a query on a table the
    /// lesson never creates (a typo, or a step the reader never saw).
    ///
    /// ## Why it matters
    /// A student who follows the lesson block by block gets "relation does
    /// not exist" and is stuck; the reviewer cannot check the query against
    /// a schema it has not seen.
    ///
    /// ## Example
    /// ~~~markdown
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
    /// ```
    ///
    /// ```sql
    /// SELECT id, total FROM order_items WHERE id = 1;
    /// ```
    /// ~~~
    ///
    /// ## Use instead
    /// ~~~markdown
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
    /// ```
    ///
    /// ```sql
    /// SELECT id, total FROM orders WHERE id = 1;
    /// ```
    /// ~~~
    ///
    /// ## In production
    /// Course material drifts: a table renamed in lesson 2 keeps its old name
    /// in lesson 5. Running every lesson's SQL in CI catches it.
    ///
    /// ## Alternatives
    /// Show the `CREATE TABLE` (or say which earlier lesson's schema is
    /// assumed and pass it with `--schema`).
    pub struct UndefinedTable {
        code: "L002",
        name: "undefined-table",
        area: Lesson,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: [],
        dialects: [],
        fix: None,
        summary: "A lesson query on a table the lesson never creates",
    }
}

/// The metadata tables Iceberg provides for every table (`db.t.files`).
const ICEBERG_METADATA: [&str; 15] = [
    "files",
    "history",
    "snapshots",
    "manifests",
    "partitions",
    "entries",
    "refs",
    "metadata_log_entries",
    "all_data_files",
    "all_delete_files",
    "all_entries",
    "all_manifests",
    "data_files",
    "delete_files",
    "position_deletes",
];

impl Rule for UndefinedTable {
    fn lesson(&self, cx: &LessonCx, out: &mut Sink) {
        if cx.catalog.is_empty() {
            return; // a queries-only lesson assumes a schema from elsewhere
        }
        let mut reported: Vec<&str> = Vec::new();
        for facts in cx.facts {
            for relation in facts.blocks.iter().flat_map(|b| b.relations.iter()) {
                let name = relation.name.as_str();
                let written = cx.text.get(relation.span.start..relation.span.end).unwrap_or(name);
                // The system's own catalog (`pg_extension`, `system.parts`) exists in every database.
                // Iceberg's metadata tables and branches hang off a table: `db.sample.files`, `db.sample.branch_audit`.
                let parts: Vec<String> = written.split('.').map(|p| p.trim_matches(|c| c == '`' || c == '"').to_ascii_lowercase()).collect();
                let of_known_table = parts.len() > 1 && parts[..parts.len() - 1].iter().any(|p| cx.catalog.table(p).is_some());
                let branch = name.starts_with("branch_") || name.starts_with("tag_") || (parts.len() > 2 && ICEBERG_METADATA.contains(&name));
                let unknown = cx.catalog.table(name).is_none()
                    && !cx.catalog.unread.iter().any(|u| u == name)
                    && !crate::rules::util::is_system_catalog(written)
                    && !of_known_table
                    && !branch;
                if unknown && !facts.cte_names.iter().any(|c| c == name) && !reported.contains(&name) {
                    reported.push(name);
                    out.report(relation.span, format!("`{name}` is queried but the lesson never creates it"))
                        .help("add its CREATE TABLE to the lesson, or fix the name");
                }
            }
        }
    }
}
