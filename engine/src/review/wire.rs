//! Reading a serialized review back (the playground's worker hands reviews
//! to the page as JSON). Rule codes, names, concepts and section titles are
//! static in a review; they are matched against the registry rather than
//! leaked, and anything unknown is an error, not a guess.

use super::Section;
use crate::rules::{registry, RuleMeta};
use serde::de::Error;
use serde::{Deserialize, Deserializer};

/// `&'static str` under another name: serde's derive takes a literal
/// `&'static str` field as borrowed from the input and would then demand
/// `'static` input, although these fields are read through the functions below.
pub type Static = &'static str;

fn known_rule<'de, D: Deserializer<'de>>(d: D) -> Result<&'static RuleMeta, D::Error> {
    let selector = String::deserialize(d)?;
    registry::find(&selector).ok_or_else(|| D::Error::custom(format!("unknown rule `{selector}`")))
}

pub(super) fn rule_code<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    known_rule(d).map(|rule| rule.code)
}

pub(super) fn rule_name<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    known_rule(d).map(|rule| rule.name)
}

pub(super) fn concepts<'de, D: Deserializer<'de>>(d: D) -> Result<&'static [&'static str], D::Error> {
    let ids = Vec::<String>::deserialize(d)?;
    if ids.is_empty() {
        return Ok(&[]);
    }
    registry::all()
        .iter()
        .map(|rule| rule.meta().concepts)
        .find(|concepts| concepts.iter().copied().eq(ids.iter().map(String::as_str)))
        .ok_or_else(|| D::Error::custom(format!("no rule has the concepts {ids:?}")))
}

pub(super) fn section_title<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let title = String::deserialize(d)?;
    Section::ALL.iter().map(|s| s.title()).find(|t| *t == title).ok_or_else(|| D::Error::custom(format!("unknown section `{title}`")))
}

/// A finding as JSON carries it; its names become the registry's static ones.
#[derive(Deserialize)]
struct FindingOnWire {
    #[serde(deserialize_with = "rule_code")]
    code: Static,
    #[serde(deserialize_with = "rule_name")]
    rule: Static,
    severity: crate::finding::Severity,
    section: Section,
    #[serde(deserialize_with = "concepts")]
    concepts: &'static [&'static str],
    message: String,
    note: Option<String>,
    help: Option<String>,
    span: crate::source::TextSpan,
    related: Vec<crate::source::TextSpan>,
    fix: Option<crate::finding::Fix>,
}

impl<'de> Deserialize<'de> for crate::finding::Finding {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let FindingOnWire { code, rule, severity, section, concepts, message, note, help, span, related, fix } = FindingOnWire::deserialize(d)?;
        Ok(crate::finding::Finding { code, rule, severity, section, concepts, message, note, help, span, related, fix })
    }
}
