use crate::model::Table;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags repeating groups of columns: `phone1, phone2, phone3` or
    /// `tag1 … tag5`, numbered columns of the same type that hold
    /// interchangeable values of one kind.
    ///
    /// Numbered columns that are ordered parts of one value or ranked levels
    /// are not a repeating group, and are left alone: `address_line1,
    /// address_line2` are the lines of one postal address, `subdivision1,
    /// subdivision2` the first and second ISO 3166-2 region levels. Nobody
    /// searches "any address line" or adds a row per line. Columns of one
    /// stem whose types differ are not interchangeable either, nor are
    /// columns that together make up one key (`PRIMARY KEY (key1, key2)`).
    ///
    /// ## Why it matters
    /// The schema hard-codes how many values an entity may have. A fourth
    /// phone needs a migration, queries must test every column (`WHERE phone1
    /// = $1 OR phone2 = $1 …`, which no single index serves), and the columns
    /// are mostly NULL.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE contacts (id bigint PRIMARY KEY, phone1 text, phone2 text, phone3 text);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE contacts (id bigint PRIMARY KEY);
    /// CREATE TABLE contact_phones (contact_id bigint NOT NULL REFERENCES contacts (id), phone text NOT NULL, PRIMARY KEY (contact_id, phone));
    /// ```
    ///
    /// ## In production
    /// Repeating groups show up in CRMs and imported spreadsheets; the
    /// search-by-any-phone feature is what eventually forces the child table.
    ///
    /// ## Alternatives
    /// A child table (one row per value); an array or `jsonb` column when the
    /// values are only ever read with their parent.
    pub struct RepeatingColumnGroup {
        code: "S006",
        name: "repeating-column-group",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S4"],
        dialects: [],
        fix: None,
        summary: "Numbered columns that should be rows",
    }
}

fn stem(name: &str) -> Option<&str> {
    let trimmed = name.trim_end_matches(|c: char| c.is_ascii_digit());
    (trimmed.len() < name.len() && !trimmed.is_empty()).then(|| trimmed.trim_end_matches('_'))
}

/// Stems whose numbers are positions or levels within one value: the lines
/// of an address, the levels of a region or a hierarchy. Matched as the
/// stem's last word, so `shipping_address_line` and `addressline` count.
const POSITIONAL: &[&str] = &["line", "address", "street", "subdivision", "level", "tier", "region", "admin"];

fn is_positional(stem: &str) -> bool {
    let stem = stem.to_ascii_lowercase();
    POSITIONAL.iter().any(|p| stem.ends_with(p))
}

/// Numbered columns that together make up one key are its distinct parts
/// (`PRIMARY KEY (key1, key2, day)`), not interchangeable values.
fn composite_key(table: &Table, group: &[&str]) -> bool {
    let covers = |keys: &[&str]| group.iter().all(|g| keys.contains(g));
    covers(&table.primary_key.iter().map(String::as_str).collect::<Vec<_>>())
        || table.indexes.iter().any(|i| covers(&i.columns().flatten().collect::<Vec<_>>()))
}

impl Rule for RepeatingColumnGroup {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let mut reported: Vec<&str> = Vec::new();
            for column in &table.columns {
                let Some(base) = stem(&column.name) else { continue };
                if reported.contains(&base) || is_positional(base) {
                    continue;
                }
                let members: Vec<_> = table.columns.iter().filter(|c| stem(&c.name) == Some(base)).collect();
                let same_kind = members.iter().all(|c| c.kind == column.kind);
                let group: Vec<&str> = members.iter().map(|c| c.name.as_str()).collect();
                if group.len() >= 2 && same_kind && !composite_key(table, &group) {
                    reported.push(base);
                    out.report(column.span, format!("`{}` repeats `{base}` in numbered columns: {}", table.name, group.join(", ")))
                        .help(format!("move `{base}` values into a child table with one row per value"));
                }
            }
        }
    }
}
