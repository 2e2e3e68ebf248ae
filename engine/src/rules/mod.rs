//! The rule catalog: one file per rule, declared with [`declare_rule!`], and
//! one explicit registry from which the CLI's `rules`/`explain` commands and
//! the generated documentation are built.

mod context;
pub(crate) mod registry;
mod set;
mod state;
pub(crate) mod util;

pub mod architecture;
pub mod cassandra;
pub mod clickhouse;
pub mod code;
pub mod dynamo;
pub mod explain;
pub mod kafka;
pub mod lakehouse;
pub mod lesson;
pub mod migration;
pub mod mongo;
pub mod mssql;
pub mod mysql;
pub mod oracle;
pub mod pattern;
pub mod query;
pub mod reading;
pub mod redis;
pub mod schema;
pub mod security;
pub mod sqlite;

pub use context::{CatalogCx, CodeCx, CqlCx, DynamoCx, ExplainCx, KafkaCx, LessonCx, MongoCx, RedisCx, Sink, StatementCx};
pub use registry::{all, find, RuleGroup, GROUPS};
pub use set::{is_listed, RuleSet};
pub use state::{single_row_insert_target, ScriptState};

use crate::finding::{Section, Severity};
use crate::input::Dialect;
use serde::Serialize;
use sqlparser::ast::Expr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Schema,
    Query,
    Security,
    Migration,
    Architecture,
    Lesson,
    Pattern,
}

/// What kind of fix a rule's findings carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FixKind {
    /// No mechanical fix; the help text says what to do.
    None,
    /// A rewritten statement to paste, to be reviewed by a human.
    Suggestion,
}

/// Everything known about a rule, static and documented.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code, e.g. `S001`.
    pub code: &'static str,
    /// Kebab-case name that reads well after "allow": `select-star`.
    pub name: &'static str,
    pub area: Area,
    pub severity: Severity,
    pub section: Section,
    /// Concept ids of the product's concept catalog (`S1`, `Q7`, …).
    pub concepts: &'static [&'static str],
    /// Systems the rule applies to; empty means every dialect.
    pub dialects: &'static [Dialect],
    pub fix: FixKind,
    pub summary: &'static str,
    /// A lint that is right but seldom worth an author's time in material
    /// already in use (a reserved word quoted everywhere, a CHECK the
    /// application enforces): off unless the options enable it by name,
    /// by code, or all of them with `pedantic` (clippy's group of the name).
    pub pedantic: bool,
    /// The documentation in doc-comment Markdown with the fixed headings
    /// (see [`DOC_HEADINGS`]); empty without the `full-docs` feature, where
    /// [`install_docs`] supplies it at run time.
    pub compiled_docs: &'static str,
    /// The module that declares the rule (`engine::rules::query::select_star`):
    /// the registry test holds every file to its rule's name and group.
    /// Empty in the browser build.
    pub module: &'static str,
}

/// Documentation loaded at run time (the browser fetches it as data instead
/// of carrying it in the wasm), by rule code.
static INSTALLED_DOCS: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();

/// Supply the documentation of builds without `full-docs`
/// (`{"S001": "## What it does …"}`); only the first call counts.
pub fn install_docs(docs: std::collections::HashMap<String, String>) {
    let _ = INSTALLED_DOCS.set(docs);
}

/// Whether every rule's documentation is at hand (compiled in or installed).
pub fn docs_available() -> bool {
    cfg!(feature = "full-docs") || INSTALLED_DOCS.get().is_some()
}

/// Every rule's documentation as the JSON object [`install_docs`] takes
/// (what the browser build ships as data).
pub fn docs_json() -> String {
    let docs: std::collections::BTreeMap<&str, &str> = registry::all().iter().map(|r| (r.meta().code, r.meta().docs())).collect();
    serde_json::to_string(&docs).unwrap_or_default()
}

impl Serialize for RuleMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("RuleMeta", 12)?;
        out.serialize_field("code", self.code)?;
        out.serialize_field("name", self.name)?;
        out.serialize_field("area", &self.area)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("section", &self.section)?;
        out.serialize_field("concepts", self.concepts)?;
        out.serialize_field("dialects", self.dialects)?;
        out.serialize_field("fix", &self.fix)?;
        out.serialize_field("summary", self.summary)?;
        out.serialize_field("pedantic", &self.pedantic)?;
        out.serialize_field("docs", &self.docs())?;
        out.end()
    }
}

/// The headings every rule's documentation has, in order.
pub const DOC_HEADINGS: [&str; 6] = ["What it does", "Why it matters", "Example", "Use instead", "In production", "Alternatives"];

