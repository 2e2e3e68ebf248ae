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
    /// Review SQL files (or `-` for standard input).
    Check {
        /// Files to review; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A schema file whose DDL every query is checked against.
        #[arg(long)]
        schema: Option<PathBuf>,
        /// SQL dialect (postgres, mysql, mssql, oracle, sqlite, generic).
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
            print!("{}", list_rules(format));
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { rule } => {
            let meta = rules::find(&rule).ok_or_else(|| format!("no rule named `{rule}` (see `sqlreview rules`)"))?;
            println!("{}", meta.markdown());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { files, schema, dialect, format, fail_on, config } => {
            let mut options = config::load(config.as_deref())?;
            if let Some(d) = dialect {
                options.dialect = d.parse::<Dialect>()?;
            }
            check(files, schema, options, format, fail_on)
        }
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

fn check(files: Vec<PathBuf>, schema: Option<PathBuf>, options: Options, format: Format, fail_on: FailOn) -> Result<ExitCode, String> {
    let mut documents = Vec::new();
    if let Some(schema) = &schema {
        documents.push(read_input(schema)?);
    }
    for file in &files {
        documents.push(read_input(file)?);
    }
    let review = engine::review(&documents, &options);
    let sources: Vec<SourceText> = documents.iter().map(|d| SourceText { name: &d.name, text: &d.text }).collect();
    let output = match format {
        Format::Text => render::text(&review, &sources),
        Format::Json => render::json(&review),
        Format::Markdown => render::markdown(&review, &sources),
        Format::Sarif => render::sarif(&review, &sources),
    };
    println!("{}", output.trim_end());
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    Ok(if review.counts.at_least(threshold) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn list_rules(format: ListFormat) -> String {
    let metas: Vec<&rules::RuleMeta> = rules::all().iter().map(|r| r.meta()).collect();
    match format {
        ListFormat::Json => serde_json::to_string_pretty(&metas).unwrap_or_default() + "\n",
        ListFormat::Text => metas
            .iter()
            .map(|m| format!("{:5} {:38} {:8} {:24} [{}] {}\n", m.code, m.name, m.severity.name(), format!("{:?}", m.section), m.concepts.join(","), m.summary))
            .collect(),
    }
}
