/* rasd serve: the dashboard (map, timeline, counts, latest events). Plain JS, no build step.
 * Data come from /api/events and /api/stats with the filters of the form; text from the store is only ever set
 * with textContent, never as HTML. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("config").textContent);
  var TYPE_AR = config.type_ar;
  var TYPES = Object.keys(TYPE_AR);
  var MAX_EVENTS = 5000;

  function slug(t) { return (t || "none").toLowerCase().replace(/\//g, "-").replace(/ /g, "-"); }
  function typeAr(t) { return TYPE_AR[t || "none"] || t; }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  // ---- map: the vendored country boundaries, tiles only when configured, clustered event markers ----
  var map = L.map("map", { center: [26, 40], zoom: 4, minZoom: 2, maxZoom: 14, worldCopyJump: true });
  map.attributionControl.setPrefix("Leaflet");
  if (config.tiles) {
    L.tileLayer(config.tiles, { maxZoom: 18, attribution: new URL(config.tiles.replace("{s}", "a")).host }).addTo(map);
  } else {
    fetch("/static/vendor/world-atlas/countries-50m.json")
      .then(function (r) { return r.json(); })
      .then(function (topo) {
        var countries = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(countries, {
          interactive: false,
          style: { color: "#8a8f94", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
        }).addTo(map).bringToBack();
        map.attributionControl.addAttribution("Natural Earth · world-atlas");
      });
  }
  var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);

  function popup(ev) {
    var box = el("div", { class: "popup" });
    box.appendChild(el("strong", {}, typeAr(ev.acled_event_type)));
    if (ev.acled_sub_event_type) box.appendChild(el("div", { dir: "ltr", class: "sub" }, ev.acled_sub_event_type));
    box.appendChild(el("div", {}, (ev.date || "بلا تاريخ") + " · " + (ev.place_ar || ev.place || "")));
    var actors = [ev.actor1, ev.actor2].filter(Boolean).join(" ← ");
    if (actors) box.appendChild(el("div", { dir: "ltr" }, actors));
    if (ev.fatalities !== null && ev.fatalities !== undefined) box.appendChild(el("div", {}, "القتلى: " + ev.fatalities));
    var link = el("a", { href: ev.url, class: "open-event" }, "فتح الحدث والمقال");
    box.appendChild(link);
    return box;
  }

  function drawMarkers(events) {
    cluster.clearLayers();
    var markers = [];
    events.forEach(function (ev) {
      if (ev.lat === null || ev.lon === null || ev.lat === undefined) return;
      var icon = L.divIcon({
        className: "ev-marker", iconSize: [14, 14],
        html: '<span class="ev-' + slug(ev.acled_event_type) + '"></span>',
      });
      var m = L.marker([ev.lat, ev.lon], { icon: icon, title: typeAr(ev.acled_event_type) + " " + (ev.date || "") });
      m.bindPopup(popup(ev));
      markers.push(m);
    });
    cluster.addLayers(markers);
    document.getElementById("map").setAttribute("data-markers", String(markers.length));
    if (markers.length) map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 7 });
    return markers.length;
  }

  // ---- timeline: events per day, stacked by ACLED type (LTR time axis) ----
  function drawTimeline(byDayType) {
    var box = document.getElementById("timeline");
    box.textContent = "";
    if (!byDayType.length) { box.appendChild(el("p", { class: "muted", dir: "rtl" }, "لا أحداث مؤرخة باليوم.")); return; }
    var DAY = 86400000;
    var days = {};
    byDayType.forEach(function (r) { (days[r.date] = days[r.date] || {})[r.type] = r.n; });
    var keys = Object.keys(days).sort();
    var t0 = Date.parse(keys[0]), t1 = Date.parse(keys[keys.length - 1]);
    var span = Math.max(1, Math.round((t1 - t0) / DAY) + 1);
    var W = 600, H = 170, L0 = 28, R0 = 8, T0 = 8, B0 = 22, pw = W - L0 - R0, ph = H - T0 - B0;
    var maxN = 1;
    keys.forEach(function (k) { var s = 0; for (var t in days[k]) s += days[k][t]; maxN = Math.max(maxN, s); });
    var bw = Math.max(1.5, pw / span - (span < 60 ? 1 : 0));
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "timeline" });
    root.appendChild(svg("line", { x1: L0, y1: T0 + ph, x2: W - R0, y2: T0 + ph, stroke: "#999" }));
    [0, maxN].forEach(function (v) {
      var lab = svg("text", { x: L0 - 4, y: T0 + ph - (v / maxN) * ph + 3, "text-anchor": "end" });
      lab.textContent = String(v);
      root.appendChild(lab);
    });
    keys.forEach(function (k) {
      var x = L0 + ((Date.parse(k) - t0) / DAY) * (pw / span), y = T0 + ph;
      TYPES.forEach(function (t) {
        var n = days[k][t];
        if (!n) return;
        var h = (n / maxN) * ph;
        y -= h;
        var rect = svg("rect", { x: x, y: y, width: bw, height: h, class: "bar ev-" + slug(t), "data-date": k, "data-type": t });
        rect.style.fill = getComputedStyle(document.querySelector(".legend .ev-" + slug(t)) || document.body).backgroundColor;
        var tip = svg("title", {});
        tip.textContent = k + " · " + typeAr(t) + ": " + n;
        rect.appendChild(tip);
        rect.addEventListener("click", function () { setDay(k); });
        root.appendChild(rect);
      });
    });
    var ticks = span > 1 ? Math.min(5, span) : 1;
    for (var i = 0; i < ticks; i++) {
      var t = ticks > 1 ? t0 + (i * (t1 - t0)) / (ticks - 1) : t0;
      var label = new Date(t).toISOString().slice(0, span > 180 ? 7 : 10);
      var tx = L0 + ((t - t0) / DAY) * (pw / span);
      var lab = svg("text", { x: tx, y: H - 6, "text-anchor": i === 0 ? "start" : i === ticks - 1 ? "end" : "middle" });
      lab.textContent = label;
      root.appendChild(lab);
    }
    box.appendChild(root);
  }

  function drawAdmin1(rows) {
    var list = document.getElementById("by-admin1");
    list.textContent = "";
    var max = rows.reduce(function (m, r) { return Math.max(m, r.n); }, 1);
    rows.slice(0, 12).forEach(function (r) {
      var li = el("li");
      li.appendChild(el("span", { class: "bar", style: "width:" + Math.max(4, (120 * r.n) / max) + "px" }));
      li.appendChild(el("span", { dir: "ltr" }, (r.admin1 || "—") + " (" + r.n + ")"));
      list.appendChild(li);
    });
  }

  function drawTable(events) {
    var body = document.querySelector("#events-table tbody");
    body.textContent = "";
    events.slice(0, 50).forEach(function (ev) {
      var tr = el("tr", { "data-type": ev.acled_event_type || "" });
      var td = el("td", { class: "num" });
      td.appendChild(el("a", { href: ev.url }, ev.date || "—"));
      tr.appendChild(td);
      td = el("td");
      td.appendChild(el("span", { class: "badge ev-" + slug(ev.acled_event_type) }, typeAr(ev.acled_event_type)));
      if (ev.acled_sub_event_type) td.appendChild(el("span", { class: "sub", dir: "ltr" }, " " + ev.acled_sub_event_type));
      tr.appendChild(td);
      tr.appendChild(el("td", {}, ev.place_ar || ev.place || "—"));
      tr.appendChild(el("td", { dir: "ltr" }, ev.admin1 || ""));
      tr.appendChild(el("td", { dir: "ltr" }, ev.actor1 || ""));
      tr.appendChild(el("td", { dir: "ltr" }, ev.actor2 || ""));
      tr.appendChild(el("td", { class: "num" }, ev.fatalities === null ? "" : ev.fatalities));
      td = el("td");
      td.appendChild(el("a", { href: "/articles/" + ev.article }, ev.article_title || ev.article.slice(0, 10)));
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  // ---- filters ----
  var form = document.getElementById("filters");
  function params() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim()) p.set(k, String(v).trim()); });
    return p;
  }
  function setDay(day) {
    document.getElementById("f-from").value = day;
    document.getElementById("f-to").value = day;
    load();
  }

  var seq = 0;
  function load() {
    var p = params();
    var mine = ++seq;
    history.replaceState(null, "", p.toString() ? "?" + p.toString() : location.pathname);
    var count = document.getElementById("events-count");
    count.textContent = "جارٍ التحميل…";
    count.removeAttribute("data-loaded");
    var ep = new URLSearchParams(p); ep.set("limit", String(MAX_EVENTS));
    Promise.all([
      fetch("/api/events?" + ep.toString()).then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); }),
      fetch("/api/stats?" + p.toString()).then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); }),
    ]).then(function (res) {
      if (mine !== seq) return;
      var evs = res[0], st = res[1];
      if (!evs[0] || !st[0]) {
        var err = (evs[0] ? st[1] : evs[1]).error || {};
        count.textContent = "خطأ: " + (err.message || "تعذّر التحميل");
        count.setAttribute("data-loaded", "error");
        return;
      }
      var events = evs[1].items;
      var shown = drawMarkers(events);
      drawTimeline(st[1].by_day_type);
      drawAdmin1(st[1].by_admin1);
      drawTable(events);
      var more = evs[1].total > events.length ? " (أول " + events.length + " على الخريطة)" : "";
      count.textContent = evs[1].total + " حدثاً، " + shown + " منها على الخريطة" + more + " · من " +
        st[1].totals.articles + " مقالاً";
      count.setAttribute("data-total", String(evs[1].total));
      count.setAttribute("data-loaded", "1");
    }).catch(function (e) {
      count.textContent = "خطأ: " + e;
      count.setAttribute("data-loaded", "error");
    });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); load(); });
  form.querySelectorAll("select").forEach(function (s) { s.addEventListener("change", load); });
  load();
})();
