//! `sqlreview`: the review engine on the command line.

mod config;

use clap::{Parser, Subcommand, ValueEnum};
use engine::review::render::{self, SourceText};
use engine::{rules, Dialect, Document, Options, Severity};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sqlreview", version, about = "Reviews database schemas and queries like a principal database engineer")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Review SQL files and Markdown lessons (or `-` for standard input).
    Check {
        /// Files or directories to review (`.sql`, `.md`); `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A schema file whose DDL every query is checked against.
        #[arg(long)]
        schema: Option<PathBuf>,
        /// The system the input is written for: postgres, mysql, mssql, oracle, sqlite, clickhouse, spark, hive, bigquery, redis, cassandra, kafka, mongodb, dynamodb, generic or auto (default: from sqlreview.toml, else postgres).
        #[arg(long)]
        dialect: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit with 1 when a finding at or above this severity exists.
        #[arg(long, value_enum, default_value_t = FailOn::Warning)]
        fail_on: FailOn,
        /// Configuration file (default: ./sqlreview.toml when present).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Table sizes that weigh the performance findings: `orders=50M,countries=200`
        /// (repeatable; `-- sqlreview: rows …` comments in the SQL win).
        #[arg(long, value_name = "TABLE=ROWS")]
        rows: Vec<String>,
    },
    /// List every rule with its metadata.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print a rule's documentation.
    Explain {
        /// Rule name or code, e.g. `select-star` or `Q001`.
        rule: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("sqlreview: error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Rules { format } => {
            emit(&list_rules(format))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => {
            let meta = rules::find(&rule).ok_or_else(|| format!("no rule named `{rule}` (see `sqlreview rules`)"))?;
            emit(&format!("{}\n", meta.markdown()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { files, schema, dialect, format, fail_on, config, rows } => {
            let mut options = config::load(config.as_deref())?;
            if let Some(d) = dialect {
                options.dialect = d.parse::<Dialect>()?;
            }
            for hint in &rows {
                let sizes = engine::perf::scale::parse_hints(hint).map_err(|e| format!("--rows: {e}"))?;
                options.rows.extend(sizes);
            }
            check(files, schema, options, format, fail_on)
        }
    }
}

/// Write to standard output. A reader that stops early (`sqlreview rules |
/// head`) is not an error: the rest is simply not wanted.
fn emit(text: &str) -> Result<(), String> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write the output: {e}")),
        _ => Ok(()),
    }
}

fn read_input(path: &PathBuf) -> Result<Document, String> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
        ("<stdin>".to_string(), bytes)
    } else {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        (path.display().to_string(), bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{name} is not valid UTF-8 (first invalid byte at offset {at}); convert it, e.g. with `iconv -f latin1 -t utf-8`")
    })?;
    Ok(Document::new(name, text))
}

/// Files to review: the paths given, with directories expanded (recursively,
/// sorted, reviewable extensions only).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            collect_dir(path, &mut found)?;
            found.sort();
            if found.is_empty() {
                return Err(format!("{} holds no files to review (.sql, .md, code, .redis, .cql, .properties, .mongodb.js, *dynamo*.json)", path.display()));
            }
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn collect_dir(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?.path();
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        } else if path.is_dir() {
            collect_dir(&path, out)?;
        } else if engine::is_reviewable(&path.to_string_lossy()) {
            out.push(path);
        }
    }
    Ok(())
}

/// Each file is reviewed on its own (after the schema, when given) and
/// reported on its own; the exit code covers them all.
fn check(files: Vec<PathBuf>, schema: Option<PathBuf>, options: Options, format: Format, fail_on: FailOn) -> Result<ExitCode, String> {
    let schema = schema.as_ref().map(read_input).transpose()?;
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let files = expand(&files)?;
    let mut outputs = Vec::new();
    let mut json = Vec::new();
    let mut failing = false;
    for file in &files {
        let mut documents: Vec<Document> = schema.iter().cloned().collect();
        documents.push(read_input(file)?);
        let review = engine::review(&documents, &options);
        failing |= review.counts.at_least(threshold) > 0;
        let sources: Vec<SourceText> = documents.iter().map(|d| SourceText { name: &d.name, text: &d.text }).collect();
        match format {
            Format::Text => outputs.push(render::text(&review, &sources)),
            Format::Markdown => outputs.push(render::markdown(&review, &sources)),
            Format::Sarif => outputs.push(render::sarif(&review, &sources)),
            Format::Json => json.push((documents.last().map(|d| d.name.clone()).unwrap_or_default(), review)),
        }
    }
    let printed = match format {
        Format::Json if json.len() == 1 => render::json(&json[0].1),
        Format::Json => {
            let reviews: Vec<serde_json::Value> = json.iter().map(|(file, review)| serde_json::json!({ "file": file, "review": review })).collect();
            serde_json::to_string_pretty(&reviews).unwrap_or_default()
        }
        Format::Text => outputs.join("\n"),
        _ => outputs.join("\n\n"),
    };
    emit(&format!("{}\n", printed.trim_end()))?;
    Ok(if failing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn list_rules(format: ListFormat) -> String {
    let metas: Vec<&rules::RuleMeta> = rules::all().iter().map(|r| r.meta()).collect();
    match format {
        ListFormat::Json => serde_json::to_string_pretty(&metas).unwrap_or_default() + "\n",
        ListFormat::Text => metas
            .iter()
            .map(|m| {
                let pedantic = if m.pedantic { " (pedantic: off unless enabled)" } else { "" };
                format!("{:5} {:38} {:8} {:24} [{}] {}{pedantic}\n", m.code, m.name, m.severity.name(), m.section.slug(), m.concepts.join(","), m.summary)
            })
            .collect(),
    }
}
