use crate::finding::Severity;
use crate::model::{Column, Table};
use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags text columns that look like they hold secrets or sensitive
    /// identifiers in plain text: passwords, API keys, tokens, card numbers,
    /// CVVs, social security and national ids.
    ///
    /// ## Why it matters
    /// Database contents leak: backups, replicas, analytics exports, support
    /// tools. Passwords must be stored as slow salted hashes; card data under
    /// PCI DSS must never be stored in the clear (CVV not at all). A column
    /// named `password` usually holds a hash already, so it gets a note to
    /// confirm that, not an error (and nothing when its width is a bcrypt
    /// hash's 60 characters); tokens, keys and card numbers get the error. A
    /// password for another system (`onvif_password`, `smtp_password`) must
    /// be recoverable to be used, so hashing is no fix: it gets a note to
    /// encrypt it at rest, as does a secret the system reads back (a TOTP
    /// seed such as `twofactor_secret`, a signing secret).
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, password varchar(100) NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Breach reports regularly reveal plaintext or unsalted password
    /// columns; hashing with argon2 or bcrypt in the application is standard.
    ///
    /// ## Alternatives
    /// Password hashes (argon2id, bcrypt); tokens stored as a SHA-256 digest;
    /// card data tokenised by the payment provider; column encryption with
    /// keys held outside the database for what must be recoverable.
    pub struct PlaintextSecret {
        code: "X004",
        name: "plaintext-secret",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["X4"],
        dialects: [],
        fix: None,
        summary: "Passwords, tokens or card numbers stored in plain text",
    }
}

const SECRET: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "secret",
    "api_key",
    "apikey",
    "token",
    "access_token",
    "refresh_token",
    "card_number",
    "credit_card",
    "cc_number",
    "cvv",
    "cvc",
    "ssn",
    "national_id",
    "tax_id",
];
/// Names that usually hold a password hash: a note to confirm, not an alarm.
const PASSWORD: &[&str] = &["password", "passwd", "pwd"];
const PROTECTED: &[&str] = &["hash", "hashed", "digest", "encrypted", "enc", "salt", "last4", "last_four", "type", "expires", "expires_at", "id"];

/// Secrets the system itself must read back to use: a TOTP seed computes the
/// expected code, a signing secret signs a message. A digest would break
/// them. (A client secret is only compared, and can be a digest.)
const RECOVERABLE: &[&str] = &["twofactor", "two_factor", "totp", "otp", "mfa", "2fa", "signing", "webhook", "hmac"];

fn recoverable(name: &str) -> bool {
    name_is(name, &["secret"]) && RECOVERABLE.iter().any(|w| name.contains(w))
}

/// The width of a bcrypt hash (`$2b$10$` and 53 characters): a column cut
/// to it holds the hash.
const BCRYPT_WIDTH: u64 = 60;

/// A column named for a password or a secret: a user's own login password is
/// hashed; a password the system must present to another (a camera, a mail
/// server), or a secret it computes with, cannot be.
fn password_note(table: &Table, column: &Column, out: &mut Sink) {
    let n = column.name.as_str();
    if PASSWORD.contains(&n.to_ascii_lowercase().as_str()) {
        if column.length == Some(BCRYPT_WIDTH) {
            return;
        }
        // Applications routinely keep a bcrypt or Argon2 hash in a column
        // named `password`: the name alone is no proof.
        out.report(column.span, format!("`{}.{n}`: confirm it holds a slow salted hash, never the password itself", table.name))
            .severity(Severity::Info)
            .help("hash with Argon2id or bcrypt in the application; naming the column password_hash says so to the next reader");
        return;
    }
    let what = if name_is(n, PASSWORD) { "a password for another system" } else { "a secret the system must read back (a TOTP seed, a signing key)" };
    out.report(
        column.span,
        format!("`{}.{n}` is {what}, readable by anyone who reads the table: it must be recoverable, so encrypt it rather than hash it", table.name),
    )
    .severity(Severity::Info)
    .help("encrypt it at rest with a key kept outside the database (a secrets manager or KMS), and limit who can read the column");
}

impl Rule for PlaintextSecret {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind.is_textual()) {
                let n = column.name.as_str();
                if !name_is(n, SECRET) || name_is(n, PROTECTED) {
                    continue;
                }
                if name_is(n, PASSWORD) || recoverable(n) {
                    password_note(table, column, out);
                    continue;
                }
                out.report(column.span, format!("`{}.{n}` appears to store a secret in plain text", table.name))
                    .help("store a salted hash (passwords), a digest (tokens) or a provider token (cards) instead");
            }
        }
    }
}
