/* cluster-extract review: the only script of the report. No network, no eval, no
   innerHTML: fields are cloned from the page's own (escaped) markup. */
(function () {
  "use strict";

  var tip = null;
  var tipFor = null;
  var tipMark = null;

  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, "\\$&"); }
  function marksOf(key) { return $all('mark.hl[data-key="' + cssEscape(key) + '"]'); }

  /* --- fields on hover and on keyboard focus ------------------------------------- */
  function showTip(mark) {
    var key = mark.getAttribute("data-key");
    var fields = document.getElementById("f-" + key);
    if (!tip || !fields) { return; }
    if (tipFor !== key) {
      hideTip();
      tip.replaceChildren.apply(tip, $all(":scope > *", fields.cloneNode(true)));
      tip.className = "tip k-" + (mark.closest('mark.hl[data-part="record"]') || mark).getAttribute("data-kind");
      tipFor = key;
      marksOf(key).forEach(function (m) { m.classList.add("active"); });
    }
    tip.hidden = false;
    tipMark = mark;
    var r = mark.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(6, Math.min(r.left, window.innerWidth - w - 6));
    var top = r.bottom + 8;
    if (top + h > window.innerHeight - 6 && r.top - h - 8 > 6) { top = r.top - h - 8; }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function hideTip() {
    if (!tip) { return; }
    if (tipFor) { marksOf(tipFor).forEach(function (m) { m.classList.remove("active"); }); }
    tip.hidden = true;
    tipFor = null;
    tipMark = null;
  }

  function markOf(node) {
    return node && node.closest ? node.closest("mark.hl[data-key]") : null;
  }

  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m) { showTip(m); } else if (tipFor && !(document.activeElement && markOf(document.activeElement))) { hideTip(); }
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) { showTip(m); select(m); } else { hideTip(); }
  });
  document.addEventListener("focusout", function (e) {
    if (markOf(e.target) && !markOf(e.relatedTarget)) { hideTip(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hideTip(); }
    if ((e.key === "Enter" || e.key === " ") && markOf(e.target) && e.target.hasAttribute("tabindex")) {
      e.preventDefault();
      select(e.target, true);
    }
  });
  window.addEventListener("scroll", function () { if (tipMark) { showTip(tipMark); } }, true);
  window.addEventListener("resize", function () { if (tipMark) { showTip(tipMark); } });

  /* --- linked records on the translation page ------------------------------------ */
  function select(mark, scroll) {
    var link = mark.getAttribute("data-link");
    $all("mark.hl.linked").forEach(function (m) { m.classList.remove("linked"); });
    $all("tr.selected").forEach(function (t) { t.classList.remove("selected"); });
    if (!link) { return; }
    var own = mark.closest(".colscroll");
    var linked = $all('mark.hl[data-part="record"][data-link="' + cssEscape(link) + '"]');
    linked.forEach(function (m) { m.classList.add("linked"); });
    $all('tr[data-link="' + cssEscape(link) + '"]').forEach(function (t) { t.classList.add("selected"); });
    var counterparts = [];
    $all(".colscroll").forEach(function (col) {
      if (col === own) { return; }
      var first = linked.filter(function (m) { return col.contains(m); })[0];
      counterparts.push(col.getAttribute("data-source") + ": " + (first ? "\u201c" + spanText(first) + "\u201d" : "missing"));
      if (first && col.scrollHeight > col.clientHeight + 2) {
        var cr = col.getBoundingClientRect(), mr = first.getBoundingClientRect();
        col.scrollTop += (mr.top - cr.top) - col.clientHeight / 3;
      }
    });
    var status = document.getElementById("selection");
    if (status) {
      status.textContent = "Selected " + mark.getAttribute("data-kind") + " \u201c" + spanText(mark) + "\u201d \u2014 " +
        (counterparts.join("; ") || "no other version");
    }
  }

  function spanText(mark) {
    return marksOf(mark.getAttribute("data-key")).filter(function (m) { return m.getAttribute("data-part") === "record"; })
      .map(function (m) { return m.textContent; }).join("");
  }

  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) {
      var own = m.closest('mark.hl[data-part="record"]') || m;
      var first = document.getElementById("r-" + own.getAttribute("data-key"));
      if (first) { first.focus({ preventScroll: true }); select(first); }
      return;
    }
    var a = e.target.closest ? e.target.closest("a.jump") : null;
    if (a) {
      var target = document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
      if (target) {
        setTimeout(function () {
          target.focus({ preventScroll: true });
          target.classList.remove("flash"); void target.offsetWidth; target.classList.add("flash");
        }, 0);
      }
    }
  });

  /* --- legend: show or hide a kind of highlight ---------------------------------- */
  function initLegend() {
    $all("input[data-toggle-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        document.body.classList.toggle("hide-" + box.getAttribute("data-toggle-kind"), !box.checked);
      });
    });
  }

  /* --- the index: sort and filter ------------------------------------------------- */
  function initTable(table) {
    var tbody = table.tBodies[0];
    var heads = $all("thead th", table);
    heads.forEach(function (th, col) {
      var button = th.querySelector("button[data-sort]");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var numeric = button.getAttribute("data-sort") === "num";
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-value") || "", y = b.cells[col].getAttribute("data-value") || "";
          var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          if (c === 0) { c = a.cells[0].getAttribute("data-value").localeCompare(b.cells[0].getAttribute("data-value")); }
          return asc ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  }

  function initFilters() {
    var table = document.getElementById("docs");
    if (!table) { return; }
    var lang = document.getElementById("f-lang"), type = document.getElementById("f-type"), text = document.getElementById("f-text");
    var count = document.getElementById("f-count");
    function apply() {
      var rows = Array.prototype.slice.call(table.tBodies[0].rows), shown = 0, totals = {};
      rows.forEach(function (r) {
        var ok = (!lang.value || r.getAttribute("data-lang") === lang.value) &&
          (!type.value || parseInt(r.getAttribute("data-" + type.value.replace(/_/g, "-")) || "0", 10) > 0) &&
          (!text.value || r.getAttribute("data-file").indexOf(text.value.toLowerCase()) >= 0);
        r.hidden = !ok;
        if (!ok) { return; }
        shown += 1;
        $all("td[data-sum]", r).forEach(function (td) {
          var k = td.getAttribute("data-sum");
          totals[k] = (totals[k] || 0) + (parseInt(td.getAttribute("data-value"), 10) || 0);
        });
      });
      $all("tfoot td[data-total]", table).forEach(function (td) { td.textContent = String(totals[td.getAttribute("data-total")] || 0); });
      if (count) { count.textContent = shown + " of " + rows.length + " shown"; }
    }
    [lang, type, text].forEach(function (el) { if (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); } });
    apply();
  }

  function init() {
    tip = document.getElementById("tip");
    initLegend();
    $all("table.sortable").forEach(initTable);
    initFilters();
    if (location.hash.indexOf("#r-") === 0) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) { target.classList.add("flash"); }
    }
    document.documentElement.classList.add("js");
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
