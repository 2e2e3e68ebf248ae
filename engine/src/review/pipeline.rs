//! The review, phase by phase: read every document, parse its SQL, build the
//! model (catalog and facts), run the rules, gather what could not be read,
//! apply the comments and options, and assemble the five sections.

use super::directives::ScriptDirectives;
use super::rule_run::RuleRun;
use super::{build_review, Finding, Review, SourceInfo};
use crate::input::{Dialect, Document, Options, MAX_INPUT_BYTES};
use crate::model::{facts, Catalog, SpanCx, StatementFacts};
use crate::read::explain::Plan;
use crate::read::sql::detect::{detect_documents, Detection};
use crate::read::sql::{parse_script, too_large, Layout, ParseProblem, ParsedScript, ParsedStatement};
use crate::read::Reading;
use crate::rules::reading::{NotReviewed, SyntaxError};
use crate::source::LineIndex;

/// Review one SQL text (no separate schema).
pub fn review_sql(text: &str, options: &Options) -> Review {
    review(&[Document::new("input.sql", text)], options)
}

/// Review documents in order; DDL anywhere builds the catalog that every
/// statement is checked against.
pub fn review(documents: &[Document], options: &Options) -> Review {
    let input = read_documents(documents, options.dialect);
    let model = build_model(&input);
    let directives: Vec<ScriptDirectives> =
        input.scripts.iter().enumerate().map(|(doc, s)| ScriptDirectives::read(input.text(doc), &input.indexes[doc], s)).collect();
    let sizes = crate::perf::scale::sizes_from(&options.rows, directives.iter().flat_map(|d| d.rows.iter().cloned()));

    let run = RuleRun::new(documents, &input, &model, &sizes, options);
    let (findings, systems, performance) = run.run();
    let (findings, parse_problems) = add_reading_problems(findings, &input, &directives, documents);
    let findings = apply_comments_and_options(findings, &input.scripts, &directives, options);
    assemble(documents, input, model.catalog, findings, parse_problems, systems, performance)
}

/// What the readers and the SQL parser made of the documents.
pub(super) struct Input<'a> {
    pub readings: Vec<Reading<'a>>,
    pub indexes: Vec<LineIndex>,
    pub scripts: Vec<ParsedScript>,
    pub plans: Vec<Plan>,
    /// The system the SQL is read as (detected when the options say `auto`).
    pub dialect: Dialect,
    pub detection: Option<Detection>,
}

impl<'a> Input<'a> {
    /// The SQL text of one document (what its reader handed the parser).
    pub fn text(&self, doc: usize) -> &str {
        self.readings[doc].sql.as_ref()
    }

    pub fn texts(&self) -> Vec<&str> {
        (0..self.readings.len()).map(|doc| self.text(doc)).collect()
    }

    /// Every statement in review order, with the document it came from.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &ParsedStatement)> {
        self.scripts.iter().enumerate().flat_map(|(d, s)| s.statements.iter().map(move |st| (d, st)))
    }

    pub fn span_cx(&self, doc: usize, st: &ParsedStatement) -> SpanCx<'_> {
        SpanCx { text: self.text(doc), index: &self.indexes[doc], statement: st.span }
    }

    /// The tables and views a statement the parser could not read creates.
    pub fn unread_created(&self, doc: usize, st: &ParsedStatement) -> Vec<String> {
        match &st.result {
            Err(problem) if problem.unread.is_some() => crate::read::sql::unread::created_relations(&self.text(doc)[st.span.start..st.span.end], st.dialect),
            _ => Vec::new(),
        }
    }

    /// Where each document's statements start in review order.
    pub fn document_starts(&self) -> Vec<usize> {
        self.scripts
            .iter()
            .scan(0, |start, s| {
                let this = *start;
                *start += s.statements.len();
                Some(this)
            })
            .collect()
    }
}

