//! What a rule sees: the statement, its facts, the catalog, the script's state.

use crate::finding::{Finding, Fix, Severity};
use crate::input::Dialect;
use crate::model::{Catalog, SpanCx, StatementFacts};
use crate::rules::{RuleMeta, ScriptState};
use crate::source::TextSpan;
use sqlparser::ast::{Spanned, Statement};

pub struct StatementCx<'a> {
    pub text: &'a str,
    /// Position of the statement among all statements of the review.
    pub index: usize,
    pub stmt: &'a Statement,
    pub span: TextSpan,
    pub facts: &'a StatementFacts,
    pub catalog: &'a Catalog,
    pub state: &'a ScriptState,
    pub dialect: Dialect,
    pub spans: &'a SpanCx<'a>,
    /// Table sizes the author gave (`-- sqlreview: rows …`, the options).
    pub sizes: &'a crate::perf::TableSizes,
    /// Index of the first statement of this statement's script: its
    /// document, or in a lesson its fenced block. Tables from earlier
    /// documents (a schema file or pane) describe the existing database, and
    /// a lesson's later block speaks of the reader's own table; only tables
    /// created earlier in the same script are new.
    pub script_start: usize,
    /// The statement stands in a lesson's fenced block: an example that
    /// shows something, with its result or its syntax as the point.
    pub in_lesson: bool,
    /// The statement is an example in documentation (a lesson's block, in a
    /// lesson that is not about changing a running database), not a change
    /// someone will run against production.
    pub illustration: bool,
    /// The lesson this statement belongs to builds an index `CONCURRENTLY`
    /// somewhere: it already teaches how to build one on a live table.
    pub lesson_builds_concurrently: bool,
}

impl StatementCx<'_> {
    /// The span of an AST node, or the statement's when sqlparser has none.
    pub fn span_of(&self, node: &impl Spanned) -> TextSpan {
        self.spans.span_of(node.span())
    }

    /// The statement's own text.
    pub fn source(&self) -> &str {
        &self.text[self.span.start..self.span.end]
    }

    /// The statement's text with `span` (inside it) replaced by `with`.
    pub fn source_with(&self, span: TextSpan, with: &str) -> String {
        if span.start < self.span.start || span.end > self.span.end || span.start > span.end {
            return self.source().to_string();
        }
        format!("{}{}{}", &self.text[self.span.start..span.start], with, &self.text[span.end..self.span.end])
    }

    /// Whether a relation the statement reads is the system's own catalog,
    /// judged by how it is written (`sys.objects`, `pg_tables`, `dual`).
    pub fn reads_system_catalog(&self, relation: &crate::model::Relation) -> bool {
        self.text.get(relation.span.start..relation.span.end).is_some_and(crate::rules::util::is_system_catalog)
    }

    /// Whether `name` (a table or view) was created by an earlier statement
    /// of this document: it is new and empty, not an object in production,
    /// so it needs no online-migration care.
    pub fn created_in_script(&self, name: &str) -> bool {
        self.state.created_since(name, self.script_start)
    }

    /// Rows the script loads into a table it created itself (`INSERT …
    /// VALUES`, `COPY … FROM stdin` after the table's `CREATE TABLE`): a
    /// dump's or seed file's data, not a query the application runs.
    pub fn is_seed_data(&self) -> bool {
        self.facts.load.as_ref().is_some_and(|load| self.created_in_script(&load.table))
    }
}

pub struct CatalogCx<'a> {
    pub catalog: &'a Catalog,
    pub dialect: Dialect,
    /// The session state after the last statement.
    pub state: &'a ScriptState,
    /// Facts of every parsed statement, for workload-wide checks.
    pub facts: &'a [StatementFacts],
    /// Access paths and index advice over the whole workload.
    pub performance: &'a crate::perf::Performance,
}

/// Collects findings for the rule currently running.
pub struct Sink {
    pub(crate) rule: &'static RuleMeta,
    pub(crate) findings: Vec<Finding>,
}

impl Sink {
    pub(crate) fn new(rule: &'static RuleMeta) -> Sink {
        Sink { rule, findings: Vec::new() }
    }

    /// Report a finding of the current rule at `span`; chain `note`, `help`, `fix`.
    pub fn report(&mut self, span: TextSpan, message: impl Into<String>) -> &mut Finding {
        self.findings.push(Finding::new(self.rule, span, message.into()));
        self.findings.last_mut().expect("just pushed")
    }
}

impl Finding {
    pub(crate) fn new(rule: &'static RuleMeta, span: TextSpan, message: String) -> Finding {
        Finding {
            code: rule.code,
            rule: rule.name,
            severity: rule.severity,
            section: rule.section,
            concepts: rule.concepts,
            message,
            note: None,
            help: None,
            span,
            related: Vec::new(),
            fix: None,
        }
    }

    pub fn note(&mut self, note: impl Into<String>) -> &mut Self {
        self.note = Some(note.into());
        self
    }

    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn fix(&mut self, title: impl Into<String>, replacement: impl Into<String>) -> &mut Self {
        self.fix = Some(Fix { title: title.into(), replacement: replacement.into() });
        self
    }

    pub fn severity(&mut self, severity: Severity) -> &mut Self {
        self.severity = severity;
        self
    }

    pub fn related(&mut self, span: TextSpan) -> &mut Self {
        self.related.push(span);
        self
    }
}

