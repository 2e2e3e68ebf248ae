//! Findings and the five-section review built from them.

mod build;
pub mod render;
mod wire;

pub use build::build_review;

use crate::model::Catalog;
use crate::read::sql::{Dialect, ParseProblem};
use crate::rules::RuleMeta;
use crate::source::TextSpan;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A good pattern worth saying so.
    Praise,
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Praise => "praise",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "praise" => Ok(Severity::Praise),
            "info" | "note" => Ok(Severity::Info),
            "warning" | "warn" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            other => Err(format!("unknown severity `{other}`; expected error, warning, info or praise")),
        }
    }
}

/// The five sections a senior reviewer writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    TechnicalAssessment,
    PerformanceAnalysis,
    BestPracticeAlignment,
    RealWorldContext,
    AlternativeApproaches,
}

impl Section {
    pub const ALL: [Section; 5] =
        [Section::TechnicalAssessment, Section::PerformanceAnalysis, Section::BestPracticeAlignment, Section::RealWorldContext, Section::AlternativeApproaches];

    /// The name on the wire (`performance_analysis`).
    pub fn slug(self) -> &'static str {
        match self {
            Section::TechnicalAssessment => "technical_assessment",
            Section::PerformanceAnalysis => "performance_analysis",
            Section::BestPracticeAlignment => "best_practice_alignment",
            Section::RealWorldContext => "real_world_context",
            Section::AlternativeApproaches => "alternative_approaches",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::TechnicalAssessment => "Technical assessment",
            Section::PerformanceAnalysis => "Performance analysis",
            Section::BestPracticeAlignment => "Best-practice alignment",
            Section::RealWorldContext => "Real-world context",
            Section::AlternativeApproaches => "Alternative approaches",
        }
    }

    pub fn question(self) -> &'static str {
        match self {
            Section::TechnicalAssessment => "Is the approach correct, and why?",
            Section::PerformanceAnalysis => "How will this scale and perform?",
            Section::BestPracticeAlignment => "Does this follow industry standards?",
            Section::RealWorldContext => "Where is this used in production, and what happens there?",
            Section::AlternativeApproaches => "What other patterns could work?",
        }
    }
}

/// A concrete rewrite to consider.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fix {
    pub title: String,
    /// The SQL to use instead (display-only: a human applies it).
    pub replacement: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    /// Rule code, e.g. `Q001`.
    #[serde(deserialize_with = "wire::rule_code")]
    pub code: wire::Static,
    /// Rule name, e.g. `select-star`.
    #[serde(deserialize_with = "wire::rule_name")]
    pub rule: wire::Static,
    pub severity: Severity,
    pub section: Section,
    #[serde(deserialize_with = "wire::concepts")]
    pub concepts: &'static [&'static str],
    /// What is wrong (or right), naming the table or column.
    pub message: String,
    /// Why it matters here.
    pub note: Option<String>,
    /// What to do.
    pub help: Option<String>,
    pub span: TextSpan,
    pub related: Vec<TextSpan>,
    pub fix: Option<Fix>,
}

impl Finding {
    /// A statement the reader could not parse (`syntax-error`).
    pub fn is_syntax_error(&self) -> bool {
        self.code == crate::rules::query::SyntaxError::META.code
    }

    /// What the reader could not parse or did not review (`syntax-error`,
    /// `not-reviewed`): about the input, not a finding of a rule about it.
    pub fn is_reading_problem(&self) -> bool {
        self.is_syntax_error() || self.code == crate::rules::query::NotReviewed::META.code
    }

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
    /// One line saying why the verdict.
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