/// Phase 1: each document through its reader, the system detected, the SQL parsed.
fn read_documents(documents: &[Document], chosen: Dialect) -> Input<'_> {
    let mut readings: Vec<Reading> = documents.iter().map(|d| crate::read::read(d, chosen)).collect();
    // Plans are taken out of the readings: they are placed once the line indexes exist.
    let unplaced_plans: Vec<(usize, Plan)> =
        readings.iter_mut().enumerate().flat_map(|(doc, r)| std::mem::take(&mut r.explain).into_iter().map(move |p| (doc, p))).collect();
    let texts: Vec<&str> = readings.iter().map(|r| r.sql.as_ref()).collect();
    let regions: Vec<&[(std::ops::Range<usize>, Dialect)]> = readings.iter().map(|r| r.regions.as_slice()).collect();
    let detection = (chosen == Dialect::Auto).then(|| detect_documents(documents, &texts, &regions));
    let dialect = detection.as_ref().map_or(chosen, |d| d.dialect);
    let blocks: Vec<Vec<std::ops::Range<usize>>> =
        readings.iter().map(|r| r.fences.iter().filter(|f| f.is_sql()).map(|f| f.content.clone()).collect()).collect();
    let indexes: Vec<LineIndex> = texts.iter().enumerate().map(|(i, t)| LineIndex::for_source(t, i)).collect();
    let plans: Vec<Plan> = unplaced_plans
        .into_iter()
        .map(|(doc, mut plan)| {
            let range = plan.range.clone();
            plan.place(&documents[doc].text, range, &indexes[doc]);
            plan
        })
        .collect();
    let scripts: Vec<ParsedScript> = texts
        .iter()
        .zip(&indexes)
        .zip(&regions)
        .zip(&blocks)
        .map(|(((text, index), regions), blocks)| {
            let layout = Layout { regions, blocks };
            if text.len() > MAX_INPUT_BYTES {
                too_large(text, index, dialect)
            } else {
                parse_script(text, index, dialect, &layout)
            }
        })
        .collect();
    Input { readings, indexes, scripts, plans, dialect, detection }
}

/// What the statements say about the schema and about themselves.
pub(super) struct Model {
    pub catalog: Catalog,
    /// One per statement, in review order.
    pub facts: Vec<StatementFacts>,
}

/// Phase 2: the catalog from every document's DDL, and each statement's facts.
fn build_model(input: &Input) -> Model {
    let mut catalog = Catalog::default();
    for (i, (doc, st)) in input.statements().enumerate() {
        match &st.result {
            Ok(stmt) => catalog.apply(stmt, i, &input.span_cx(doc, st)),
            Err(_) => catalog.unread.extend(input.unread_created(doc, st)),
        }
    }
    let facts = input
        .statements()
        .map(|(doc, st)| match &st.result {
            Ok(stmt) => facts::collect(stmt, &input.span_cx(doc, st)),
            Err(_) => StatementFacts::default(),
        })
        .collect();
    Model { catalog, facts }
}

/// Phase 4: what could not be read becomes findings (syntax errors, and the
/// statements listed once as not reviewed), in a fixed order.
fn add_reading_problems(
    mut findings: Vec<Finding>,
    input: &Input,
    directives: &[ScriptDirectives],
    documents: &[Document],
) -> (Vec<Finding>, Vec<ParseProblem>) {
    let mut parse_problems = Vec::new();
    let mut report = |problem: ParseProblem, findings: &mut Vec<Finding>| {
        findings.push(SyntaxError::finding(&problem));
        parse_problems.push(problem);
    };
    for (doc, reading) in input.readings.iter().enumerate() {
        for (message, range) in reading.other_problems() {
            let span = input.indexes[doc].span(&documents[doc].text, range.start, range.end);
            report(ParseProblem { message: message.clone(), span, unread: None }, &mut findings);
        }
    }
    for plan in &input.plans {
        let doc = plan.span.source;
        for (message, range) in &plan.problems {
            let span = input.indexes[doc].span(&documents[doc].text, range.start, range.end);
            report(ParseProblem { message: message.clone(), span, unread: None }, &mut findings);
        }
    }
    for problem in directives.iter().flat_map(|d| d.rows_problems.iter()) {
        report(problem.clone(), &mut findings);
    }
    for (script, directives) in input.scripts.iter().zip(directives) {
        let problems = script.statements.iter().filter_map(|s| s.result.as_ref().err());
        let (unread, rejected): (Vec<&ParseProblem>, Vec<&ParseProblem>) = problems.partition(|p| p.unread.is_some());
        for problem in rejected.into_iter().chain(directives.problems.iter()) {
            findings.push(SyntaxError::finding(problem));
        }
        findings.extend(NotReviewed::finding(&unread));
        parse_problems.extend(script.statements.iter().filter_map(|s| s.result.as_ref().err()).chain(directives.problems.iter()).cloned());
    }
    (findings, parse_problems)
}

