use crate::read::code::{handler_bodies, Language};
use crate::rules::{CodeCx, Rule, Sink};

/// Calls that create a connection or a pool: `receiver.name(`.
const OPENERS: &[(Language, &str, &str)] = &[
    (Language::Go, "sql", "Open"),
    (Language::Go, "sqlx", "Open"),
    (Language::Go, "sqlx", "Connect"),
    (Language::Go, "pgx", "Connect"),
    (Language::Go, "pgxpool", "New"),
    (Language::Go, "pgxpool", "NewWithConfig"),
    (Language::Go, "gorm", "Open"),
    (Language::Python, "psycopg2", "connect"),
    (Language::Python, "psycopg", "connect"),
    (Language::Python, "pymysql", "connect"),
    (Language::Python, "MySQLdb", "connect"),
    (Language::Python, "connector", "connect"),
    (Language::Python, "asyncpg", "connect"),
    (Language::Python, "asyncpg", "create_pool"),
    (Language::Python, "sqlalchemy", "create_engine"),
    (Language::JavaScript, "mysql", "createConnection"),
    (Language::JavaScript, "mysql", "createPool"),
    (Language::JavaScript, "mysql2", "createConnection"),
    (Language::Java, "DriverManager", "getConnection"),
];
/// Constructors that do the same: `new Pool(` (node-postgres), `new HikariDataSource(`.
const CONSTRUCTORS: &[(Language, &str)] =
    &[(Language::JavaScript, "Pool"), (Language::JavaScript, "Client"), (Language::JavaScript, "Sequelize"), (Language::Java, "HikariDataSource")];

crate::declare_rule! {
    /// ## What it does
    /// Flags application code that opens a database connection or creates
    /// a pool inside a request handler (a Go `http.ResponseWriter` or gin
    /// handler, an Express route, a Flask, FastAPI or Django view, a Spring
    /// mapping or servlet method).
    ///
    /// ## Why it matters
    /// Opening a PostgreSQL connection costs a TCP and TLS handshake,
    /// authentication and a new server process: several milliseconds, and
    /// megabytes of server memory, before the query even starts. Per request,
    /// that dominates latency, and under load the connections pile up
    /// faster than they close until the server refuses new ones. A pool
    /// created per request also never reuses anything.
    ///
    /// ## Example
    /// ```go
    /// func listOrders(w http.ResponseWriter, r *http.Request) {
    ///     db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
    ///     if err != nil {
    ///         http.Error(w, err.Error(), 500)
    ///         return
    ///     }
    ///     defer db.Close()
    ///     writeOrders(w, db)
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```go
    /// type server struct{ db *sql.DB }
    ///
    /// func (s *server) listOrders(w http.ResponseWriter, r *http.Request) {
    ///     writeOrders(w, s.db)
    /// }
    /// ```
    ///
    /// ## In production
    /// The symptom is latency that grows with traffic and "too many
    /// connections" or "remaining connection slots are reserved" errors at
    /// peaks, with the database mostly idle between them.
    ///
    /// ## Alternatives
    /// Open one pool at start-up and pass it to the handlers (dependency
    /// injection, a struct field, `app.locals`); in serverless functions,
    /// create it outside the handler so warm invocations reuse it, and put
    /// a pooler such as PgBouncer or RDS Proxy in front.
    pub struct ConnectionPerRequest {
        code: "C007",
        name: "connection-per-request",
        area: Architecture,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["A4", "C1", "C2", "C3"],
        dialects: [],
        fix: None,
        summary: "A connection or pool opened inside a request handler",
    }
}

impl Rule for ConnectionPerRequest {
    fn code(&self, cx: &CodeCx, out: &mut Sink) {
        let language = cx.file.language;
        let tokens = &cx.file.tokens;
        let opens = (1..tokens.len().saturating_sub(1)).filter_map(|i| {
            if !tokens[i + 1].is_punct(b'(') {
                return None;
            }
            let name = cx.file.ident(cx.text, i)?;
            let receiver = (i >= 2 && tokens[i - 1].is_punct(b'.')).then(|| cx.file.ident(cx.text, i - 2)).flatten();
            let call = OPENERS.iter().any(|(l, r, n)| *l == language && *n == name && receiver == Some(*r))
                || (language == Language::Python && name == "create_engine" && receiver.is_none())
                || (cx.file.ident(cx.text, i - 1) == Some("new") && CONSTRUCTORS.iter().any(|(l, n)| *l == language && *n == name));
            let constructed = i >= 1 && cx.file.ident(cx.text, i - 1) == Some("new");
            call.then(|| {
                (
                    i,
                    match receiver {
                        Some(r) => format!("{r}.{name}"),
                        None if constructed => format!("new {name}"),
                        None => name.to_string(),
                    },
                )
            })
        });
        let opens: Vec<(usize, String)> = opens.collect();
        if opens.is_empty() {
            return;
        }
        let handlers = handler_bodies(cx.text, cx.file);
        for (i, call) in opens {
            let at = tokens[i].span.start;
            if handlers.iter().any(|body| body.contains(&at)) {
                out.report(cx.token_span(i), format!("`{call}` inside a request handler opens a new connection for every request"))
                    .help("open one pool at start-up and hand it to the handlers");
            }
        }
    }
}
