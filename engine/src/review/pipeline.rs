//! The review pipeline: parse every document, build the catalog, collect
//! facts, run the rules, apply suppressions and options, build the review.

use super::{build_review, Finding, Review, SourceInfo};
use crate::input::{megabytes, Document, Options, MAX_INPUT_BYTES};
use crate::model::{facts, Catalog, SpanCx, StatementFacts};
use crate::read::markdown;
use crate::read::sql::detect::{detect_with, driver_signs, Detection};
use crate::read::sql::{parse_script, Dialect, Layout, ParseProblem, ParsedScript, ParsedStatement};
use crate::read::Reading;
use crate::rules::{self, CatalogCx, CodeCx, LessonCx, RuleSet, ScriptState, Sink, StatementCx};
use crate::source::LineIndex;
use sqlparser::ast::{Expr, Set, Statement, Value};
use std::ops::ControlFlow;

/// Review one SQL text (no separate schema).
pub fn review_sql(text: &str, options: &Options) -> Review {
    review(&[Document::new("input.sql", text)], options)
}

/// Review documents in order; DDL anywhere builds the catalog that every
/// statement is checked against.
pub fn review(documents: &[Document], options: &Options) -> Review {
    let mut readings: Vec<Reading> = documents.iter().map(|d| crate::read::read(d, options.dialect)).collect();
    // Plans are taken out of the readings: they are placed once the line indexes exist.
    let unplaced_plans: Vec<(usize, crate::read::explain::Plan)> =
        readings.iter_mut().enumerate().flat_map(|(doc, r)| std::mem::take(&mut r.explain).into_iter().map(move |p| (doc, p))).collect();
    let texts: Vec<&str> = readings.iter().map(|r| r.sql.as_ref()).collect();
    let regions: Vec<&[(std::ops::Range<usize>, Dialect)]> = readings.iter().map(|r| r.regions.as_slice()).collect();
    let detection = (options.dialect == Dialect::Auto).then(|| detect_dialect(documents, &texts, &regions));
    let dialect = detection.as_ref().map_or(options.dialect, |d| d.dialect);
    let blocks: Vec<Vec<std::ops::Range<usize>>> =
        readings.iter().map(|r| r.fences.iter().filter(|f| f.is_sql()).map(|f| f.content.clone()).collect()).collect();
    let indexes: Vec<LineIndex> = texts.iter().enumerate().map(|(i, t)| LineIndex::for_source(t, i)).collect();
    let plans: Vec<crate::read::explain::Plan> = unplaced_plans
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

    // Every statement in review order, with the document it came from.
    let statements: Vec<(usize, &ParsedStatement)> = scripts.iter().enumerate().flat_map(|(d, s)| s.statements.iter().map(move |st| (d, st))).collect();
    let span_cx = |doc: usize, st: &ParsedStatement| SpanCx { text: texts[doc], index: &indexes[doc], statement: st.span };

    let mut catalog = Catalog::default();
    for (i, (doc, st)) in statements.iter().enumerate() {
        match &st.result {
            Ok(stmt) => catalog.apply(stmt, i, &span_cx(*doc, st)),
            Err(problem) if problem.unread.is_some() => {
                let created = crate::read::sql::unread::created_relation(&texts[*doc][st.span.start..st.span.end], st.dialect);
                catalog.unread.extend(created);
            }
            Err(_) => {}
        }
    }
    let facts: Vec<StatementFacts> = statements
        .iter()
        .map(|(doc, st)| match &st.result {
            Ok(stmt) => facts::collect(stmt, &span_cx(*doc, st)),
            Err(_) => StatementFacts::default(),
        })
        .collect();

    let rules_for = |dialect: Dialect| RuleSet::for_system(dialect, options);
    // Statements of another system (a lesson block) get that system's rules.
    let mut rule_sets = vec![rules_for(dialect)];
    let document_starts: Vec<usize> = scripts
        .iter()
        .scan(0, |start, s| {
            let this = *start;
            *start += s.statements.len();
            Some(this)
        })
        .collect();

    let (sizes, size_problems) = crate::perf::scale::sizes_in(&texts, &indexes, &options.rows);
    let mut sink = Sink::new(&crate::rules::query::SyntaxError::META);
    let mut state = ScriptState::default();
    for (i, (doc, st)) in statements.iter().enumerate() {
        let Ok(stmt) = &st.result else { continue };
        let set = rule_sets.iter().position(|set| set.dialect == st.dialect).unwrap_or_else(|| {
            rule_sets.push(rules_for(st.dialect));
            rule_sets.len() - 1
        });
        let RuleSet { active, expression_rules, .. } = &rule_sets[set];
        let spans = span_cx(*doc, st);
        let cx = StatementCx {
            text: texts[*doc],
            index: i,
            stmt,
            span: st.span,
            facts: &facts[i],
            catalog: &catalog,
            state: &state,
            dialect: st.dialect,
            spans: &spans,
            sizes: &sizes,
            document_start: document_starts[*doc],
        };
        for rule in active {
            sink.rule = rule.meta();
            rule.statement(&cx, &mut sink);
        }
        if !expression_rules.is_empty() {
            let _ = crate::model::names::walk_exprs(stmt, |expr: &Expr| {
                for rule in expression_rules {
                    sink.rule = rule.meta();
                    rule.expression(&cx, expr, &mut sink);
                }
                ControlFlow::<()>::Continue(())
            });
        }
        advance_state(&mut state, stmt, st.dialect);
    }
    let spans: Vec<crate::source::TextSpan> = statements.iter().map(|(_, st)| st.span).collect();
    let performance = crate::perf::analyse(&crate::perf::Workload { catalog: &catalog, facts: &facts, spans: &spans, texts: &texts, dialect, sizes: &sizes });
    let catalog_cx = CatalogCx { catalog: &catalog, dialect, state: &state, facts: &facts, performance: &performance };
    let active = &rule_sets[0].active;
    for rule in active.iter().filter(|r| r.meta().dialects.is_empty()) {
        sink.rule = rule.meta();
        rule.catalog(&catalog_cx, &mut sink);
    }
    // Each system's own schema rules see only the tables created in that
    // system's statements (a lesson can have a block per system).
    let mixed = rule_sets.len() > 1;
    for set in &rule_sets {
        let own = mixed.then(|| catalog.subset(|t| statements.get(t.statement).is_none_or(|(_, st)| st.dialect == set.dialect)));
        let cx = CatalogCx { catalog: own.as_ref().unwrap_or(&catalog), dialect: set.dialect, state: &state, facts: &facts, performance: &performance };
        for rule in set.active.iter().filter(|r| !r.meta().dialects.is_empty()) {
            sink.rule = rule.meta();
            rule.catalog(&cx, &mut sink);
        }
    }
    for (doc, document) in documents.iter().enumerate().filter(|(_, d)| markdown::is_markdown(&d.name)) {
        let lesson = LessonCx {
            text: &document.text,
            index: &indexes[doc],
            fences: &readings[doc].fences,
            catalog: &catalog,
            facts: &facts[document_starts[doc]..document_starts[doc] + scripts[doc].statements.len()],
        };
        for rule in active {
            sink.rule = rule.meta();
            rule.lesson(&lesson, &mut sink);
        }
    }
    for (doc, document) in documents.iter().enumerate() {
        for file in &readings[doc].code {
            let cx = CodeCx::new(&document.text, &indexes[doc], file, &readings[doc].code);
            for rule in active {
                sink.rule = rule.meta();
                rule.code(&cx, &mut sink);
            }
        }
    }

    // The non-SQL readers: each system's rules over each document's material.
    let systems = super::systems::review_systems(documents, &readings, &indexes, &rules_for, &mut sink);

    if !plans.is_empty() {
        for rule in &rule_sets[0].active {
            sink.rule = rule.meta();
            for plan in &plans {
                rule.explain(&crate::rules::ExplainCx { plan }, &mut sink);
            }
        }
    }

    let mut findings = sink.findings;
    let mut parse_problems = Vec::new();
    for (doc, reading) in readings.iter().enumerate() {
        for (message, range) in reading.other_problems() {
            let problem = ParseProblem { message: message.clone(), span: indexes[doc].span(&documents[doc].text, range.start, range.end), unread: None };
            findings.push(crate::rules::query::SyntaxError::finding(&problem));
            parse_problems.push(problem);
        }
    }
    for plan in &plans {
        let doc = plan.span.source;
        for (message, range) in &plan.problems {
            let problem = ParseProblem { message: message.clone(), span: indexes[doc].span(&documents[doc].text, range.start, range.end), unread: None };
            findings.push(crate::rules::query::SyntaxError::finding(&problem));
            parse_problems.push(problem);
        }
    }
    for problem in size_problems {
        findings.push(crate::rules::query::SyntaxError::finding(&problem));
        parse_problems.push(problem);
    }
    for script in &scripts {
        let problems = script.statements.iter().filter_map(|s| s.result.as_ref().err());
        let (unread, rejected): (Vec<&ParseProblem>, Vec<&ParseProblem>) = problems.partition(|p| p.unread.is_some());
        for problem in rejected.into_iter().chain(script.directive_problems.iter()) {
            findings.push(crate::rules::query::SyntaxError::finding(problem));
        }
        findings.extend(crate::rules::query::NotReviewed::finding(&unread));
        parse_problems.extend(script.statements.iter().filter_map(|s| s.result.as_ref().err()).chain(script.directive_problems.iter()).cloned());
    }
    let any_suppression = scripts.iter().any(|s| !s.file_suppressed.is_empty() || s.statements.iter().any(|st| !st.suppressed.is_empty()));
    if any_suppression {
        findings.retain(|f| !suppressed(f, &scripts));
    }
    apply_options(&mut findings, options);
    findings.sort_by_key(|f| (f.span.source, f.span.start, std::cmp::Reverse(f.severity), f.code));
    findings.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);

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