/// Phase 5: `sqlreview:disable` comments, then the options' severities and
/// threshold; findings in text order, each said once.
fn apply_comments_and_options(mut findings: Vec<Finding>, scripts: &[ParsedScript], directives: &[ScriptDirectives], options: &Options) -> Vec<Finding> {
    if directives.iter().any(|d| !d.is_empty()) {
        findings.retain(|f| !directives.get(f.span.source).zip(scripts.get(f.span.source)).is_some_and(|(d, script)| d.suppress(f, script)));
    }
    for finding in findings.iter_mut() {
        let custom = options.severity.iter().find(|(k, _)| k.eq_ignore_ascii_case(finding.rule) || k.eq_ignore_ascii_case(finding.code));
        if let Some((_, severity)) = custom {
            finding.severity = *severity;
        }
    }
    if let Some(min) = options.min_severity {
        findings.retain(|f| f.severity >= min);
    }
    findings.sort_by_key(|f| (f.span.source, f.span.start, std::cmp::Reverse(f.severity), f.code));
    findings.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
    super::fold::fold_repeats(super::pairing::say_praise_with_warnings(findings))
}

/// Phase 6: the five sections, the summary and what the playground draws.
fn assemble(
    documents: &[Document],
    input: Input,
    catalog: Catalog,
    findings: Vec<Finding>,
    parse_problems: Vec<ParseProblem>,
    systems: Vec<Dialect>,
    performance: crate::perf::Performance,
) -> Review {
    let Input { readings, scripts, plans, dialect, detection, .. } = input;
    let sources = documents
        .iter()
        .zip(&scripts)
        .zip(&readings)
        .enumerate()
        .map(|(i, ((d, s), r))| {
            let plans_here = plans.iter().filter(|p| p.span.source == i).count();
            SourceInfo { name: d.name.clone(), statements: s.statements.len() + r.other_statements() + plans_here }
        })
        .collect();
    // Nothing but Redis or CQL (a `.redis` or `.cql` file, that system picked): say so.
    let no_sql = scripts.iter().all(|s| s.statements.is_empty());
    // Nothing but one non-SQL system: the summary names it.
    let mut present = systems.iter().copied();
    let system = match (present.next(), present.next()) {
        (Some(only), None) if no_sql => only,
        _ => dialect,
    };
    let mut review = build_review(findings, parse_problems, catalog, sources, system);
    review.performance = performance;
    review.plans = plans;
    if let Some(detection) = detection {
        review.detected_from = detection.clues.iter().map(|c| c.to_string()).collect();
        let found = match detection.clues.as_slice() {
            [] => format!("No system-specific syntax found; reviewed as {}. ", dialect.system()),
            clues => {
                let quoted: Vec<String> = clues.iter().map(|c| if c.contains(' ') { c.to_string() } else { format!("`{c}`") }).collect();
                format!("Detected {} from {}. ", dialect.system(), quoted.join(", "))
            }
        };
        review.summary.insert_str(0, &found);
    }
    review
}
