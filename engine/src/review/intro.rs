//! The opening of each section: its verdict and two or three sentences that
//! weigh what is listed below (what is wrong and how much, what to fix
//! first, what is already right), so that a section reads as a reviewer's
//! paragraph and not as a count.

use super::{Finding, Insight, Section, Severity, SourceInfo, Verdict};

/// Where a finding is, as the author finds it: `line 12` with one input,
/// `schema.sql line 12` with several.
pub(crate) fn place(finding: &Finding, sources: &[SourceInfo]) -> String {
    let others = super::fold::unfolded(&finding.message).1;
    let elsewhere = match others {
        0 => String::new(),
        1 => " and 1 more place".into(),
        n => format!(" and {n} more places"),
    };
    match sources.get(finding.span.source).filter(|_| sources.len() > 1) {
        Some(source) => format!("{} line {}{elsewhere}", source.name, finding.span.line),
        None => format!("line {}{elsewhere}", finding.span.line),
    }
}

/// The finding a reader should act on first: the most severe, then the
/// earliest.
pub(crate) fn most_pressing<'a>(findings: impl Iterator<Item = &'a Finding>) -> Option<&'a Finding> {
    findings.max_by_key(|f| (f.severity, std::cmp::Reverse((f.span.source, f.span.start))))
}

/// The section's verdict and its opening sentences. `counted` says which
/// findings move verdicts (a note about the reviewer itself does not).
pub(crate) fn verdict(
    section: Section,
    findings: &[Finding],
    insights: &[Insight],
    statements: usize,
    sources: &[SourceInfo],
    counted: impl Fn(&Finding) -> bool,
) -> (Verdict, String) {
    let counted: Vec<&Finding> = findings.iter().filter(|f| counted(f)).collect();
    let count = |s: Severity| counted.iter().filter(|f| f.severity == s).count();
    let (errors, warnings, notes, praise) = (count(Severity::Error), count(Severity::Warning), count(Severity::Info), count(Severity::Praise));
    let mut sentences: Vec<String> = Vec::new();
    let verdict = if errors > 0 {
        let mut weigh = format!("{errors} problem{} make{} this wrong or dangerous", plural(errors), verb_s(errors));
        if warnings > 0 {
            weigh.push_str(&format!(", and {warnings} more will hurt at scale"));
        }
        sentences.push(weigh + ".");
        Verdict::MustChange
    } else if warnings > 0 {
        sentences.push(format!("{warnings} issue{} will hurt at scale or in production.", plural(warnings)));
        Verdict::NeedsAttention
    } else if notes > 0 {
        sentences.push(format!("{notes} note{} worth knowing; nothing blocking.", plural(notes)));
        Verdict::MinorNotes
    } else if praise > 0 && insights.is_empty() {
        Verdict::Sound
    } else if praise > 0 || !insights.is_empty() {
        Verdict::MinorNotes
    } else if statements == 0 {
        return (Verdict::NotApplicable, "No SQL to review yet.".into());
    } else {
        return (Verdict::Sound, "Nothing to flag here.".into());
    };
    if let Some(top) = most_pressing(counted.iter().copied()).filter(|f| f.severity >= Severity::Warning) {
        let worded = super::pairing::without_praise(super::fold::unfolded(&top.message).0);
        let lead = if errors + warnings > 1 { "Fix first" } else { "The point" };
        sentences.push(format!("{lead}: {worded} ({}).", place(top, sources)));
    }
    if let Some(good) = counted.iter().find(|f| f.severity == Severity::Praise) {
        let more = match praise - 1 {
            0 => String::new(),
            1 => ", and 1 more good pattern".into(),
            n => format!(", and {n} more good patterns"),
        };
        sentences.push(format!("Done right: {}{more}.", super::fold::unfolded(&good.message).0));
    }
    if !insights.is_empty() {
        let what = if section == Section::RealWorldContext { "production note" } else { "alternative" };
        let n = insights.len();
        let subject = insights.iter().map(|i| i.subject.as_str()).find(|s| !s.is_empty());
        let lead = subject.map(|s| format!(", starting with {s}")).unwrap_or_default();
        sentences.push(format!("{n} {what}{} from the findings above{lead}.", plural(n)));
    } else if verdict == Verdict::Sound {
        sentences.push("Nothing to fix.".into());
    }
    (verdict, sentences.join(" "))
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn verb_s(n: usize) -> &'static str {
    if n == 1 {
        "s"
    } else {
        ""
    }
}