impl RuleMeta {
    /// The documentation, when compiled in or installed; empty otherwise.
    pub fn docs(&self) -> &'static str {
        if !self.compiled_docs.is_empty() {
            return self.compiled_docs;
        }
        INSTALLED_DOCS.get().and_then(|d| d.get(self.code)).map_or("", String::as_str)
    }

    /// The text under one `## Heading` of the documentation.
    pub fn doc_section(&self, heading: &str) -> Option<String> {
        let marker = format!("## {heading}");
        let mut lines = self.docs().lines().map(|l| l.strip_prefix(' ').unwrap_or(l));
        lines.by_ref().find(|l| l.trim() == marker)?;
        let body: Vec<&str> = lines.take_while(|l| !l.starts_with("## ")).collect();
        Some(body.join("\n").trim().to_string())
    }

    /// The documentation as plain Markdown (doc-comment indentation removed).
    pub fn markdown(&self) -> String {
        let body: Vec<&str> = self.docs().lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
        format!("# {} ({})\n\n{}\n", self.name, self.code, body.join("\n").trim())
    }

    /// The first fenced block under a heading (the doc examples): its
    /// language (`sql`, or `markdown` for lesson rules) and its text. Lesson
    /// examples use a `~~~` fence so they can hold ``` blocks.
    pub fn doc_example(&self, heading: &str) -> Option<(String, String)> {
        let section = self.doc_section(heading)?;
        let (start, marker) = match (section.find("```"), section.find("~~~")) {
            (Some(a), Some(b)) if b < a => (b, "~~~"),
            (Some(a), _) => (a, "```"),
            (None, Some(b)) => (b, "~~~"),
            (None, None) => return None,
        };
        let after = &section[start + 3..];
        let newline = after.find('\n')?;
        let lang = after[..newline].trim().to_string();
        let body = &after[newline + 1..];
        let end = body.find(&format!("\n{marker}")).map(|e| e + 1).or_else(|| body.find(marker))?;
        Some((lang, body[..end].to_string()))
    }

    pub fn applies_to(&self, dialect: Dialect) -> bool {
        self.dialects.is_empty() || self.dialects.contains(&dialect)
    }
}

/// Gives a rule's static metadata; implemented by [`declare_rule!`].
pub trait Described {
    fn meta(&self) -> &'static RuleMeta;
}

/// A rule inspects the model through hooks; each rule overrides only the
/// hooks it needs. All hooks are driven by the engine, never by the rule.
pub trait Rule: Described + Sync {
    /// Once per parsed statement, with its facts and the whole catalog.
    fn statement(&self, _cx: &StatementCx, _out: &mut Sink) {}

    /// Whether [`Rule::expression`] should be called (saves a walk per rule).
    fn wants_expressions(&self) -> bool {
        false
    }

    /// Once per expression node of every statement.
    fn expression(&self, _cx: &StatementCx, _expr: &Expr, _out: &mut Sink) {}

    /// Once per review, after every statement, for schema-wide checks.
    fn catalog(&self, _cx: &CatalogCx, _out: &mut Sink) {}

    /// Once per Markdown lesson, for checks about the lesson as a whole.
    fn lesson(&self, _cx: &LessonCx, _out: &mut Sink) {}

    /// Once per piece of application code (a code file or a lesson's code block).
    fn code(&self, _cx: &CodeCx, _out: &mut Sink) {}

    /// Once per piece of Redis material (commands and configuration).
    fn redis(&self, _cx: &RedisCx, _out: &mut Sink) {}

    /// Once per piece of CQL.
    fn cql(&self, _cx: &CqlCx, _out: &mut Sink) {}

    /// Once per piece of Kafka configuration.
    fn kafka(&self, _cx: &KafkaCx, _out: &mut Sink) {}

    /// Once per piece of MongoDB code.
    fn mongo(&self, _cx: &MongoCx, _out: &mut Sink) {}

    /// Once per piece of DynamoDB material.
    fn dynamo(&self, _cx: &DynamoCx, _out: &mut Sink) {}

    /// Once per EXPLAIN plan.
    fn explain(&self, _cx: &ExplainCx, _out: &mut Sink) {}
}

/// A rule's documentation, compiled in with the `full-docs` feature (the
/// CLI); the browser build loads it as data.
#[cfg(feature = "full-docs")]
#[doc(hidden)]
#[macro_export]
macro_rules! __compiled_docs {
    ($($part:expr),*) => { concat!($($part),*) };
}

#[cfg(not(feature = "full-docs"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __compiled_docs {
    ($($part:expr),*) => {
        ""
    };
}

/// Where a rule is declared, for the registry test; the browser build
/// leaves the paths out of the module.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rule_module {
    () => {
        module_path!()
    };
}

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
#[macro_export]
macro_rules! __rule_module {
    () => {
        ""
    };
}

/// `pedantic: true` in [`declare_rule!`], or `false` when it is not given.
#[doc(hidden)]
#[macro_export]
macro_rules! __pedantic {
    () => {
        false
    };
    ($pedantic:literal) => {
        $pedantic
    };
}

/// Declare a rule: its unit struct and static [`RuleMeta`], with the doc
/// comment captured as the rule's documentation.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            code: $code:literal,
            name: $kebab:literal,
            area: $area:ident,
            severity: $severity:ident,
            section: $section:ident,
            concepts: [$($concept:literal),* $(,)?],
            dialects: [$($dialect:ident),* $(,)?],
            fix: $fix:ident,
            $(pedantic: $pedantic:literal,)?
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $kebab,
                area: $crate::rules::Area::$area,
                severity: $crate::finding::Severity::$severity,
                section: $crate::finding::Section::$section,
                concepts: &[$($concept),*],
                dialects: &[$($crate::input::Dialect::$dialect),*],
                fix: $crate::rules::FixKind::$fix,
                summary: $summary,
                pedantic: $crate::__pedantic!($($pedantic)?),
                compiled_docs: $crate::__compiled_docs!($($doc, "\n"),*),
                module: $crate::__rule_module!(),
            };
        }

        impl $crate::rules::Described for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &Self::META
            }
        }
    };
}
