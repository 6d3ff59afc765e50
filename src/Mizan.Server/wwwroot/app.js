// Mizan's analyst page: filters, a map of events (circles sized by fatalities), a timeline, a
// list, and an event view that shows the Arabic article with the evidence of each field.
//
// Article text, titles, names and quotes are untrusted: they only ever reach the page as text
// (textContent, createElement, setAttribute of plain attributes); nothing is parsed as HTML.
// Links to an article's address are made only for http(s) addresses.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PAGE_SIZE = 50;
const FILTERS = ["q", "country", "type", "status", "from", "to", "actor", "place"];
const WORLD = { x: 0, y: 0, w: 360, h: 180 };
const START_VIEW = { x: 160, y: 40, w: 110, h: 70 }; // Middle East, North and West Africa

const state = {
  filters: {},
  offset: 0,
  inView: false,
  view: { ...START_VIEW },
  summary: null,
  places: [],
  placeNames: new Map(),
  loadToken: 0,
};

// ---- small helpers ------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

/** An element with a class and text; never parses markup. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch { /* not a problem document */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

function number(n) {
  return typeof n === "number" ? n.toLocaleString("en") : "";
}

function range(counts) {
  if (!counts) return "";
  const parts = [];
  for (const [side, r] of Object.entries(counts)) {
    const value = r.high === null ? `≥ ${r.low}` : r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`;
    parts.push(side === "total" ? value : `${value} (${side.replace("actor", "actor ")})`);
  }
  return parts.join(", ");
}

function words(snake) {
  return String(snake || "").replaceAll("_", " ");
}

/** The query string of the current filters (and the map's view when asked). */
function query(extra) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.inView) params.set("bbox", viewBox());
  for (const [name, value] of Object.entries(extra || {})) params.set(name, String(value));
  return params.toString();
}

// ---- map projection: plate carrée, x = lon + 180, y = 90 - lat -----------------------------

const project = (lon, lat) => [lon + 180, 90 - lat];

function viewBox() {
  const v = state.view;
  const west = Math.max(-180, v.x - 180);
  const east = Math.min(180, v.x + v.w - 180);
  const north = Math.min(90, 90 - v.y);
  const south = Math.max(-90, 90 - (v.y + v.h));
  return [west, south, east, north].map((d) => d.toFixed(3)).join(",");
}

function applyView() {
  const v = state.view;
  $("map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  sizeMarkers();
}

/** Degrees per screen pixel at the current zoom. */
function unitsPerPixel() {
  const box = $("map").getBoundingClientRect();
  if (!box.width || !box.height) return state.view.w / 800;
  return Math.max(state.view.w / box.width, state.view.h / box.height);
}

function sizeMarkers() {
  const k = unitsPerPixel();
  for (const circle of document.querySelectorAll("#map .marker")) {
    const fatalities = Number(circle.dataset.fatalities);
    const radius = Math.min(28, 3 + 2.2 * Math.sqrt(fatalities));
    circle.setAttribute("r", String(radius * k));
  }
}

function zoom(factor, cx, cy) {
  const v = state.view;
  const w = Math.min(WORLD.w * 1.2, Math.max(0.5, v.w * factor));
  const h = w * (v.h / v.w);
  const px = cx === undefined ? v.x + v.w / 2 : cx;
  const py = cy === undefined ? v.y + v.h / 2 : cy;
  state.view = { x: px - (px - v.x) * (w / v.w), y: py - (py - v.y) * (h / v.h), w, h };
  applyView();
  viewChanged();
}

let viewTimer = 0;
function viewChanged() {
  if (!state.inView) return;
  clearTimeout(viewTimer);
  viewTimer = setTimeout(() => { state.offset = 0; loadData(); }, 400);
}

function screenToMap(event) {
  const map = $("map");
  const point = map.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  const matrix = map.getScreenCTM();
  if (!matrix) return [state.view.x, state.view.y];
  const p = point.matrixTransform(matrix.inverse());
  return [p.x, p.y];
}

function setUpMap() {
  const map = $("map");
  map.appendChild(svg("g", { id: "countries" }));
  map.appendChild(svg("g", { id: "markers" }));
  applyView();

  map.addEventListener("wheel", (event) => {
    event.preventDefault();
    const [x, y] = screenToMap(event);
    zoom(event.deltaY > 0 ? 1.25 : 0.8, x, y);
  }, { passive: false });

  let drag = null;
  map.addEventListener("pointerdown", (event) => {
    if (event.target.classList.contains("marker")) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...state.view }, k: unitsPerPixel() };
    map.setPointerCapture(event.pointerId);
    map.classList.add("dragging");
  });
  map.addEventListener("pointermove", (event) => {
    if (!drag) return;
    state.view = { ...drag.view, x: drag.view.x - (event.clientX - drag.x) * drag.k, y: drag.view.y - (event.clientY - drag.y) * drag.k };
    applyView();
  });
  const endDrag = () => {
    if (!drag) return;
    drag = null;
    map.classList.remove("dragging");
    viewChanged();
  };
  map.addEventListener("pointerup", endDrag);
  map.addEventListener("pointercancel", endDrag);
  $("zoom-in").addEventListener("click", () => zoom(0.7));
  $("zoom-out").addEventListener("click", () => zoom(1.4));
  $("zoom-reset").addEventListener("click", () => fitToPlaces());
  window.addEventListener("resize", sizeMarkers);
}

async function loadCountries() {
  const world = await getJson("/countries-110m.geojson");
  const group = $("countries");
  for (const feature of world.features) {
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    let d = "";
    for (const polygon of polygons) {
      for (const ring of polygon) {
        ring.forEach(([lon, lat], i) => {
          const [x, y] = project(lon, lat);
          d += `${i === 0 ? "M" : "L"}${x.toFixed(2)} ${y.toFixed(2)}`;
        });
        d += "Z";
      }
    }
    const path = svg("path", { d, class: "country" });
    const title = svg("title");
    title.textContent = feature.properties.name || "";
    path.appendChild(title);
    group.appendChild(path);
  }
}

function drawPlaces(result) {
  const places = result.places;
  state.places = places;
  const group = $("markers");
  clear(group);
  // Largest first, so that small circles stay clickable on top.
  const ordered = [...places].sort((a, b) => b.fatalities - a.fatalities || b.events - a.events);
  for (const place of ordered) {
    const [x, y] = project(place.lon, place.lat);
    const circle = svg("circle", { cx: x.toFixed(3), cy: y.toFixed(3), r: 0, class: place.fatalities > 0 ? "marker" : "marker quiet" });
    circle.dataset.fatalities = String(place.fatalities);
    circle.dataset.place = place.id;
    if (state.filters.place === place.id) circle.classList.add("selected");
    const title = svg("title");
    const where = place.country_name ? `${place.name}, ${place.country_name}` : place.name;
    title.textContent = `${where}: ${number(place.events)} events, ${number(place.fatalities)} killed (best estimates)`;
    circle.appendChild(title);
    circle.addEventListener("click", () => choosePlace(place.id, where));
    group.appendChild(circle);
    state.placeNames.set(place.id, where);
  }
  sizeMarkers();
  const note = [`${number(places.length)} places`];
  if (result.background) note.push(`${number(result.background)} background events not counted`);
  $("map-note").textContent = note.join("; ");
}

function fitToPlaces() {
  if (state.places.length === 0) {
    state.view = { ...START_VIEW };
  } else {
    const xs = state.places.map((p) => p.lon + 180);
    const ys = state.places.map((p) => 90 - p.lat);
    const pad = 4;
    let x = Math.min(...xs) - pad;
    let y = Math.min(...ys) - pad;
    let w = Math.max(...xs) + pad - x;
    let h = Math.max(...ys) + pad - y;
    // Keep the panel's shape (about 2:1).
    const aspect = 2;
    if (w / h < aspect) { const nw = h * aspect; x -= (nw - w) / 2; w = nw; } else { const nh = w / aspect; y -= (nh - h) / 2; h = nh; }
    state.view = { x, y, w, h };
  }
  applyView();
  viewChanged();
}

function choosePlace(id, name) {
  state.filters.place = id;
  state.offset = 0;
  showPlaceChip(name);
  loadData();
}

function showPlaceChip(name) {
  const chip = $("place-chip");
  if (state.filters.place) {
    $("place-name").textContent = name || state.placeNames.get(state.filters.place) || state.filters.place;
    chip.hidden = false;
  } else {
    chip.hidden = true;
  }
}

// ---- timeline -------------------------------------------------------------------------------

function binOf(day, unit) {
  if (unit === "day") return day;
  if (unit === "month") return day.slice(0, 7) + "-01";
  const date = new Date(day + "T00:00:00Z");
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86400000);
  return monday.toISOString().slice(0, 10);
}

function binEnd(start, unit) {
  const date = new Date(start + "T00:00:00Z");
  if (unit === "day") return start;
  if (unit === "week") return new Date(date.getTime() + 6 * 86400000).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return end.toISOString().slice(0, 10);
}

function drawTimeline(timeline) {
  const chart = $("timeline");
  clear(chart);
  // Days after the newest article are announcements ("by 2030"), not events: left out of the axis.
  const last = state.summary && state.summary.published ? state.summary.published.last : null;
  const days = timeline.days.filter((d) => !last || d.day <= last);
  const later = timeline.days.length - days.length;
  const note = [];
  if (timeline.undated) note.push(`${number(timeline.undated)} undated`);
  if (timeline.background) note.push(`${number(timeline.background)} background not counted`);
  if (later) note.push(`${number(later)} days after the newest article left out`);
  $("timeline-note").textContent = note.join("; ");
  if (days.length === 0) return;

  const spanDays = (Date.parse(days[days.length - 1].day) - Date.parse(days[0].day)) / 86400000;
  const unit = spanDays > 500 ? "month" : spanDays > 90 ? "week" : "day";
  const bins = new Map();
  for (const d of days) {
    const key = binOf(d.day, unit);
    const bin = bins.get(key) || { start: key, events: 0, fatalities: 0 };
    bin.events += d.events;
    bin.fatalities += d.fatalities;
    bins.set(key, bin);
  }
  const list = [...bins.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
  const width = 1000;
  const height = 120;
  const base = height - 16;
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const max = Math.max(...list.map((b) => b.events));
  const first = Date.parse(list[0].start);
  const lastStart = Date.parse(list[list.length - 1].start);
  const step = unit === "month" ? 30.44 : unit === "week" ? 7 : 1;
  const slots = Math.max(1, Math.round((lastStart - first) / 86400000 / step) + 1);
  const slot = width / slots;
  chart.appendChild(svg("line", { x1: 0, y1: base, x2: width, y2: base, class: "base" }));
  for (const bin of list) {
    const index = Math.round((Date.parse(bin.start) - first) / 86400000 / step);
    const h = Math.max(1, (bin.events / max) * (base - 6));
    const group = svg("g", { class: "bin" });
    group.appendChild(svg("rect", { x: index * slot + slot * 0.1, y: base - h, width: Math.max(0.8, slot * 0.8), height: h, class: bin.fatalities > 0 ? "bar deadly" : "bar" }));
    // A transparent full-height target makes thin bars easy to click.
    group.appendChild(svg("rect", { x: index * slot, y: 0, width: Math.max(slot, 2), height: base, fill: "transparent" }));
    const title = svg("title");
    const end = binEnd(bin.start, unit);
    title.textContent = `${bin.start}${end !== bin.start ? " – " + end : ""}: ${number(bin.events)} events, ${number(bin.fatalities)} killed`;
    group.appendChild(title);
    group.addEventListener("click", () => {
      state.filters.from = bin.start;
      state.filters.to = end;
      state.offset = 0;
      writeFiltersToForm();
      loadData();
    });
    chart.appendChild(group);
  }
  // Labels evenly spaced along the time axis (not along the bins, which may bunch up).
  const labels = Math.min(6, slots);
  for (let i = 0; i < labels; i++) {
    const index = labels === 1 ? 0 : Math.round((i * (slots - 1)) / (labels - 1));
    const day = new Date(first + index * step * 86400000).toISOString().slice(0, 10);
    const label = svg("text", { x: Math.min(width - 60, index * slot), y: height - 3, class: "axis" });
    label.textContent = unit === "month" ? day.slice(0, 7) : day;
    chart.appendChild(label);
  }
}

// ---- event list -----------------------------------------------------------------------------

function drawEvents(page) {
  const list = $("events");
  clear(list);
  // Background events (told as past context) are listed, marked, but not counted as events.
  const counted = page.total - (page.background || 0);
  $("list-count").textContent = page.background
    ? `${number(counted)} events, and ${number(page.background)} background (context, not counted)`
    : `${number(counted)} events`;
  for (const e of page.events) {
    const item = el("li", e.background ? "event-item background" : "event-item");
    item.tabIndex = 0;
    item.dataset.id = e.id;
    const line1 = el("div", "line1");
    line1.appendChild(el("span", "day", e.day || "undated"));
    line1.appendChild(el("span", "type", e.type));
    line1.appendChild(el("span", "badge", words(e.status)));
    const where = e.place ? (e.place.country_name && e.place.country_name !== e.place.name ? `${e.place.name}, ${e.place.country_name}` : e.place.name) : "no place";
    line1.appendChild(el("span", "place", where));
    if (e.fatalities) {
      const f = e.fatalities;
      line1.appendChild(el("span", "badge killed", f.low === f.high ? `${f.best} killed` : `${f.low}–${f.high} killed (best ${f.best})`));
    }
    if (e.disputed) line1.appendChild(el("span", "badge disputed", "disputed"));
    if (e.background) line1.appendChild(el("span", "badge context", "background"));
    item.appendChild(line1);
    if (e.quote) {
      const quote = el("p", "quote", e.quote);
      quote.lang = "ar";
      quote.dir = "rtl";
      item.appendChild(quote);
    }
    const source = [e.article.source, e.article.published, e.article.title].filter(Boolean).join(" · ");
    const meta = el("div", "source", source);
    meta.dir = "auto";
    item.appendChild(meta);
    const open = () => openEvent(e.id);
    item.addEventListener("click", open);
    item.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    list.appendChild(item);
  }
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = Math.min(page.total, page.offset + page.events.length);
  $("page-note").textContent = `${number(from)}–${number(to)} of ${number(page.total)}`;
  $("prev-page").disabled = page.offset === 0;
  $("next-page").disabled = page.offset + page.limit >= page.total;
}

function updateExports() {
  const q = query();
  for (const format of ["acled", "ucdp", "geojson", "jsonl"]) {
    $(`export-${format}`).setAttribute("href", `/api/export/${format}${q ? "?" + q : ""}`);
  }
}

async function loadData() {
  const token = ++state.loadToken;
  writeFiltersToUrl();
  updateExports();
  showPlaceChip();
  try {
    const [page, timeline, places] = await Promise.all([
      getJson(`/api/events?${query({ offset: state.offset, limit: PAGE_SIZE })}`),
      getJson(`/api/timeline?${query()}`),
      getJson(`/api/places?${query()}`),
    ]);
    if (token !== state.loadToken) return;
    drawEvents(page);
    drawTimeline(timeline);
    drawPlaces(places);
    document.body.dataset.loaded = String(token);
  } catch (error) {
    if (token !== state.loadToken) return;
    $("list-count").textContent = `Could not load the events (${error.message})`;
  }
}

// ---- filters --------------------------------------------------------------------------------

function fillSelect(select, items, label) {
  for (const item of items) {
    const option = el("option", null, label(item));
    option.value = item.value;
    select.appendChild(option);
  }
}

function readFiltersFromForm() {
  const form = $("filters");
  for (const name of FILTERS) {
    if (name === "place") continue;
    const value = form.elements[name].value.trim();
    state.filters[name] = value || undefined;
  }
  state.inView = form.elements.inview.checked;
}

function writeFiltersToForm() {
  const form = $("filters");
  for (const name of FILTERS) {
    if (name === "place") continue;
    form.elements[name].value = state.filters[name] || "";
  }
  form.elements.inview.checked = state.inView;
}

function writeFiltersToUrl() {
  const q = query();
  const hash = window.location.hash;
  history.replaceState(null, "", `${window.location.pathname}${q ? "?" + q : ""}${hash}`);
}

function readFiltersFromUrl() {
  const params = new URLSearchParams(window.location.search);
  for (const name of FILTERS) state.filters[name] = params.get(name) || undefined;
  const bbox = params.get("bbox");
  if (bbox) {
    const [west, south, east, north] = bbox.split(",").map(Number);
    if ([west, south, east, north].every(Number.isFinite) && east > west && north > south) {
      state.inView = true;
      state.view = { x: west + 180, y: 90 - north, w: east - west, h: north - south };
    }
  }
}

function setUpFilters() {
  const form = $("filters");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const country = state.filters.country;
    readFiltersFromForm();
    state.offset = 0;
    await loadData();
    if (state.filters.country !== country && !state.inView) fitToPlaces();
  });
  for (const name of ["country", "type", "status", "inview"]) {
    form.elements[name].addEventListener("change", () => form.requestSubmit());
  }
  $("clear-filters").addEventListener("click", () => {
    state.filters = {};
    state.inView = false;
    state.offset = 0;
    writeFiltersToForm();
    loadData();
  });
  $("place-clear").addEventListener("click", () => {
    state.filters.place = undefined;
    state.offset = 0;
    loadData();
  });
  $("prev-page").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadData(); });
  $("next-page").addEventListener("click", () => { state.offset += PAGE_SIZE; loadData(); });
}

// ---- event view -----------------------------------------------------------------------------

/** Marks the spans in the article text; each mark carries the keys of the fields it shows. */
function drawArticle(container, text, spans) {
  clear(container);
  const cuts = new Set([0, text.length]);
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const piece = text.slice(start, end);
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    if (covering.length === 0) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = el("mark", null, piece);
    // The innermost (shortest) span decides the colour; every key is kept for focusing.
    const inner = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    mark.className = inner.className;
    mark.dataset.keys = covering.map((s) => s.key).join(" ");
    mark.title = [...new Set(covering.map((s) => s.label))].join("; ");
    container.appendChild(mark);
  }
}

function focusSpan(key) {
  let first = null;
  for (const mark of document.querySelectorAll("#article-text mark")) {
    const on = (mark.dataset.keys || "").split(" ").includes(key);
    mark.classList.toggle("focus", on);
    if (on && !first) first = mark;
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function fieldRow(body, name, value, span, spans, className) {
  const row = el("tr");
  row.appendChild(el("th", null, name));
  const cell = el("td", null, value);
  cell.dir = "auto";
  row.appendChild(cell);
  if (span && Number.isInteger(span.start)) {
    const key = `f${spans.length}`;
    spans.push({ start: span.start, end: span.end, key, className, label: name });
    row.dataset.span = key;
    row.addEventListener("click", () => {
      for (const r of body.querySelectorAll("tr.active")) r.classList.remove("active");
      row.classList.add("active");
      focusSpan(key);
    });
  }
  body.appendChild(row);
}

function claimRow(body, claim, origin, spans, rowClass, evidenceClass) {
  const row = el("tr", rowClass);
  row.appendChild(el("td", null, claim.source.name));
  row.appendChild(el("td", null, words(claim.source.kind)));
  row.appendChild(el("td", null, range(claim.killed)));
  row.appendChild(el("td", null, range(claim.injured)));
  row.appendChild(el("td", claim.denial ? "denial-yes" : null, claim.denial ? "yes" : "no"));
  const from = el("td", "ar");
  from.appendChild(el("div", null, origin));
  const quoted = claim.quote || (claim.evidence ? claim.evidence.text : null);
  if (quoted) {
    // Long quotes are cut here; the article shows them whole (click the row).
    const quote = el("div", null, quoted.length > 160 ? quoted.slice(0, 160).trimEnd() + "…" : quoted);
    quote.title = quoted;
    quote.lang = "ar";
    quote.dir = "rtl";
    from.appendChild(quote);
  }
  row.appendChild(from);
  if (claim.evidence && spans) {
    const key = `c${spans.length}`;
    spans.push({ start: claim.evidence.start, end: claim.evidence.end, key, className: evidenceClass, label: `claim: ${claim.source.name}` });
    if (claim.source.span) {
      spans.push({ start: claim.source.span.start, end: claim.source.span.end, key, className: "f-source", label: `source: ${claim.source.name}` });
    }
    row.dataset.span = key;
    row.addEventListener("click", () => focusSpan(key));
  }
  body.appendChild(row);
}

function safeLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

async function openEvent(id) {
  const view = $("event-view");
  let data;
  try {
    data = await getJson(`/api/events/${encodeURIComponent(id)}`);
  } catch (error) {
    $("event-title").textContent = `Could not load the event (${error.message})`;
    view.hidden = false;
    return;
  }
  if (window.location.hash !== `#event=${encodeURIComponent(id)}`) {
    history.pushState(null, "", `${window.location.pathname}${window.location.search}#event=${encodeURIComponent(id)}`);
  }
  const e = data.event;
  const spans = [];
  $("event-title").textContent = `${e.type} · ${words(e.status)}${e.location ? " · " + e.location.name : ""}${e.date && e.date.start ? " · " + e.date.start : ""}`;

  const fields = $("event-fields");
  clear(fields);
  fieldRow(fields, "Type", e.acled ? `${e.type} (ACLED: ${e.acled.event_type} / ${e.acled.sub_event_type})` : e.type, e.evidence[0], spans, "f-evidence");
  for (let i = 1; i < e.evidence.length; i++) fieldRow(fields, "Evidence", e.evidence[i].text, e.evidence[i], spans, "f-evidence");
  fieldRow(fields, "Status", words(e.status), null, spans);
  for (const actor of e.actors) {
    const who = `${actor.name} (${words(actor.kind)}${actor.country ? ", " + actor.country : ""})`;
    fieldRow(fields, actor.role === "actor1" ? "Actor 1" : actor.role === "actor2" ? "Actor 2" : words(actor.role), who, actor.span, spans, "f-actor");
  }
  if (e.location) {
    const l = e.location;
    const coordinates = l.lat !== null && l.lon !== null ? ` · ${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}` : "";
    fieldRow(fields, "Place", `${l.name}${l.admin1 ? ", " + l.admin1 : ""}${l.country ? ", " + l.country : ""} (${words(l.precision)})${coordinates}`, l.span, spans, "f-place");
  } else {
    fieldRow(fields, "Place", "not stated", null, spans);
  }
  if (e.date) {
    const d = e.date;
    const resolved = d.start ? (d.start === d.end ? d.start : `${d.start} – ${d.end}`) : "not resolved";
    fieldRow(fields, "Date", `${resolved}${d.precision ? " (" + d.precision + ")" : ""}`, d.span, spans, "f-date");
  } else {
    fieldRow(fields, "Date", "not stated", null, spans);
  }
  if (e.background) fieldRow(fields, "Background", "told as past context", null, spans);

  const estimate = $("estimate");
  clear(estimate);
  const f = data.incident && data.incident.fatalities ? data.incident.fatalities : e.fatalities;
  for (const value of f ? [f.low, f.best, f.high] : ["–", "–", "–"]) estimate.appendChild(el("td", null, value));

  const claims = $("claims").tBodies[0];
  clear(claims);
  for (const claim of e.claims) claimRow(claims, claim, "this event", spans, "own", "f-claim");
  for (const account of data.accounts) {
    spans.push(...account.evidence.map((v, i) => ({ start: v.start, end: v.end, key: `a${account.id}${i}`, className: "f-account", label: `another account: ${account.id}` })));
    for (const claim of account.claims) claimRow(claims, claim, `another account in this article (${account.id})`, spans, "account", "f-claim");
  }
  const incidentNote = $("incident-note");
  incidentNote.textContent = "";
  if (data.incident) {
    const i = data.incident;
    for (const claim of i.claims) {
      const origin = [claim.article.source, claim.article.published, claim.article.title].filter(Boolean).join(" · ");
      claimRow(claims, claim, `other article: ${origin}`, null, "other-article", null);
    }
    incidentNote.textContent = `Incident ${i.id}: ${i.reports} reports in ${i.articles} articles${i.disputed ? "; the sources disagree" : ""}. The estimate reconciles every claim (low: the smallest figure, a denial counts as 0; best: the median; high: the largest).`;
  } else {
    incidentNote.textContent = "Not yet linked to reports in other articles.";
  }
  if (claims.rows.length === 0) {
    const row = el("tr");
    const cell = el("td", null, "No claim about casualties.");
    cell.colSpan = 6;
    row.appendChild(cell);
    claims.appendChild(row);
  }

  const meta = $("article-meta");
  clear(meta);
  meta.appendChild(document.createTextNode(`Article ${data.article.id}${data.article.source ? " · " + data.article.source : ""}${data.article.published ? " · " + data.article.published : ""} `));
  const href = data.article.url ? safeLink(data.article.url) : null;
  if (href) {
    const link = el("a", null, "original");
    link.href = href;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    meta.appendChild(link);
  } else if (data.article.url) {
    meta.appendChild(el("span", null, `(address not linked: ${data.article.url})`));
  }
  if (data.fetch) {
    const published = data.fetch.published_at ? ` · published ${data.fetch.published_at.replace("T", " ")}` : "";
    const author = data.fetch.author ? ` · by ${data.fetch.author}` : "";
    meta.appendChild(el("span", "fetched", ` · fetched ${data.fetch.fetched_at.replace("T", " ")}${published}${author}`));
  }

  drawArticle($("article-text"), data.text, spans);
  view.hidden = false;
  view.dataset.event = e.id;
  $("event-close").focus();
}

