//! End-to-end tests of the `sqlreview` binary: exit codes, formats, errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sqlreview(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sqlreview")).args(args).current_dir(root()).output().expect("binary runs")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

#[test]
fn reports_the_issue_example_at_the_right_lines_with_fixes() {
    let out = sqlreview(&["check", "--format", "json", "examples/done-means.sql"]);
    assert_eq!(out.status.code(), Some(1));
    let review: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings: Vec<(String, u64, String, bool)> = review["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["findings"].as_array().unwrap().clone())
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["span"]["line"].as_u64().unwrap(),
                f["section"].as_str().unwrap().to_string(),
                !f["fix"].is_null() || !f["help"].is_null(),
            )
        })
        .collect();
    for (rule, line, section) in [
        ("missing-primary-key", 3, "technical_assessment"),
        ("select-star", 4, "best_practice_alignment"),
        ("write-without-where", 5, "technical_assessment"),
        ("unindexed-foreign-key", 2, "performance_analysis"),
        ("index-without-concurrently", 6, "best_practice_alignment"),
    ] {
        assert!(
            findings.iter().any(|(r, l, s, fix)| r == rule && *l == line && s == section && *fix),
            "{rule} at line {line} in {section} not found in {findings:?}"
        );
    }
}

#[test]
fn every_format_renders() {
    for format in ["text", "json", "markdown", "sarif"] {
        let out = sqlreview(&["check", "--format", format, "examples/course-lesson.sql"]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(!out.stdout.is_empty());
    }
    let sarif: serde_json::Value = serde_json::from_slice(&sqlreview(&["check", "--format", "sarif", "examples/course-lesson.sql"]).stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let text = stdout(&sqlreview(&["check", "examples/course-lesson.sql"]));
    assert!(text.contains("--> examples/course-lesson.sql:28:1") && text.contains("^^^"), "{text}");
    let md = stdout(&sqlreview(&["check", "--format", "markdown", "examples/course-lesson.sql"]));
    for title in ["Technical assessment", "Performance analysis", "Best-practice alignment", "Real-world context", "Alternative approaches"] {
        assert!(md.contains(&format!("## {title}")), "{title}");
    }
}

#[test]
fn exit_codes_follow_fail_on() {
    let clean = sqlreview(&["check", "tests/fixtures/01-users-good.sql"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert_eq!(sqlreview(&["check", "--fail-on", "error", "tests/fixtures/04-select-star-workload.sql"]).status.code(), Some(0));
    assert_eq!(sqlreview(&["check", "--fail-on", "warning", "tests/fixtures/04-select-star-workload.sql"]).status.code(), Some(1));
}

#[test]
fn usage_and_io_errors_exit_2_with_a_message() {
    let missing = sqlreview(&["check", "no/such/file.sql"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no/such/file.sql"));
    let dir = std::env::temp_dir().join(format!("sqlreview-latin1-{}", std::process::id()));
    std::fs::write(&dir, b"SELECT 'caf\xe9';").unwrap();
    let latin1 = sqlreview(&["check", dir.to_str().unwrap()]);
    assert_eq!(latin1.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&latin1.stderr).contains("not valid UTF-8"));
    assert_eq!(sqlreview(&["check", "--dialect", "cobol", "examples/done-means.sql"]).status.code(), Some(2));
    assert_eq!(sqlreview(&["explain", "no-such-rule"]).status.code(), Some(2));
}

#[test]
fn schema_file_informs_the_queries() {
    let out = sqlreview(&["check", "--schema", "tests/fixtures/18-keyset.sql", "--format", "json", "examples/done-means.sql"]);
    let review: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(review["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn rules_and_explain_come_from_the_catalog() {
    let rules: serde_json::Value = serde_json::from_slice(&sqlreview(&["rules", "--format", "json"]).stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert!(rules.len() >= 60);
    assert!(rules.iter().any(|r| r["name"] == "not-in-nullable" && r["concepts"][0] == "Q4"));
    let explain = stdout(&sqlreview(&["explain", "Q006"]));
    assert!(explain.contains("## Why it matters") && explain.contains("## Use instead"));
}

#[test]
fn config_file_sets_dialect_and_disables_rules() {
    let dir = std::env::temp_dir().join(format!("sqlreview-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("sqlreview.toml"), "disabled = [\"select-star\"]\n[severity]\nwrite-without-where = \"info\"\n").unwrap();
    let file = root().join("examples/done-means.sql");
    let out = Command::new(env!("CARGO_BIN_EXE_sqlreview")).args(["check", "--format", "json"]).arg(&file).current_dir(&dir).output().unwrap();
    let text = stdout(&out);
    assert!(!text.contains("\"select-star\""));
    assert!(text.contains("\"write-without-where\""));
    std::fs::write(dir.join("sqlreview.toml"), "disabled = [\"nope\"]\n").unwrap();
    let bad = Command::new(env!("CARGO_BIN_EXE_sqlreview")).args(["check"]).arg(&file).current_dir(&dir).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// The real-world corpora (PostgreSQL's regression suite, TPC-H, sqlparser's
/// own test statements): every file is read without a crash.
#[test]
fn real_world_corpora_never_crash() {
    let corpora = std::env::var("SQLREVIEW_CORPORA").map(PathBuf::from).unwrap_or_else(|_| root().join("../shared/corpora"));
    if !corpora.is_dir() {
        eprintln!("corpora not found at {}; set SQLREVIEW_CORPORA", corpora.display());
        return;
    }
    let started = std::time::Instant::now();
    let mut files = 0;
    for folder in ["pg_regress", "tpch", "sqlparser_tests"] {
        for entry in std::fs::read_dir(corpora.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let dialect = match path.file_stem().and_then(|s| s.to_str()).unwrap_or("") {
                s if s.contains("mysql") => "mysql",
                s if s.contains("mssql") => "mssql",
                s if s.contains("sqlite") => "sqlite",
                s if s.contains("oracle") => "oracle",
                s if s.contains("clickhouse") => "clickhouse",
                s if s.contains("hive") => "hive",
                s if s.contains("spark") || s.contains("databricks") => "spark",
                s if s.contains("postgres") || folder != "sqlparser_tests" => "postgres",
                _ => "generic",
            };
            let out = sqlreview(&["check", "--dialect", dialect, "--format", "json", path.to_str().unwrap()]);
            let code = out.status.code();
            assert!(matches!(code, Some(0..=2)), "{} crashed: {:?}\n{}", path.display(), out.status, String::from_utf8_lossy(&out.stderr));
            if code == Some(2) {
                assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"), "{}", path.display());
            }
            files += 1;
        }
    }
    eprintln!("reviewed {files} corpus files in {:?}", started.elapsed());
    assert!(files > 200);
}

#[test]
fn markdown_lessons_are_reviewed_at_their_own_lines() {
    let out = sqlreview(&["check", "--format", "json", "tests/fixtures/40-lesson-indexes.md"]);
    let review: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings: Vec<(String, u64)> = review["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["findings"].as_array().unwrap().clone())
        .map(|f| (f["rule"].as_str().unwrap().to_string(), f["span"]["line"].as_u64().unwrap()))
        .collect();
    assert!(findings.contains(&("unindexed-foreign-key".to_string(), 13)), "{findings:?}");
    assert!(findings.contains(&("block-without-language".to_string(), 37)), "{findings:?}");
    assert!(!findings.iter().any(|(r, _)| r == "syntax-error"), "prose and Go are not parsed as SQL: {findings:?}");
}

#[test]
fn a_directory_is_reviewed_file_by_file() {
    let out = sqlreview(&["check", "--format", "json", "tests/fixtures"]);
    assert_eq!(out.status.code(), Some(1));
    let reviews: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = reviews.as_array().unwrap().iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert!(files.len() >= 36, "{files:?}");
    assert!(files.iter().any(|f| f.ends_with(".md")) && files.iter().any(|f| f.ends_with(".sql")));
    for extension in [".go", ".py", ".ts", ".java"] {
        assert!(files.iter().any(|f| f.ends_with(extension)), "the {extension} reader is chosen by extension: {files:?}");
    }
    let text = stdout(&sqlreview(&["check", "tests/fixtures"]));
    assert!(text.contains("--> tests/fixtures/40-lesson-indexes.md:13:5"), "per-file locations");
    // Code files: the SQL in strings at its true positions, and the code rules.
    assert!(text.contains("--> tests/fixtures/63-OrderDao.java:17:40"), "Java concatenation found at its line and column:\n{text}");
    assert!(text.contains("error[C001/sql-built-from-strings]: this Python code"), "Python reader ran");
    let empty = std::env::temp_dir().join(format!("sqlreview-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    assert_eq!(sqlreview(&["check", empty.to_str().unwrap()]).status.code(), Some(2));
}

#[test]
fn the_auto_dialect_says_what_it_detected() {
    let out = stdout(&sqlreview(&["check", "--dialect", "auto", "tests/fixtures/35-mssql-reporting.sql"]));
    assert!(out.contains("Detected SQL Server from `IDENTITY`, `NVARCHAR`"), "{out}");
    assert!(out.contains("mssql-nolock"), "SQL Server rules run once detected:\n{out}");
    let plain = stdout(&sqlreview(&["check", "--dialect", "auto", "tests/fixtures/01-users-good.sql"]));
    assert!(plain.contains("as PostgreSQL"), "{plain}");
    let lesson = stdout(&sqlreview(&["check", "--dialect", "auto", "tests/fixtures/50-lesson-three-systems.md"]));
    // One block per system: PostgreSQL (the first tagged) leads; each block keeps its own rules.
    assert!(lesson.contains("Detected PostgreSQL from blocks tagged postgresql"), "{lesson}");
    assert!(lesson.contains("mysql-myisam-engine") && lesson.contains("sqlite-int-primary-key"), "{lesson}");
    assert!(!lesson.contains("`books.id` is BIGINT PRIMARY KEY"), "SQLite rules must not judge the PostgreSQL block:\n{lesson}");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sqlreview"))
        .args(["rules", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut first = [0u8; 16];
    child.stdout.take().expect("piped").read_exact(&mut first).expect("output starts");
    // The pipe is closed here, like `sqlreview rules | head -c 16`.
    let out = child.wait_with_output().expect("binary ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("panicked"), "{stderr}");
}

#[test]
fn table_sizes_weigh_the_missing_index() {
    let dir = std::env::temp_dir().join(format!("sqlreview-rows-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("orders.sql");
    std::fs::write(&file, "CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL);\nSELECT id FROM orders WHERE email = $1;\n").unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["check", "--fail-on", "error"];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_sqlreview")).args(&args).arg(&file).output().unwrap()
    };
    assert_eq!(run(&[]).status.code(), Some(0), "unsized: a warning, not an error");
    let big = run(&["--rows", "orders=50M"]);
    assert_eq!(big.status.code(), Some(1), "50 million rows: the scan is an error");
    assert!(stdout(&big).contains("about 50M rows"), "{}", stdout(&big));
    let bad = run(&["--rows", "orders"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--rows"));
    let plan = Command::new(env!("CARGO_BIN_EXE_sqlreview"))
        .args(["check", "--format", "json", "engine/tests/explain/sort-spill.txt"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(stdout(&plan).contains("E103"), "an EXPLAIN file is reviewed");
}

#[test]
fn help_names_every_system() {
    let help = stdout(&sqlreview(&["check", "--help"]));
    for dialect in engine::Dialect::ALL {
        assert!(help.contains(dialect.name()), "`check --help` does not name {}", dialect.name());
    }
}