/// The `auto` dialect: blocks that name their system decide first, then the syntax.
fn detect_dialect(documents: &[Document], texts: &[&str], regions: &[&[(std::ops::Range<usize>, Dialect)]]) -> Detection {
    // Generic regions are placeholder-style SQL in code, not a declared system.
    let declared: Vec<Dialect> = regions.iter().copied().flatten().map(|(_, d)| *d).filter(|d| *d != Dialect::Generic).collect();
    let count = |d: Dialect| declared.iter().filter(|x| **x == d).count();
    // Ties go to the first system listed (PostgreSQL, the default).
    let most_declared = Dialect::CONCRETE.into_iter().fold(None, |best: Option<Dialect>, d| match best {
        Some(b) if count(b) >= count(d) => Some(b),
        _ if count(d) > 0 => Some(d),
        _ => best,
    });
    match most_declared {
        Some(dialect) => Detection { dialect, clues: vec![dialect.fence_name()] },
        None => {
            // Code files and lessons: the driver their code imports names the system.
            let code: Vec<&str> = documents
                .iter()
                .filter(|d| crate::read::code::Language::from_file_name(&d.name).is_some() || crate::read::markdown::is_markdown(&d.name))
                .map(|d| d.text.as_str())
                .collect();
            detect_with(texts, driver_signs(&code))
        }
    }
}

