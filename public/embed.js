/*
 * Database review playground embed script.
 *
 *   <div data-sqlreview data-dialect="postgres" data-readonly data-theme="dark">
 *     SELECT * FROM orders;
 *   </div>
 *   <script src="https://your-host/embed.js" defer></script>
 *
 * Each such element becomes an iframe running the playground in embed mode;
 * existing <iframe data-sqlreview-frame> elements just get auto-resizing.
 * Messages are accepted only from the iframes this script created, and only
 * in the expected shape.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = new URL(".", script ? script.src : location.href);

  function isResize(data) {
    return data && typeof data === "object" && data.type === "sqlreview:resize" &&
      typeof data.height === "number" && isFinite(data.height) && data.height > 0 && data.height < 20000;
  }

  function watch(frame, onReady) {
    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow) return;
      // A sandboxed frame without allow-same-origin reports the origin "null".
      if (event.origin !== base.origin && event.origin !== "null") return;
      var data = event.data;
      if (isResize(data)) {
        frame.style.height = Math.ceil(data.height) + "px";
      } else if (data && data.type === "sqlreview:ready" && onReady) {
        onReady();
      }
    });
  }

  function embed(el) {
    var sql = el.textContent.replace(/^\n+|\s+$/g, "");
    var params = new URLSearchParams();
    params.set("embed", "");
    if (el.hasAttribute("data-readonly")) params.set("readonly", "");
    if (el.dataset.theme === "dark" || el.dataset.theme === "light") params.set("theme", el.dataset.theme);
    if (el.dataset.panes) params.set("panes", el.dataset.panes);
    var frame = document.createElement("iframe");
    frame.src = new URL("index.html?" + params.toString().replace(/=(?=&|$)/g, ""), base).href;
    frame.title = el.getAttribute("aria-label") || "SQL review";
    frame.setAttribute("sandbox", "allow-scripts allow-popups");
    frame.setAttribute("loading", "lazy");
    frame.style.cssText = "width:100%;border:1px solid #d7dce4;border-radius:8px;height:420px";
    var dialect = el.dataset.dialect || "postgres";
    watch(frame, function () {
      frame.contentWindow.postMessage({ type: "sqlreview:set", queries: sql, schema: el.dataset.schema || "", dialect: dialect }, "*");
    });
    el.replaceWith(frame);
  }

  function init() {
    document.querySelectorAll("div[data-sqlreview]").forEach(embed);
    document.querySelectorAll("iframe[data-sqlreview-frame]").forEach(function (f) { watch(f); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
