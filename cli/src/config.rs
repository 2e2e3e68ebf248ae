//! `sqlreview.toml`: the same options the app and share links use.
//!
//! ```toml
//! dialect = "postgres"
//! disabled = ["select-star", "Q003"]
//! enabled = ["pedantic"]   # the pedantic rules, off by default (or name them)
//! min_severity = "info"
//!
//! [rows]            # table sizes for the performance findings
//! orders = 50000000
//!
//! [severity]
//! unbounded-select = "warning"
//! ```

use engine::Options;
use std::path::Path;

const DEFAULT_FILE: &str = "sqlreview.toml";

pub fn load(explicit: Option<&Path>) -> Result<Options, String> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None if Path::new(DEFAULT_FILE).is_file() => Path::new(DEFAULT_FILE).to_path_buf(),
        None => return Ok(Options::default()),
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let options: Options = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    for name in options.disabled.iter().chain(&options.enabled).chain(options.severity.keys()) {
        if engine::rules::find(name).is_none() && !name.eq_ignore_ascii_case("pedantic") {
            return Err(format!("{}: unknown rule `{name}` (see `sqlreview rules`)", path.display()));
        }
    }
    Ok(options)
}
