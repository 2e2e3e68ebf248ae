//! Reviews too large to run between two keystrokes go to a Web Worker that
//! loads this same wasm module (`public/review-worker.js`) and sends the
//! review back in parts. A newer request terminates a worker still busy with
//! an older one: stale work is cancelled, not queued. Where a worker cannot
//! start (a sandboxed embed has an opaque origin), the page reviews inline.

use crate::review_input::{ReviewInput, Revisions};
use engine::{Finding, Review};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Inputs up to this size are reviewed on the page (a few tens of
/// milliseconds); larger ones in the worker.
pub const INLINE_LIMIT_BYTES: usize = 64 * 1024;

/// Findings per part of a worker's answer. The page reads one part per
/// task: a review with 100,000 findings is tens of megabytes, and reading it
/// in one go would block the page for a second.
const FINDINGS_PER_PART: usize = 2_000;

/// The worker's entry point: the review of one input in parts, the review
/// without its findings first, then its findings as (section index,
/// finding) pairs. Parts are postcard bytes: compact, quick to read, and
/// far less code in the bundle than JSON's field-name matching.
#[wasm_bindgen]
pub fn review_parts(schema: &str, queries: &str, dialect: &str, lesson: bool, sizes: &str) -> js_sys::Array {
    let input = ReviewInput {
        schema: schema.into(),
        queries: queries.into(),
        dialect: dialect.parse().unwrap_or_default(),
        lesson,
        sizes: sizes.into(),
        revisions: Default::default(),
    };
    let mut review = input.review();
    let findings: Vec<(usize, Finding)> =
        review.sections.iter_mut().enumerate().flat_map(|(i, section)| std::mem::take(&mut section.findings).into_iter().map(move |f| (i, f))).collect();
    let parts = js_sys::Array::new();
    parts.push(&bytes(&review));
    for chunk in findings.chunks(FINDINGS_PER_PART) {
        parts.push(&bytes(&chunk));
    }
    parts
}

fn bytes(value: &impl serde::Serialize) -> JsValue {
    js_sys::Uint8Array::from(postcard::to_allocvec(value).unwrap_or_default().as_slice()).into()
}

/// Read a worker's answer back into a review, one part per task, giving up
/// as soon as `still_wanted` says a newer request replaced this one.
async fn assemble(parts: js_sys::Array, still_wanted: impl Fn() -> bool) -> Result<Option<Review>, String> {
    let part = |i: u32| parts.get(i).dyn_into::<js_sys::Uint8Array>().map(|a| a.to_vec()).map_err(|_| format!("part {i} of the answer is missing"));
    let mut review: Review = postcard::from_bytes(&part(0)?).map_err(|e| e.to_string())?;
    for i in 1..parts.length() {
        gloo_timers::future::TimeoutFuture::new(0).await;
        if !still_wanted() {
            return Ok(None);
        }
        let findings: Vec<(usize, Finding)> = postcard::from_bytes(&part(i)?).map_err(|e| e.to_string())?;
        for (section, finding) in findings {
            review.sections.get_mut(section).ok_or("a finding names no section")?.findings.push(finding);
        }
    }
    Ok(Some(review))
}
/// What became of a request sent to the worker.
pub enum Outcome {
    Reviewed(ReviewInput, Box<Review>),
    Failed(String),
}

type Deliver = Rc<dyn Fn(Outcome)>;

struct Running {
    worker: web_sys::Worker,
    /// Keeps the message handler alive as long as its worker.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

#[derive(Default)]
struct Shared {
    running: Option<Running>,
    /// The request in flight: its number and input.
    in_flight: Option<(u32, ReviewInput)>,
    next_id: u32,
}

/// A handle to the background reviewer, cheap to clone.
#[derive(Clone, Default)]
pub struct ReviewWorker(Rc<RefCell<Shared>>);

impl ReviewWorker {
    /// Send `input` to a worker; `deliver` hears back once. Returns false when
    /// no worker can run here, so the caller reviews inline.
    pub fn request(&self, input: ReviewInput, deliver: Deliver) -> bool {
        // Cancel a stale review the only way a busy worker allows.
        self.cancel();
        let mut shared = self.0.borrow_mut();
        if shared.running.is_none() {
            match self.spawn(deliver) {
                Some(running) => shared.running = Some(running),
                None => return false,
            }
        }
        shared.next_id += 1;
        let id = shared.next_id;
        let message = js_sys::Object::new();
        let set = |key: &str, value: JsValue| js_sys::Reflect::set(&message, &key.into(), &value).is_ok();
        let built = set("type", "review".into())
            && set("id", id.into())
            && set("schema", input.schema.as_str().into())
            && set("queries", input.queries.as_str().into())
            && set("dialect", input.dialect.name().into())
            && set("lesson", input.lesson.into())
            && set("sizes", input.sizes.as_str().into());
        let Some(running) = shared.running.as_ref().filter(|_| built) else { return false };
        if running.worker.post_message(&message).is_err() {
            return false;
        }
        shared.in_flight = Some((id, input));
        true
    }

    /// Let the request in flight answer for newer revisions of the same texts.
    /// Returns false when no request is in flight.
    pub fn retag(&self, revisions: Revisions) -> bool {
        match self.0.borrow_mut().in_flight.as_mut() {
            Some((_, input)) => {
                input.revisions = revisions;
                true
            }
            None => false,
        }
    }

    /// Drop the request in flight, stopping its worker.
    pub fn cancel(&self) {
        let mut shared = self.0.borrow_mut();
        if shared.in_flight.take().is_some() {
            if let Some(old) = shared.running.take() {
                old.worker.terminate();
            }
        }
    }

    fn spawn(&self, deliver: Deliver) -> Option<Running> {
        let document = crate::dom::document()?;
        let href = |selector: &str| crate::dom::query(selector)?.get_attribute("href");
        // Trunk names the module and its wasm with a content hash; the page links both.
        let glue = href("link[rel=modulepreload]")?;
        let wasm = href("link[rel=preload][as=fetch]")?;
        let base = document.base_uri().ok().flatten()?;
        let absolute = |path: &str| web_sys::Url::new_with_base(path, &base).ok().map(|u| u.href());
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(&absolute("review-worker.js")?, &options).ok()?;

        let shared = Rc::downgrade(&self.0);
        let on_message_deliver = deliver.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(shared) = shared.upgrade() else { return };
            let data = event.data();
            let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
            let id = get("id").and_then(|v| v.as_f64()).unwrap_or(-1.0) as i64;
            let wanted = move |shared: &RefCell<Shared>| shared.borrow().in_flight.as_ref().is_some_and(|(current, _)| i64::from(*current) == id);
            if !wanted(&shared) {
                return;
            }
            let parts = get("parts").filter(|v| v.is_array()).map(|v| js_sys::Array::from(&v));
            let error = get("error").and_then(|v| v.as_string());
            let deliver = on_message_deliver.clone();
            let weak = Rc::downgrade(&shared);
            wasm_bindgen_futures::spawn_local(async move {
                let result = match parts {
                    Some(parts) => assemble(parts, || weak.upgrade().is_some_and(|s| wanted(&s)))
                        .await
                        .map_err(|e| format!("the background review could not be read ({e})")),
                    None => Err(error.unwrap_or_else(|| "the background review sent nothing".into())),
                };
                let Some(shared) = weak.upgrade() else { return };
                if !wanted(&shared) {
                    return;
                }
                let Some((_, input)) = shared.borrow_mut().in_flight.take() else { return };
                match result {
                    Ok(Some(review)) => deliver(Outcome::Reviewed(input, Box::new(review))),
                    Ok(None) => {}
                    Err(reason) => deliver(Outcome::Failed(reason)),
                }
            });
        });
        let shared = Rc::downgrade(&self.0);
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let Some(shared) = shared.upgrade() else { return };
            // The worker is gone (a crash, or its files failed to load): start afresh next time.
            let lost = {
                let mut shared = shared.borrow_mut();
                shared.running = None;
                shared.in_flight.take().is_some()
            };
            if lost {
                deliver(Outcome::Failed("the background review stopped unexpectedly".into()));
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let init = js_sys::Object::new();
        let set = |key: &str, value: &str| js_sys::Reflect::set(&init, &key.into(), &value.into()).is_ok();
        if !(set("type", "init") && set("glue", &absolute(&glue)?) && set("wasm", &absolute(&wasm)?)) || worker.post_message(&init).is_err() {
            worker.terminate();
            return None;
        }
        Some(Running { worker, _on_message: on_message, _on_error: on_error })
    }
}
