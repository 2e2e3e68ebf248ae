use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags entity-attribute-value tables: an entity reference, an
    /// attribute name column and a generic value column.
    ///
    /// Two shapes look alike and are left alone: a tree of key/value nodes
    /// (a `parent_*` column or a foreign key to its own table: a hierarchy,
    /// not attributes), and a `*_metadata` list of keys the users define
    /// themselves (the open-ended case, where there are no columns to have).
    ///
    /// ## Why it matters
    /// Every attribute becomes a row, so reading one entity needs a pivot,
    /// values lose their types (everything is text), no constraint can say
    /// "price is required and positive", and filters on two attributes need
    /// self-joins. It is a database inside the database, without its tools.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE product_attributes (product_id bigint NOT NULL, attribute_name text NOT NULL, value text, PRIMARY KEY (product_id, attribute_name));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE product_details (product_id bigint PRIMARY KEY, color text, weight_grams integer, extra jsonb);
    /// ```
    ///
    /// ## In production
    /// EAV designs (famously early Magento) are what teams migrate away from
    /// when catalog pages need dozens of self-joins.
    ///
    /// ## Alternatives
    /// Real columns for known attributes plus a `jsonb` column (with a GIN
    /// index) for the truly open-ended ones; a document store when the whole
    /// model is schemaless.
    pub struct EntityAttributeValue {
        code: "A001",
        name: "entity-attribute-value",
        area: Architecture,
        severity: Warning,
        section: RealWorldContext,
        concepts: ["S4", "A3"],
        dialects: [],
        fix: None,
        summary: "An entity-attribute-value table",
    }
}

impl Rule for EntityAttributeValue {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let has = |names: &[&str]| table.columns.iter().any(|c| names.contains(&c.name.as_str()));
            let entity = table.columns.iter().any(|c| c.name.ends_with("_id") || c.name == "entity");
            let attribute = has(&["attribute", "attribute_name", "attr", "attr_name", "key", "property", "field_name", "meta_key"]);
            let value = has(&["value", "attribute_value", "val", "meta_value", "field_value"]);
            let hierarchy = table.columns.iter().any(|c| c.name.starts_with("parent_")) || table.foreign_keys.iter().any(|fk| fk.references == table.name);
            let user_defined = table.name.ends_with("metadata");
            if entity && attribute && value && !hierarchy && !user_defined {
                out.report(table.span, format!("`{}` is an entity-attribute-value table", table.name))
                    .note("values lose their types and constraints; reading an entity needs a pivot")
                    .help("use real columns for known attributes and a jsonb column for open-ended ones");
            }
        }
    }
}
