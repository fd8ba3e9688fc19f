/// The HTML report's inline style sheet and script. Nothing is loaded from anywhere else: the page's
/// Content-Security-Policy forbids it.
enum HTMLAssets {
    /// The policy: no network, no external file; inline style and script only.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static let style = """
        :root { --fg: #1d232b; --muted: #5d6875; --line: #d9dee4; --bg: #ffffff; --band: #f4f6f8;
          --critical: #7f1d1d; --high: #c2410c; --medium: #b7791f; --low: #5d6875; --bar: #2f6fab; --ok: #2f7d4f; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color: var(--fg); background: var(--bg); }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 64px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 15px; margin: 0; }
        code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; }
        .muted { color: var(--muted); font-weight: normal; }
        .notice { margin: 8px 0 0; padding: 8px 12px; background: var(--band); border-left: 3px solid var(--muted); }
        .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin: 0; }
        .stat { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 6px; background: var(--band); }
        .stat dd { margin: 0; font-size: 24px; font-weight: 600; }
        .stat dt { color: var(--muted); }
        .stat.bad dd { color: var(--high); }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
        .chart-box { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
        .chart-box figcaption { font-weight: 600; margin-bottom: 6px; }
        .scroll { overflow-x: auto; }
        svg.chart { max-width: 100%; height: auto; font-size: 12px; }
        svg.chart text { fill: var(--fg); }
        svg.chart .label { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11.5px; }
        svg.chart .value { fill: var(--muted); }
        .bar-default { fill: var(--bar); } .bar-critical { fill: var(--critical); } .bar-high { fill: var(--high); }
        .bar-medium { fill: var(--medium); } .bar-low { fill: var(--low); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--band); position: sticky; top: 0; }
        #case-table th { cursor: pointer; user-select: none; white-space: nowrap; }
        #case-table th::after { content: " \\2195"; color: var(--muted); }
        #case-table th[aria-sort="ascending"]::after { content: " \\2191"; color: var(--fg); }
        #case-table th[aria-sort="descending"]::after { content: " \\2193"; color: var(--fg); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.mono { white-space: nowrap; }
        .table-box { max-height: 640px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
        .badge { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; font-weight: 600; }
        .sev-critical { background: var(--critical); } .sev-high { background: var(--high); }
        .sev-medium { background: var(--medium); } .sev-low { background: var(--low); }
        .kind-review, .kind-unproven { background: var(--muted); }
        .clean { color: var(--ok); }
        details.case { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
        details.case > summary { cursor: pointer; padding: 8px 12px; background: var(--band); }
        details.case[open] > summary { border-bottom: 1px solid var(--line); }
        .finding { padding: 10px 14px; border-bottom: 1px dashed var(--line); }
        .finding:last-child { border-bottom: 0; }
        .finding p { margin: 4px 0; }
        .finding .citation { color: var(--muted); }
        .finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
        .finding dt { color: var(--muted); } .finding dd { margin: 0; }
        table.trace { width: auto; margin: 4px 0; } table.trace td { padding: 2px 8px; border: 0; }
        .fix { background: var(--band); padding: 6px 10px; border-radius: 4px; }
        footer { margin-top: 48px; color: var(--muted); font-size: 12px; }
        @media print { .table-box { max-height: none; overflow: visible; } details.case { break-inside: avoid; } }
        """

    static let script = """
        (function () {
          "use strict";
          var table = document.getElementById("case-table");
          if (table && table.tHead && table.tBodies.length) {
            var heads = table.tHead.rows[0].cells;
            var key = function (row, i) {
              var cell = row.cells[i];
              var text = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
              var n = Number(text);
              return text !== "" && !isNaN(n) ? n : text.toLowerCase();
            };
            var sortBy = function (i) {
              var head = heads[i];
              var ascending = head.getAttribute("aria-sort") !== "ascending";
              for (var h = 0; h < heads.length; h++) heads[h].removeAttribute("aria-sort");
              head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = key(a, i), y = key(b, i);
                if (x < y) return ascending ? -1 : 1;
                if (x > y) return ascending ? 1 : -1;
                return 0;
              });
              var fragment = document.createDocumentFragment();
              rows.forEach(function (row) { fragment.appendChild(row); });
              body.appendChild(fragment);
            };
            Array.prototype.forEach.call(heads, function (head, i) {
              head.tabIndex = 0;
              head.title = "Sort by this column";
              head.addEventListener("click", function () { sortBy(i); });
              head.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(i); }
              });
            });
            table.setAttribute("data-sortable", "ready");
          }
          var openTarget = function () {
            var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
            if (target && target.tagName === "DETAILS") target.open = true;
          };
          window.addEventListener("hashchange", openTarget);
          openTarget();
        })();
        """
}
