// The playground's background reviewer. It loads the page's own wasm module
// (the page tells it where: Trunk hashes the file names) and answers each
// review request with the serialized review, in parts the page reads one by one.
// The module's start function sees no window here and mounts no UI.
let bindings = null;

self.onmessage = async ({ data }) => {
  if (data?.type === 'init') {
    bindings = import(data.glue).then(async (module) => {
      await module.default({ module_or_path: data.wasm });
      return module;
    });
    return;
  }
  if (data?.type !== 'review' || !bindings) return;
  try {
    const engine = await bindings;
    const parts = engine.review_parts(String(data.schema), String(data.queries), String(data.dialect), Boolean(data.lesson), String(data.sizes ?? ""));
    // The parts are byte arrays: hand them over instead of copying them.
    self.postMessage({ id: data.id, parts }, parts.map((part) => part.buffer));
  } catch (error) {
    self.postMessage({ id: data.id, error: `the background review failed: ${error}` });
  }
};
