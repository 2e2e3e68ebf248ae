use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags a worker claiming jobs from a queue-like table (`jobs`, `tasks`,
    /// `queue`, `outbox`) with `FOR UPDATE` but without `SKIP LOCKED`.
    ///
    /// ## Why it matters
    /// Every worker tries to lock the same first row; all but one wait, so
    /// adding workers adds no throughput and a slow job stalls the queue.
    /// `SKIP LOCKED` lets each worker take the next free row.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, payload FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR UPDATE;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, payload FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED;
    /// ```
    ///
    /// ## In production
    /// PostgreSQL-backed queues (Que, GoodJob, graphile-worker, Oban) all
    /// claim jobs with `FOR UPDATE SKIP LOCKED`, and keep the queue table
    /// small with a partial index on pending rows.
    ///
    /// ## Alternatives
    /// `SKIP LOCKED` with a partial index on pending jobs; a real broker
    /// (RabbitMQ, SQS, Kafka) when throughput or fan-out outgrows a table.
    pub struct QueueWithoutSkipLocked {
        code: "A002",
        name: "queue-without-skip-locked",
        area: Architecture,
        severity: Warning,
        section: RealWorldContext,
        concepts: ["A3"],
        dialects: [],
        fix: Suggestion,
        summary: "A job queue polled without SKIP LOCKED",
    }
}

const QUEUE: &[&str] = &["jobs", "job_queue", "queue", "tasks", "task_queue", "outbox", "messages"];

impl Rule for QueueWithoutSkipLocked {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            let Some(lock) = block.lock else { continue };
            let Some(relation) = block.relations.iter().find(|r| QUEUE.iter().any(|q| r.name == *q || r.name.ends_with(&format!("_{q}")))) else { continue };
            if !lock.skip_locked {
                let source = cx.source().trim_end_matches(';');
                out.report(cx.span, format!("workers claiming from `{}` with FOR UPDATE wait on each other", relation.name))
                    .fix("Skip rows other workers hold", format!("{source} SKIP LOCKED;"));
            }
        }
    }
}
