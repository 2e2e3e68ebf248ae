//! Phase 3 of the review: every rule hook over what was read and modelled.
//! Statements first (their session state advancing as they go), then the
//! workload's performance, the catalog, lessons, code, the non-SQL systems and
//! EXPLAIN plans.

use super::pipeline::{Input, Model};
use crate::input::{Dialect, Document, Options};
use crate::perf::scale::TableSizes;
use crate::perf::Performance;
use crate::read::markdown;
use crate::rules::reading::SyntaxError;
use crate::rules::{CatalogCx, CodeCx, ExplainCx, LessonCx, RuleSet, ScriptState, Sink, StatementCx};
use crate::source::TextSpan;
use crate::Finding;
use sqlparser::ast::Expr;
use std::ops::ControlFlow;

pub(super) struct RuleRun<'r> {
    documents: &'r [Document],
    input: &'r Input<'r>,
    model: &'r Model,
    /// The sizes the author gave, with the lookup tables the material shows
    /// small (a few seed rows, a name like `order_status`) added once.
    sizes: TableSizes,
    options: &'r Options,
    /// The input's system first; statements of another system (a lesson
    /// block) add that system's set.
    rule_sets: Vec<RuleSet>,
    sink: Sink,
    /// Session settings as of the end of the script.
    state: ScriptState,
}

