//! Share links: the whole playground state, compressed into the URL fragment
//! (`#v1.<base64url(deflate(json))>`), so nothing is ever sent to a server.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use engine::Dialect;
use serde::{Deserialize, Serialize};

pub const PREFIX: &str = "v1.";
/// Links longer than this are refused on decode (and warned about on share):
/// browsers and chat tools start truncating URLs around 64 KB.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// A decoded state larger than this is rejected (a crafted link cannot make
/// the page inflate gigabytes).
pub const MAX_STATE_BYTES: usize = 4 * 1024 * 1024;

const INCOMPLETE: &str = "this link is incomplete or damaged (was it cut off when it was copied?)";

/// What a link restores: both inputs, the dialect and the options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedState {
    pub schema: String,
    pub queries: String,
    pub dialect: Dialect,
    #[serde(default)]
    pub options: engine::Options,
    /// The queries pane holds a Markdown lesson (added within v1: old links default to SQL).
    #[serde(default)]
    pub lesson: bool,
}

pub fn encode(state: &SharedState) -> String {
    let json = serde_json::to_vec(state).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Decode a fragment (without the `#`). Every failure is a sentence for the user.
pub fn decode(fragment: &str) -> Result<SharedState, String> {
    let fragment = fragment.trim_start_matches('#');
    let Some(payload) = fragment.strip_prefix(PREFIX) else {
        return Err(match fragment.split_once('.') {
            Some((v, _)) if v.starts_with('v') => format!("this link was made by a newer version ({v}) of the playground"),
            _ => "this is not a playground share link".to_string(),
        });
    };
    if payload.len() > MAX_LINK_CHARS {
        return Err(format!("this link is {} characters long, more than the {MAX_LINK_CHARS} the playground accepts", payload.len()));
    }
    let payload = payload.trim_end_matches('=');
    let packed = URL_SAFE_NO_PAD.decode(payload).map_err(|_| {
        let alphabet_only = payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if alphabet_only {
            INCOMPLETE.to_string()
        } else {
            "this link is damaged: it contains characters a share link never has".to_string()
        }
    })?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_STATE_BYTES).map_err(|_| INCOMPLETE.to_string())?;
    serde_json::from_slice(&json).map_err(|_| "this link is damaged: its content is not a playground state".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> SharedState {
        SharedState {
            schema: "CREATE TABLE t (id int);".into(),
            queries: "SELECT * FROM t; -- é ✓ <script>".into(),
            dialect: Dialect::Mysql,
            options: Default::default(),
            lesson: true,
        }
    }

    #[test]
    fn round_trips() {
        let link = encode(&state());
        assert!(link.starts_with("v1."));
        assert_eq!(decode(&format!("#{link}")).unwrap(), state());
    }

    #[test]
    fn truncated_and_malformed_links_are_clear_errors() {
        let link = encode(&state());
        for cut in [link.len() / 2, link.len() / 2 + 1, link.len() / 2 + 2, link.len() - 1] {
            assert!(decode(&link[..cut]).unwrap_err().contains("incomplete"), "cut at {cut}");
        }
        assert!(decode("v1.!!!").unwrap_err().contains("damaged"));
        assert!(decode("v9.abc").unwrap_err().contains("newer version"));
        assert!(decode("hello").unwrap_err().contains("not a playground"));
        assert!(decode("").is_err());
    }
}
