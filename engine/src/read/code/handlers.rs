//! Where a piece of code handles a web request, so work done once per
//! request (opening a pool) can be told from work done once at start-up.

use super::loops::{body_open, indented_body, matching};
use super::{CodeFile, Language};
use std::ops::Range;

/// Web frameworks' handler parameter types (Go, Java).
const HANDLER_TYPES: [&str; 5] = ["ResponseWriter", "HttpServletRequest", "HttpServletResponse", "ServerRequest", "ServerWebExchange"];
/// `gin.Context`, `echo.Context`, `fiber.Ctx`: the package before the dot.
const CONTEXT_PACKAGES: [&str; 3] = ["gin", "echo", "fiber"];
/// Java routing annotations.
const MAPPINGS: [&str; 6] = ["GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "RequestMapping"];
/// Express-style routers: `app.get(path, handler)`.
const ROUTERS: [&str; 5] = ["app", "router", "server", "fastify", "api"];
const ROUTE_METHODS: [&str; 7] = ["get", "post", "put", "delete", "patch", "all", "use"];
/// Python decorators that make a function a view (`@app.route(`, `@router.get(`…).
const PY_ROUTES: [&str; 8] = [".route(", ".get(", ".post(", ".put(", ".delete(", ".patch(", "api_view", ".websocket("];

/// Byte ranges of request-handler bodies.
pub fn handler_bodies(text: &str, file: &CodeFile) -> Vec<Range<usize>> {
    let tokens = &file.tokens;
    let mut bodies = Vec::new();
    for i in 0..tokens.len() {
        let Some(word) = file.ident(text, i) else { continue };
        match file.language {
            Language::Go if word == "func" => {
                let Some(open) = body_open(file, i + 1, true) else { continue };
                let header = i + 1..open;
                // A function type (`type H func(w http.ResponseWriter, …)`) has no
                // body: the `{` found belongs to the next declaration.
                let mut depth = 0i32;
                let next_declaration = header.clone().any(|j| {
                    depth += i32::from(tokens[j].is_punct(b'(')) - i32::from(tokens[j].is_punct(b')'));
                    depth == 0 && file.ident(text, j) == Some("func")
                });
                if next_declaration {
                    continue;
                }
                let handler = header.clone().any(|j| {
                    let w = file.ident(text, j);
                    w.is_some_and(|w| HANDLER_TYPES.contains(&w))
                        || (matches!(w, Some("Context" | "Ctx")) && j >= 2 && file.ident(text, j - 2).is_some_and(|p| CONTEXT_PACKAGES.contains(&p)))
                });
                if handler {
                    bodies.push(tokens[open].span.start..matching(tokens, open, b'{', b'}'));
                }
            }
            Language::Java if MAPPINGS.contains(&word) && i > 0 && tokens[i - 1].is_punct(b'@') || HANDLER_TYPES.contains(&word) => {
                if let Some(open) = body_open(file, i + 1, true) {
                    bodies.push(tokens[open].span.start..matching(tokens, open, b'{', b'}'));
                }
            }
            Language::JavaScript => {
                let routed = ROUTE_METHODS.contains(&word)
                    && i >= 2
                    && tokens[i - 1].is_punct(b'.')
                    && file.ident(text, i - 2).is_some_and(|r| ROUTERS.contains(&r))
                    && tokens.get(i + 1).is_some_and(|t| t.is_punct(b'('));
                // `function handler(req, res) {` and `(req, res) => {`
                let req_res = word == "req"
                    && i > 0
                    && tokens[i - 1].is_punct(b'(')
                    && tokens.get(i + 1).is_some_and(|t| t.is_punct(b','))
                    && file.ident(text, i + 2) == Some("res");
                if routed {
                    bodies.push(tokens[i + 1].span.start..matching(tokens, i + 1, b'(', b')'));
                } else if req_res {
                    if let Some(open) = body_open(file, i, true) {
                        bodies.push(tokens[open].span.start..matching(tokens, open, b'{', b'}'));
                    }
                }
            }
            Language::Python if word == "def" => {
                let line_start = text[..tokens[i].span.start].rfind('\n').map_or(0, |p| p + 1);
                let decorated = text[file.range.start.min(line_start)..line_start]
                    .lines()
                    .rev()
                    .take_while(|l| l.trim_start().starts_with('@'))
                    .any(|l| PY_ROUTES.iter().any(|r| l.contains(r)));
                // Django views take the request first.
                let takes_request =
                    file.ident(text, i + 3) == Some("request") || (file.ident(text, i + 3) == Some("self") && file.ident(text, i + 5) == Some("request"));
                if decorated || takes_request {
                    bodies.extend(indented_body(text, tokens[i].span.start, file.range.end));
                }
            }
            _ => {}
        }
    }
    // A servlet method names two handler types: one body, found twice.
    bodies.dedup();
    bodies
}

#[cfg(test)]
mod tests {
    use super::super::analyse;
    use super::*;

    fn bodies(text: &str, language: Language) -> Vec<&str> {
        let file = analyse(text, 0..text.len(), language);
        handler_bodies(text, &file).into_iter().map(|r| text[r].trim()).collect()
    }

    #[test]
    fn go_handlers_by_their_parameter_types() {
        let go = "type H func(w http.ResponseWriter)\nfunc main() { run() }\nfunc list(w http.ResponseWriter, r *http.Request) { open() }\nfunc show(c *gin.Context) { load() }";
        assert_eq!(bodies(go, Language::Go), vec!["{ open() }", "{ load() }"]);
    }

    #[test]
    fn express_routes_and_req_res_functions() {
        let js = "app.get('/a', async (req, res) => { x(); });\nfunction h(req, res) { y(); }\nfunction setup() { z(); }";
        assert_eq!(bodies(js, Language::JavaScript), vec!["('/a', async (req, res) => { x(); })", "{ x(); }", "{ y(); }"]);
    }

    #[test]
    fn python_views_by_decorator_or_request_parameter() {
        let py = "@app.route('/a')\ndef a():\n    open_db()\n\ndef helper(x):\n    pass\n\ndef view(request):\n    load()\n";
        assert_eq!(bodies(py, Language::Python), vec!["open_db()", "load()"]);
    }

    #[test]
    fn java_mappings_and_servlets() {
        let java = "@GetMapping(\"/a\") public List<A> all() { return repo(); }\nprotected void doGet(HttpServletRequest req, HttpServletResponse res) { work(); }\nvoid init() { start(); }";
        assert_eq!(bodies(java, Language::Java), vec!["{ return repo(); }", "{ work(); }"]);
    }
}
