//! What a finding is: its severity, its section of the review, the fix it
//! may carry. Rules make findings; the review orders and counts them.

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

/// One thing a rule says about the input, located in it. Read back from
/// JSON by `review::wire`, which matches its static names against the registry.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Rule code, e.g. `Q001`.
    pub code: &'static str,
    /// Rule name, e.g. `select-star`.
    pub rule: &'static str,
    pub severity: Severity,
    pub section: Section,
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