/// A Markdown lesson: its text, its fenced blocks, and what its SQL built.
pub struct LessonCx<'a> {
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub fences: &'a [crate::read::markdown::Fence],
    pub catalog: &'a Catalog,
    /// Facts of the lesson's own statements.
    pub facts: &'a [StatementFacts],
}

/// A piece of application code (a file, or a lesson's code block).
pub struct CodeCx<'a> {
    /// The whole document's text (positions are the document's).
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub file: &'a crate::read::code::CodeFile,
    /// Every piece of code of the same document (a lesson's code blocks), this one included.
    pub document_code: &'a [crate::read::code::CodeFile],
    /// Byte ranges of its loop bodies.
    pub loops: Vec<std::ops::Range<usize>>,
}

impl<'a> CodeCx<'a> {
    pub fn new(
        text: &'a str,
        index: &'a crate::source::LineIndex,
        file: &'a crate::read::code::CodeFile,
        document_code: &'a [crate::read::code::CodeFile],
    ) -> Self {
        CodeCx { text, index, file, document_code, loops: crate::read::code::loop_bodies(text, file) }
    }

    /// The span of token `i`.
    pub fn token_span(&self, i: usize) -> TextSpan {
        let range = self.file.tokens[i].span.clone();
        self.index.span(self.text, range.start, range.end)
    }

    /// Whether byte `at` is inside a loop body.
    pub fn in_loop(&self, at: usize) -> bool {
        self.loops.iter().any(|body| body.contains(&at))
    }
}

/// A piece of Redis material (a `.redis` file, `redis.conf`, a lesson's block).
pub struct RedisCx<'a> {
    /// The whole document's text (positions are the document's).
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub script: &'a crate::read::redis::Script,
    /// Every piece of Redis material of the review (a lesson's blocks, the
    /// configuration pane and the commands pane), this one included.
    pub review: &'a [&'a crate::read::redis::Script],
}

impl RedisCx<'_> {
    /// Every command of the review, in order.
    pub fn review_commands(&self) -> impl Iterator<Item = &crate::read::redis::Command> {
        self.review.iter().flat_map(|s| s.commands.iter())
    }

    /// The last value the review gives a configuration directive.
    pub fn setting(&self, name: &str) -> Option<&crate::read::redis::Directive> {
        self.review.iter().rev().find_map(|s| s.setting(name))
    }
}

impl RedisCx<'_> {
    pub fn span(&self, range: &std::ops::Range<usize>) -> TextSpan {
        self.index.span(self.text, range.start, range.end)
    }
}

/// A piece of CQL (a `.cql` file or a lesson's block).
pub struct CqlCx<'a> {
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub script: &'a crate::read::cql::Script,
    /// Every piece of CQL of the review: a schema file's tables and
    /// keyspaces serve the queries of the next file.
    pub review: &'a [&'a crate::read::cql::Script],
}

impl CqlCx<'_> {
    /// A table declared anywhere in the review.
    pub fn table(&self, name: &str) -> Option<&crate::read::cql::Table> {
        self.review.iter().find_map(|s| s.table(name))
    }

    /// The replication factor of the keyspaces declared anywhere in the review.
    pub fn replication_factor(&self) -> Option<u32> {
        self.review.iter().filter_map(|s| s.replication_factor()).max()
    }

    pub fn span(&self, range: &std::ops::Range<usize>) -> TextSpan {
        self.index.span(self.text, range.start, range.end)
    }
}

/// A piece of Kafka configuration (a `.properties` file, Kafka YAML, topic commands).
pub struct KafkaCx<'a> {
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub config: &'a crate::read::kafka::Config,
    /// All the Kafka configuration of the review (every document), for
    /// facts that one file states and another relies on: the topic's
    /// partitions in the broker setup, the consumers in the service's.
    /// Findings point only into `config`.
    pub review: &'a crate::read::kafka::Config,
}

impl KafkaCx<'_> {
    pub fn span(&self, range: &std::ops::Range<usize>) -> TextSpan {
        self.index.span(self.text, range.start, range.end)
    }
}

/// A piece of MongoDB shell or driver code.
pub struct MongoCx<'a> {
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub script: &'a crate::read::mongo::Script,
}

impl MongoCx<'_> {
    pub fn span(&self, range: &std::ops::Range<usize>) -> TextSpan {
        self.index.span(self.text, range.start, range.end)
    }
}

/// A piece of DynamoDB material.
pub struct DynamoCx<'a> {
    pub text: &'a str,
    pub index: &'a crate::source::LineIndex,
    pub material: &'a crate::read::dynamo::Material,
    /// Every table defined anywhere in the review (a definition file serves the calls).
    pub tables: &'a [&'a crate::read::dynamo::Table],
}

impl DynamoCx<'_> {
    pub fn span(&self, range: &std::ops::Range<usize>) -> TextSpan {
        self.index.span(self.text, range.start, range.end)
    }

    pub fn table(&self, name: &str) -> Option<&crate::read::dynamo::Table> {
        self.tables.iter().copied().find(|t| t.name == name)
    }
}

/// A PostgreSQL plan from EXPLAIN output, its nodes already located.
pub struct ExplainCx<'a> {
    pub plan: &'a crate::read::explain::Plan,
}

impl ExplainCx<'_> {
    pub fn node_span(&self, node: usize) -> TextSpan {
        self.plan.nodes[node].span
    }
}