impl<'r> RuleRun<'r> {
    pub(super) fn new(documents: &'r [Document], input: &'r Input<'r>, model: &'r Model, sizes: &'r TableSizes, options: &'r Options) -> RuleRun<'r> {
        RuleRun {
            documents,
            input,
            model,
            sizes: sizes.with_inferred(crate::perf::lookup::small_tables(&model.catalog, &model.facts)),
            options,
            rule_sets: vec![RuleSet::for_system(input.dialect, options)],
            sink: Sink::new(&SyntaxError::META),
            state: ScriptState::default(),
        }
    }

    /// The findings of every rule, the non-SQL systems present, and the workload's performance.
    pub(super) fn run(mut self) -> (Vec<Finding>, Vec<Dialect>, Performance) {
        let document_starts = self.input.document_starts();
        self.statements();
        let performance = self.performance();
        self.catalog(&performance);
        self.lessons(&document_starts);
        self.code();
        let options = self.options;
        let systems =
            super::systems::review_systems(self.documents, &self.input.readings, &self.input.indexes, &|d| RuleSet::for_system(d, options), &mut self.sink);
        self.plans();
        (self.sink.findings, systems, performance)
    }

    fn set_for(&mut self, dialect: Dialect) -> usize {
        self.rule_sets.iter().position(|set| set.dialect == dialect).unwrap_or_else(|| {
            self.rule_sets.push(RuleSet::for_system(dialect, self.options));
            self.rule_sets.len() - 1
        })
    }

    fn statements(&mut self) {
        let (input, model, documents) = (self.input, self.model, self.documents);
        // The script a statement belongs to: its document, and in a lesson its fenced block.
        let mut script = (usize::MAX, None, 0);
        let mut lesson = (usize::MAX, false, false);
        for (i, (doc, st)) in input.statements().enumerate() {
            let fence = input.readings[doc].fences.iter().position(|f| f.content.contains(&st.span.start));
            if (script.0, script.1) != (doc, fence) {
                script = (doc, fence, i);
            }
            if lesson.0 != doc {
                // The lesson's own text: its prose is blank in the text handed to the parser.
                let (fences, text) = (&input.readings[doc].fences, documents[doc].text.as_str());
                let is_lesson = !fences.is_empty();
                let illustrates = is_lesson && !crate::rules::migration::teaches_live_changes(text, fences);
                let concurrently = is_lesson && fences.iter().any(|f| crate::read::sql::client::contains_ignore_case(&text[f.content.clone()], "concurrently"));
                lesson = (doc, illustrates, concurrently);
            }
            let Ok(stmt) = &st.result else {
                self.state.advance_unread(input.unread_created(doc, st), i);
                continue;
            };
            let set = self.set_for(st.dialect);
            let RuleSet { active, expression_rules, .. } = &self.rule_sets[set];
            let spans = input.span_cx(doc, st);
            let cx = StatementCx {
                text: input.text(doc),
                index: i,
                stmt,
                span: st.span,
                facts: &model.facts[i],
                catalog: &model.catalog,
                state: &self.state,
                dialect: st.dialect,
                spans: &spans,
                sizes: &self.sizes,
                script_start: script.2,
                in_lesson: fence.is_some(),
                illustration: fence.is_some() && lesson.1,
                lesson_builds_concurrently: fence.is_some() && lesson.2,
            };
            let sink = &mut self.sink;
            for rule in active {
                sink.rule = rule.meta();
                rule.statement(&cx, sink);
            }
            if !expression_rules.is_empty() {
                let _ = crate::model::names::walk_exprs(stmt, |expr: &Expr| {
                    for rule in expression_rules {
                        sink.rule = rule.meta();
                        rule.expression(&cx, expr, sink);
                    }
                    ControlFlow::<()>::Continue(())
                });
            }
            self.state.advance(stmt, st.dialect, i);
        }
    }

    fn performance(&self) -> Performance {
        let spans: Vec<TextSpan> = self.input.statements().map(|(_, st)| st.span).collect();
        let texts = self.input.texts();
        let model = self.model;
        crate::perf::analyse(&crate::perf::Workload {
            catalog: &model.catalog,
            facts: &model.facts,
            spans: &spans,
            texts: &texts,
            dialect: self.input.dialect,
            sizes: &self.sizes,
        })
    }

    fn catalog(&mut self, performance: &Performance) {
        let (input, model) = (self.input, self.model);
        let (catalog, state, facts) = (&model.catalog, &self.state, &model.facts);
        let cx = CatalogCx { catalog, dialect: input.dialect, state, facts, performance };
        for rule in self.rule_sets[0].active.iter().filter(|r| r.meta().dialects.is_empty()) {
            self.sink.rule = rule.meta();
            rule.catalog(&cx, &mut self.sink);
        }
        // Each system's own schema rules see only the tables created in that
        // system's statements (a lesson can have a block per system).
        let mixed = self.rule_sets.len() > 1;
        let statements: Vec<Dialect> = input.statements().map(|(_, st)| st.dialect).collect();
        for set in &self.rule_sets {
            let own = mixed.then(|| catalog.subset(|t| statements.get(t.statement).is_none_or(|d| *d == set.dialect)));
            let cx = CatalogCx { catalog: own.as_ref().unwrap_or(catalog), dialect: set.dialect, state, facts, performance };
            for rule in set.active.iter().filter(|r| !r.meta().dialects.is_empty()) {
                self.sink.rule = rule.meta();
                rule.catalog(&cx, &mut self.sink);
            }
        }
    }

    fn lessons(&mut self, document_starts: &[usize]) {
        let (input, model) = (self.input, self.model);
        for (doc, document) in self.documents.iter().enumerate().filter(|(_, d)| markdown::is_markdown(&d.name)) {
            let start = document_starts[doc];
            let lesson = LessonCx {
                text: &document.text,
                index: &input.indexes[doc],
                fences: &input.readings[doc].fences,
                catalog: &model.catalog,
                facts: &model.facts[start..start + input.scripts[doc].statements.len()],
            };
            for rule in &self.rule_sets[0].active {
                self.sink.rule = rule.meta();
                rule.lesson(&lesson, &mut self.sink);
            }
        }
    }

    fn code(&mut self) {
        let input = self.input;
        for (doc, document) in self.documents.iter().enumerate() {
            let files = &input.readings[doc].code;
            for file in files {
                let cx = CodeCx::new(&document.text, &input.indexes[doc], file, files);
                for rule in &self.rule_sets[0].active {
                    self.sink.rule = rule.meta();
                    rule.code(&cx, &mut self.sink);
                }
            }
        }
    }

    fn plans(&mut self) {
        let plans = &self.input.plans;
        if plans.is_empty() {
            return;
        }
        for rule in &self.rule_sets[0].active {
            self.sink.rule = rule.meta();
            for plan in plans {
                rule.explain(&ExplainCx { plan }, &mut self.sink);
            }
        }
    }
}
