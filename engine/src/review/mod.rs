//! Findings and the five-section review built from them.

mod build;
mod directives;
pub mod fold;
mod intro;
mod pairing;
mod pipeline;
pub mod render;
mod rule_run;
mod systems;
mod wire;

pub use build::build_review;
pub use pipeline::{review, review_sql};

pub use crate::finding::{Finding, Fix, Section, Severity};
use crate::input::Dialect;
use crate::model::Catalog;
use crate::read::sql::ParseProblem;
use serde::{Deserialize, Serialize};

impl Finding {
    /// A statement the reader could not parse (`syntax-error`).
    pub fn is_syntax_error(&self) -> bool {
        self.code == crate::rules::reading::SyntaxError::META.code
    }

    /// What the reader could not parse or did not review (`syntax-error`,
    /// `not-reviewed`): about the input, not a finding of a rule about it.
    pub fn is_reading_problem(&self) -> bool {
        self.is_syntax_error() || self.code == crate::rules::reading::NotReviewed::META.code
    }
}

/// How a section reads overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing to flag (possibly praise).
    Sound,
    /// Only notes worth knowing.
    MinorNotes,
    /// Problems that will hurt at scale or in production.
    NeedsAttention,
    /// Wrong or dangerous; must change.
    MustChange,
    /// Nothing in the input speaks to this section.
    NotApplicable,
}

impl Verdict {
    /// The name on the wire and in CSS classes (`must_change`).
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Sound => "sound",
            Verdict::MinorNotes => "minor_notes",
            Verdict::NeedsAttention => "needs_attention",
            Verdict::MustChange => "must_change",
            Verdict::NotApplicable => "not_applicable",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Sound => "Sound",
            Verdict::MinorNotes => "Minor notes",
            Verdict::NeedsAttention => "Needs attention",
            Verdict::MustChange => "Must change",
            Verdict::NotApplicable => "Nothing to review",
        }
    }
}

/// Production context or an alternative, taken from a triggered rule's
/// documentation and pointed at the names in the input.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Insight {
    #[serde(deserialize_with = "wire::rule_code")]
    pub code: wire::Static,
    #[serde(deserialize_with = "wire::rule_name")]
    pub rule: wire::Static,
    /// Where in the input it applies, e.g. "`orders.customer_id`".
    pub subject: String,
    /// Empty when the review was built before the documentation was at hand.
    pub text: String,
}

impl Insight {
    /// The insight's text: as built, or from the documentation loaded since.
    pub fn paragraph(&self, section: Section) -> String {
        if !self.text.is_empty() {
            return self.text.clone();
        }
        crate::rules::find(self.code).and_then(|meta| build::insight_paragraph(meta, section)).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SectionReview {
    pub section: Section,
    #[serde(deserialize_with = "wire::section_title")]
    pub title: wire::Static,
    pub verdict: Verdict,
    /// Two or three sentences that weigh the section: how much is wrong,
    /// what to fix first, what is already right.
    pub headline: String,
    pub findings: Vec<Finding>,
    pub insights: Vec<Insight>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    pub praise: usize,
}

impl Counts {
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Info => self.info += 1,
            Severity::Praise => self.praise += 1,
        }
    }

    pub fn at_least(&self, severity: Severity) -> usize {
        [(Severity::Error, self.error), (Severity::Warning, self.warning), (Severity::Info, self.info), (Severity::Praise, self.praise)]
            .iter()
            .filter(|(s, _)| *s >= severity)
            .map(|(_, n)| n)
            .sum()
    }
}

/// One input of the review (the schema, the queries, a file).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceInfo {
    pub name: String,
    pub statements: usize,
}

/// The whole review: what the app shows and the renderers print.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Review {
    /// Version of this JSON shape.
    pub schema_version: u32,
    pub dialect: Dialect,
    pub summary: String,
    pub counts: Counts,
    pub sections: Vec<SectionReview>,
    pub parse_problems: Vec<ParseProblem>,
    pub catalog: Catalog,
    pub sources: Vec<SourceInfo>,
    /// With the `auto` dialect: the syntax that identified the system
    /// (empty when nothing did, or when the dialect was given).
    #[serde(default)]
    pub detected_from: Vec<String>,
    /// Access paths, index advice and table sizes of the SQL workload.
    #[serde(default)]
    pub performance: crate::perf::Performance,
    /// EXPLAIN plans found in the input, as trees with time shares.
    #[serde(default)]
    pub plans: Vec<crate::read::explain::Plan>,
}

impl Review {
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.sections.iter().flat_map(|s| s.findings.iter())
    }

    pub fn section(&self, section: Section) -> Option<&SectionReview> {
        self.sections.iter().find(|s| s.section == section)
    }
}
