use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags text columns whose name says they hold a list: `tags`,
    /// `category_ids`, `roles`, `*_list`.
    ///
    /// ## Why it matters
    /// A comma-separated list in a string cannot be indexed, joined,
    /// constrained by a foreign key or updated atomically; finding rows that
    /// contain `42` needs `LIKE '%42%'`, which also matches `142`.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, tag_ids varchar(500));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL);
    /// CREATE TABLE post_tags (post_id bigint NOT NULL REFERENCES posts (id), tag_id bigint NOT NULL, PRIMARY KEY (post_id, tag_id));
    /// ```
    ///
    /// ## In production
    /// Lists in strings are the classic first-normal-form violation; the
    /// cleanup migration needs string splitting over every row.
    ///
    /// ## Alternatives
    /// A junction table; in PostgreSQL a typed array (`bigint[]`) with a GIN
    /// index when the list is read with its row and never joined.
    pub struct ListInTextColumn {
        code: "S007",
        name: "list-in-text-column",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S4"],
        dialects: [],
        fix: None,
        summary: "A text column holding a list of values",
    }
}

impl Rule for ListInTextColumn {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind.is_textual()) {
                let n = column.name.as_str();
                if name_is(n, &["tags", "ids", "list", "roles", "categories", "emails", "phones"]) {
                    out.report(column.span, format!("`{}.{n}` ({}) looks like a list stored in a string", table.name, column.data_type))
                        .help("use a junction table (or a typed array) instead of delimited text");
                }
            }
        }
    }
}