fn too_large(text: &str, index: &LineIndex, dialect: Dialect) -> ParsedScript {
    let span = index.span(text, 0, 0);
    let problem = ParseProblem {
        message: format!(
            "input is {} MB, above the {} MB this reviewer reads; split it into smaller files",
            megabytes(text.len()),
            MAX_INPUT_BYTES / 1_048_576
        ),
        span,
        unread: None,
    };
    ParsedScript { statements: vec![ParsedStatement { span, result: Err(problem), suppressed: Default::default(), dialect }], ..Default::default() }
}

/// Session settings that later statements rely on.
fn advance_state(state: &mut ScriptState, stmt: &Statement, dialect: Dialect) {
    // Only ClickHouse rules read insert batching; other systems skip the bookkeeping.
    if dialect == Dialect::Clickhouse {
        if let Some(table) = rules::single_row_insert_target(stmt) {
            *state.single_row_inserts.entry(table).or_insert(0) += 1;
        }
    }
    match stmt {
        Statement::StartTransaction { .. } => state.in_transaction = true,
        Statement::Commit { .. } | Statement::Rollback { .. } => state.in_transaction = false,
        Statement::Set(Set::SingleAssignment { variable, .. }) => {
            let name = variable.to_string().to_ascii_lowercase();
            state.lock_timeout |= name == "lock_timeout";
            state.statement_timeout |= name == "statement_timeout";
        }
        Statement::Pragma { name, value: Some(value), .. } if name.to_string().eq_ignore_ascii_case("foreign_keys") => {
            state.sqlite_foreign_keys = match &value.value {
                Value::Number(n, _) => n != "0",
                Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => ["on", "yes", "true", "1"].contains(&s.to_ascii_lowercase().as_str()),
                _ => state.sqlite_foreign_keys,
            };
        }
        _ => {}
    }
}

fn suppressed(finding: &Finding, scripts: &[ParsedScript]) -> bool {
    let Some(script) = scripts.get(finding.span.source) else { return false };
    let Some(meta) = rules::find(finding.code) else { return false };
    if script.file_suppressed.disables(meta) {
        return true;
    }
    let at = finding.span.start;
    let idx = script.statements.partition_point(|s| s.span.end < at);
    script.statements.get(idx).is_some_and(|s| s.span.start <= at && s.suppressed.disables(meta))
}

fn apply_options(findings: &mut Vec<Finding>, options: &Options) {
    for finding in findings.iter_mut() {
        let custom = options.severity.iter().find(|(k, _)| k.eq_ignore_ascii_case(finding.rule) || k.eq_ignore_ascii_case(finding.code));
        if let Some((_, severity)) = custom {
            finding.severity = *severity;
        }
    }
    if let Some(min) = options.min_severity {
        findings.retain(|f| f.severity >= min);
    }
}