function closeEvent() {
  $("event-view").hidden = true;
  if (window.location.hash.startsWith("#event=")) {
    history.pushState(null, "", `${window.location.pathname}${window.location.search}`);
  }
}

function openFromHash() {
  const match = window.location.hash.match(/^#event=(.+)$/);
  if (match) openEvent(decodeURIComponent(match[1]));
  else $("event-view").hidden = true;
}

// ---- live: what arrives in the store (mizan watch, ingest) shows without a reload -------------

// How often the store is asked whether it changed (a test may set window.mizanLiveMs).
const LIVE_MS = Number(window.mizanLiveMs) > 0 ? Number(window.mizanLiveMs) : 15000;

function showSummary(summary) {
  const c = summary.counts;
  $("store-summary").textContent = `${number(c.articles)} articles · ${number(c.events)} events · ${number(c.incidents)} incidents${summary.incidents_stale ? " · incidents are being rebuilt" : ""}`;
}

async function followStore() {
  try {
    const summary = await getJson("/api/summary");
    if (state.summary && summary.generation !== state.summary.generation) {
      const added = summary.counts.events - state.summary.counts.events;
      const at = new Date().toTimeString().slice(0, 5);
      state.summary = summary;
      showSummary(summary);
      if (added > 0) {
        const note = $("live-note");
        note.textContent = `${number(added)} new ${added === 1 ? "event" : "events"} at ${at}`;
        note.hidden = false;
      }
      await loadData();
    }
  } catch (error) {
    // The server may be restarting: ask again later.
  }
  window.setTimeout(followStore, LIVE_MS);
}

// ---- start ----------------------------------------------------------------------------------

async function start() {
  setUpMap();
  setUpFilters();
  $("event-close").addEventListener("click", closeEvent);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !$("event-view").hidden) closeEvent(); });
  window.addEventListener("popstate", openFromHash);
  readFiltersFromUrl();

  const [summary] = await Promise.all([getJson("/api/summary"), loadCountries().catch(() => { $("map-note").textContent = "country outlines unavailable"; })]);
  state.summary = summary;
  showSummary(summary);
  const form = $("filters");
  fillSelect(form.elements.country, summary.countries.map((x) => ({ value: x.code, name: x.name, events: x.events })), (x) => `${x.name} (${number(x.events)})`);
  fillSelect(form.elements.type, summary.types.map((x) => ({ value: x.type, events: x.events })), (x) => `${x.value} (${number(x.events)})`);
  fillSelect(form.elements.status, summary.statuses.map((x) => ({ value: x.status, events: x.events })), (x) => `${words(x.value)} (${number(x.events)})`);
  writeFiltersToForm();
  applyView();
  await loadData();
  if (!state.inView && !new URLSearchParams(window.location.search).has("bbox") && state.filters.country) fitToPlaces();
  openFromHash();
  document.body.dataset.ready = "true";
  window.setTimeout(followStore, LIVE_MS);
}

start();
