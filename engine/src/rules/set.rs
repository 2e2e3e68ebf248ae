//! The rules that apply to one system, as the options leave them.

use crate::input::{Dialect, Options};
use crate::rules::{all, Rule, RuleMeta};

/// The rules that apply to one system.
pub struct RuleSet {
    pub dialect: Dialect,
    pub active: Vec<&'static dyn Rule>,
    pub expression_rules: Vec<&'static dyn Rule>,
}

impl RuleSet {
    /// The rules for `dialect` that the options do not disable.
    pub fn for_system(dialect: Dialect, options: &Options) -> RuleSet {
        let enabled = |m: &RuleMeta| !m.pedantic || is_listed(&options.enabled, m) || options.enabled.iter().any(|e| e.eq_ignore_ascii_case("pedantic"));
        let active: Vec<&'static dyn Rule> =
            all().iter().copied().filter(|r| r.meta().applies_to(dialect) && enabled(r.meta()) && !is_listed(&options.disabled, r.meta())).collect();
        let expression_rules = active.iter().copied().filter(|r| r.wants_expressions()).collect();
        RuleSet { dialect, active, expression_rules }
    }
}

/// Whether a list of rule names or codes (as options give them) holds this rule.
pub fn is_listed(list: &[String], rule: &RuleMeta) -> bool {
    list.iter().any(|s| s.eq_ignore_ascii_case(rule.name) || s.eq_ignore_ascii_case(rule.code))
}
