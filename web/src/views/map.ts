import { geoBounds, geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth 1:110m country shapes (public domain), bundled: the map needs no tile
// server and works offline. This module is loaded only when the map is opened.
import world from "world-atlas/countries-110m.json";
import { api, APIError, type CountrySummary, type PlaceSummary, type Places } from "../api";
import { append, clear, fmt, h, link, showFirst, svg } from "../dom";
import { filterForm, query, readFilters } from "../filters";
import { ISO_NUMERIC } from "../isonumeric";
import { eventList } from "./eventlist";

const W = 960, H = 500;
const COOP: RGB = [0x21, 0x66, 0xac];
const CONFLICT: RGB = [0xc0, 0x39, 0x2b];
const MIXED: RGB = [0x8e, 0x6c, 0x8a];
// Country shading, from a country without events to the busiest one.
const LAND: RGB = [0xe9, 0xe8, 0xe2];
const SHADE_LOW: RGB = [0xf4, 0xd9, 0x9b];
const SHADE_HIGH: RGB = [0xcf, 0x8a, 0x1c];
const PANEL_EVENTS = 100;

type RGB = [number, number, number];
type Country = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as Country[];

// mapView plots the filtered events at their places, one circle per place (area by
// event count, colour by the share of cooperation and conflict), over countries shaded
// by their events. Hovering names a place or country and counts its events; clicking
// lists them, each linked to its sentence. Places and countries follow as tables, which
// keyboard and screen-reader users can act on and tests can read. The server
// aggregates the events (/api/places): the page never downloads raw events to draw.
export async function mapView(box: HTMLElement, url: URL): Promise<void> {
  const q = readFilters(url);
  const form = filterForm("/map", q, "Filter the map");
  let data: Places;
  try {
    data = await api.places(q);
  } catch (err) {
    if (!(err instanceof APIError) || err.status !== 400) throw err;
    append(box, h("h1", {}, "Map of events"), form, h("p", { class: "error", role: "alert" }, `The filter was refused: ${err.message}`));
    return;
  }
  const byNumeric = new Map<string, CountrySummary>();
  for (const c of data.countries) {
    const n = ISO_NUMERIC[c.country];
    if (n) byNumeric.set(n, c);
  }

  const panel = h("div", { class: "panel", "aria-live": "polite" },
    h("p", { class: "muted" }, data.places.length
      ? "Hover over a place or a country for its counts; click it, or pick a place from the table, to list its events."
      : "No event in this selection has a place with coordinates."));
  const tip = h("div", { class: "maptip", role: "tooltip", hidden: true });
  const frame = h("div", { class: "mapframe" });
  let selected: Element | null = null;
  const select = (el: Element | null) => {
    selected?.classList.remove("selected");
    selected = el;
    el?.classList.add("selected");
  };

  let generation = 0;
  const showPlace = async (p: PlaceSummary) => {
    const gen = ++generation;
    select(frame.querySelector(`circle[data-place="${CSS.escape(p.id)}"]`));
    clear(panel);
    panel.append(h("p", { class: "muted" }, "Loading…"));
    try {
      const at = await api.placeEvents(p.id, q, PANEL_EVENTS);
      if (gen !== generation) return;
      const c = data.countries.find((x) => x.country === p.country);
      clear(panel);
      panel.append(h("section", { class: "place", "data-place": p.id, "aria-label": `Events at ${p.name}` },
        h("h2", {}, p.name),
        h("p", { class: "muted" },
          [c?.name ?? p.country, `${fmt(p.lat, 2)}, ${fmt(p.lon, 2)}`].filter(Boolean).join(" · "),
          p.geonameid ? [" · ", h("a", { href: `https://www.geonames.org/${p.geonameid}` }, `GeoNames ${p.geonameid}`)] : null),
        h("p", {}, counts(p)),
        at.total > at.events.length ? h("p", { class: "muted" }, `The ${at.events.length} most recent of ${fmt(at.total)}.`) : null,
        eventList(at.events),
        p.country ? h("p", {}, link(`/events${query(q, { country: p.country })}`, `All events in ${c?.name ?? p.country} in the event table`)) : null));
    } catch (err) {
      if (gen !== generation) return;
      clear(panel);
      panel.append(h("p", { class: "error", role: "alert" }, String(err)));
    }
  };
  const showCountry = (c: CountrySummary, el: Element | null) => {
    ++generation;
    select(el);
    const here = data.places.filter((p) => p.country === c.country);
    clear(panel);
    panel.append(h("section", { class: "country", "aria-label": `Events in ${c.name ?? c.country}` },
      h("h2", {}, c.name ?? c.country),
      h("p", {}, counts(c)),
      h("p", {}, link(`/events${query(q, { country: c.country })}`, "These events in the event table")),
      here.length ? h("ul", {}, here.map((p) => h("li", {},
        h("button", { type: "button", class: "linkish", onclick: () => void showPlace(p) }, p.name), ` · ${counts(p)}`))) : null));
  };

  // Where the events cover too much of the world to zoom to, the world is all there is.
  const extent = data.places.length ? eventExtent(data, byNumeric) : null;
  let mode: "events" | "world" = extent ? "events" : "world";
  const toggle = h("button", { type: "button", class: "linkish", "data-testid": "map-extent" });
  const draw = () => {
    clear(frame);
    frame.append(drawMap(data, byNumeric, mode === "events" ? extent : null, tip, showPlace, showCountry), tip);
    toggle.textContent = mode === "events" ? "Show the whole world" : "Zoom to the events";
    toggle.hidden = extent === null;
    if (selected) {
      const id = selected.getAttribute("data-place");
      select(id ? frame.querySelector(`circle[data-place="${CSS.escape(id)}"]`) : null);
    }
  };
  toggle.addEventListener("click", () => {
    mode = mode === "events" ? "world" : "events";
    draw();
  });
  draw();

  append(box,
    h("h1", {}, "Map of events"),
    form,
    h("p", { class: "muted", "data-testid": "map-summary" },
      `${fmt(data.placed_events)} of ${fmt(data.events)} events at ${fmt(data.total_places)} places`,
      data.truncated ? `; the ${fmt(data.places.length)} busiest drawn` : "",
      " · ", link(`/events${query(q)}`, "these events in the table"),
      " · ", toggle),
    h("p", { class: "legend" },
      h("span", { class: "swatch coop" }), " cooperation (quad 1–2) ",
      h("span", { class: "swatch mixed" }), " mixed ",
      h("span", { class: "swatch conflict" }), " conflict (quad 3–4) · circle area: events at the place · ",
      h("span", { class: "swatch shade" }), " country shade: events in the country"),
    h("div", { class: "network" }, frame, panel),
    h("p", { class: "muted small" }, "Zoom with the mouse wheel (or + and − on the focused map, 0 to reset), drag to pan."),
    h("h2", {}, `Places (${data.places.length})`),
    placeTable(data.places, data.countries, (p) => {
      void showPlace(p);
      frame.scrollIntoView({ block: "nearest" });
    }),
    h("h2", {}, `Countries (${data.countries.length})`),
    countryTable(data.countries, q),
  );
}

function counts(x: { events: number; cooperation: number; conflict: number }): string {
  return `${fmt(x.events)} ${x.events === 1 ? "event" : "events"}: ${fmt(x.cooperation)} cooperation, ${fmt(x.conflict)} conflict`;
}

// At most this many places are named on the map; the rest by hover and the table.
const LABELLED = 25;
const PLACE_FONT = 15, COUNTRY_FONT = 13;

type Box = [number, number, number, number]; // x0, y0, x1, y1

function box(x: number, y: number, w: number, h: number): Box {
  return [x, y, x + w, y + h];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

// textWidth estimates a label's width: close enough to keep labels apart, and it needs
// no layout, so the map can be built before it is in the page.
function textWidth(text: string, size: number): number {
  return text.length * size * 0.62;
}

function drawMap(
  data: Places,
  byNumeric: Map<string, CountrySummary>,
  extent: MultiPoint | null,
  tip: HTMLElement,
  showPlace: (p: PlaceSummary) => void,
  showCountry: (c: CountrySummary, el: Element) => void,
): SVGElement {
  const projection = geoNaturalEarth1();
  fit(projection, extent);
  const path = geoPath(projection);
  const root = svg("svg", {
    viewBox: `0 0 ${W} ${H}`, class: "map", role: "img",
    "aria-label": `Map: ${data.places.length} places with events, ${data.countries.length} countries`,
  });
  root.append(
    svg("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }),
    svg("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }),
  );

  const tipAt = (ev: MouseEvent, text: string) => {
    const frame = (root.parentElement ?? root).getBoundingClientRect();
    tip.textContent = text;
    tip.hidden = false;
    // Right of and below the pointer, unless that would leave the frame.
    const x = ev.clientX - frame.left, y = ev.clientY - frame.top;
    tip.style.left = `${x + 12 + tip.offsetWidth > frame.width ? Math.max(0, x - 12 - tip.offsetWidth) : x + 12}px`;
    tip.style.top = `${y + 12 + tip.offsetHeight > frame.height ? Math.max(0, y - 12 - tip.offsetHeight) : y + 12}px`;
  };
  const hideTip = () => (tip.hidden = true);

  const maxCountry = Math.max(1, ...data.countries.map((c) => c.events));
  const land = svg("g", { class: "countries" });
  const names = svg("g", { class: "country-names", "aria-hidden": "true" });
  const candidates: { x: number; y: number; name: string }[] = [];
  for (const f of countries) {
    const c = f.id === undefined ? undefined : byNumeric.get(String(f.id));
    const d = path(f);
    if (!d) continue;
    const el = svg("path", { d, fill: c ? rgb(mix(SHADE_LOW, SHADE_HIGH, Math.log1p(c.events) / Math.log1p(maxCountry))) : rgb(LAND) });
    if (c) {
      const name = c.name ?? f.properties.name;
      el.setAttribute("class", "active");
      el.setAttribute("data-country", c.country);
      el.addEventListener("mousemove", (ev) => tipAt(ev as MouseEvent, `${name} — ${counts(c)}`));
      el.addEventListener("mouseleave", hideTip);
      el.addEventListener("click", () => showCountry(c, el));
      const [x, y] = path.centroid(f);
      if (path.area(f) > 1500 && Number.isFinite(x)) candidates.push({ x, y, name });
    }
    land.append(el);
  }
  root.append(land, names);

  // Biggest first, so that a small place near a big one stays on top and clickable.
  const countryNames = new Map(data.countries.map((c) => [c.country, c.name ?? c.country]));
  const maxPlace = Math.max(1, ...data.places.map((p) => p.events));
  const dots = svg("g", { class: "places" });
  const labels = svg("g", { class: "place-names", "aria-hidden": "true" });
  const sorted = [...data.places].sort((a, b) => b.events - a.events);
  const drawn: { x: number; y: number; r: number; name: string }[] = [];
  for (const p of sorted) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 3 + 15 * Math.sqrt(p.events / maxPlace);
    const label = `${p.name}${p.country && countryNames.get(p.country) !== p.name ? `, ${countryNames.get(p.country)}` : ""} — ${counts(p)}`;
    const dot = svg("circle", {
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), "data-r": r.toFixed(1),
      fill: rgb(shareColour(p.cooperation, p.conflict)),
      class: "place", "data-place": p.id, "data-name": p.name,
      tabindex: 0, role: "button", "aria-label": label,
    });
    dot.addEventListener("mousemove", (ev) => tipAt(ev as MouseEvent, label));
    dot.addEventListener("mouseleave", hideTip);
    dot.addEventListener("click", () => showPlace(p));
    dot.addEventListener("keydown", (ev) => {
      const k = (ev as KeyboardEvent).key;
      if (k === "Enter" || k === " ") {
        ev.preventDefault();
        showPlace(p);
      }
    });
    dots.append(dot);
    drawn.push({ x: xy[0], y: xy[1], r, name: p.name });
  }
  // Labels go where they cover no circle and no other label, the busiest places first.
  const taken: Box[] = drawn.map(({ x, y, r }) => box(x - r, y - r, 2 * r, 2 * r));
  for (const { x, y, r, name } of drawn.slice(0, LABELLED)) {
    // Right of the circle, or left of it where the right is taken or off the map.
    const w = textWidth(name, PLACE_FONT);
    const right = box(x + r + 3, y - 9, w, 13), left = box(x - r - 3 - w, y - 9, w, 13);
    const free = (b: Box) => b[0] >= 0 && b[2] <= W && !taken.some((t) => overlaps(t, b));
    const side = free(right) ? 1 : free(left) ? -1 : 0;
    if (!side) continue;
    taken.push(side > 0 ? right : left);
    labels.append(svg("text", {
      x: (x + side * (r + 3)).toFixed(1), y: (y + 4).toFixed(1), "text-anchor": side > 0 ? "start" : "end",
      "data-x": x.toFixed(1), "data-r": (side * r).toFixed(1), "data-side": side, "data-size": PLACE_FONT,
    }, name));
  }
  // Name a country where it is big enough to hold its name and the name would cover no
  // place or place name (at the first zoom).
  for (const c of candidates) {
    const w = textWidth(c.name.toUpperCase(), COUNTRY_FONT) * 1.15;
    const b = box(c.x - w / 2, c.y - 9, w, 11);
    if (taken.some((t) => overlaps(t, b))) continue;
    taken.push(b);
    names.append(svg("text", { x: c.x.toFixed(1), y: c.y.toFixed(1), "text-anchor": "middle", "data-size": COUNTRY_FONT }, c.name));
  }
  root.append(dots, labels);
  zoomable(root);
  return root;
}

// zoomable lets the analyst zoom (wheel, or the + and − keys when the map has focus)
// and pan (drag) by moving the SVG's viewBox; circles, labels and lines keep their size
// on screen. A drag does not count as a click on what it started on.
function zoomable(root: SVGElement): void {
  let [vx, vy, vw] = [0, 0, W];
  const apply = () => {
    vw = Math.min(W, Math.max(W / 32, vw));
    const vh = (vw * H) / W;
    vx = Math.min(W - vw, Math.max(0, vx));
    vy = Math.min(H - vh, Math.max(0, vy));
    root.setAttribute("viewBox", `${vx.toFixed(2)} ${vy.toFixed(2)} ${vw.toFixed(2)} ${vh.toFixed(2)}`);
    const k = vw / W; // user units per unit at full view
    root.style.setProperty("--k", String(k));
    for (const c of root.querySelectorAll<SVGCircleElement>("circle.place")) c.setAttribute("r", (Number(c.dataset.r) * k).toFixed(2));
    for (const t of root.querySelectorAll<SVGTextElement>("text")) {
      t.setAttribute("font-size", (Number(t.dataset.size) * k).toFixed(2));
      if (t.dataset.x) t.setAttribute("x", (Number(t.dataset.x) + (Number(t.dataset.r) + 3 * Number(t.dataset.side)) * k).toFixed(2));
    }
  };
  const toUser = (clientX: number, clientY: number): [number, number] => {
    const b = root.getBoundingClientRect();
    return [vx + ((clientX - b.left) / b.width) * vw, vy + ((clientY - b.top) / b.height) * ((vw * H) / W)];
  };
  const zoom = (factor: number, at: [number, number]) => {
    const next = Math.min(W, Math.max(W / 32, vw / factor));
    const f = next / vw;
    vx = at[0] - (at[0] - vx) * f;
    vy = at[1] - (at[1] - vy) * f;
    vw = next;
    apply();
  };
  root.addEventListener("wheel", (ev) => {
    const e = ev as WheelEvent;
    e.preventDefault();
    zoom(Math.exp(-e.deltaY * 0.002), toUser(e.clientX, e.clientY));
  }, { passive: false });
  root.setAttribute("tabindex", "0");
  root.addEventListener("keydown", (ev) => {
    const k = (ev as KeyboardEvent).key;
    const centre: [number, number] = [vx + vw / 2, vy + (vw * H) / W / 2];
    if (k === "+" || k === "=") zoom(1.5, centre);
    else if (k === "-") zoom(1 / 1.5, centre);
    else if (k === "0") {
      [vx, vy, vw] = [0, 0, W];
      apply();
    } else return;
    ev.preventDefault();
  });
  let start: { x: number; y: number; vx: number; vy: number; id: number } | null = null;
  let dragged = false;
  root.addEventListener("pointerdown", (ev) => {
    const e = ev as PointerEvent;
    if (e.button !== 0) return;
    start = { x: e.clientX, y: e.clientY, vx, vy, id: e.pointerId };
    dragged = false;
  });
  root.addEventListener("pointermove", (ev) => {
    const e = ev as PointerEvent;
    if (!start || e.pointerId !== start.id) return;
    const dx = e.clientX - start.x, dy = e.clientY - start.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) {
      dragged = true;
      root.setPointerCapture(e.pointerId);
      root.classList.add("dragging");
    }
    const scale = vw / root.getBoundingClientRect().width;
    vx = start.vx - dx * scale;
    vy = start.vy - dy * scale;
    apply();
  });
  const end = () => {
    start = null;
    root.classList.remove("dragging");
  };
  root.addEventListener("pointerup", end);
  root.addEventListener("pointercancel", end);
  root.addEventListener("click", (ev) => {
    if (dragged) {
      ev.stopPropagation();
      dragged = false;
    }
  }, { capture: true });
  apply();
}

// eventExtent is the part of the world the events are in: the countries with events
// and the places, widened a little so that the circles do not touch the frame. Null
// when it spans so much (or crosses the antimeridian) that the whole world is better.
function eventExtent(data: Places, byNumeric: Map<string, CountrySummary>): MultiPoint | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const add = (lon: number, lat: number) => {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  for (const p of data.places) add(p.lon, p.lat);
  for (const f of countries) {
    if (f.id === undefined || !byNumeric.has(String(f.id))) continue;
    const [[x0, y0], [x1, y1]] = geoBounds(f);
    if (x0 > x1) return null; // a country across the antimeridian
    add(x0, y0);
    add(x1, y1);
  }
  if (!Number.isFinite(w)) return null;
  // At least 20° across, and a margin of a tenth on each side.
  const mx = Math.max(20 - (e - w), 0) / 2 + (e - w) * 0.1;
  const my = Math.max(12 - (n - s), 0) / 2 + (n - s) * 0.1;
  [w, e, s, n] = [Math.max(-180, w - mx), Math.min(180, e + mx), Math.max(-85, s - my), Math.min(85, n + my)];
  if (e - w > 250) return null;
  // The box's outline, sampled, since its sides curve under the projection.
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const x = w + ((e - w) * i) / 10, y = s + ((n - s) * i) / 10;
    coordinates.push([x, s], [x, n], [w, y], [e, y]);
  }
  return { type: "MultiPoint", coordinates };
}

function fit(projection: GeoProjection, extent: MultiPoint | null): void {
  if (extent) projection.fitExtent([[8, 8], [W - 8, H - 8]], extent);
  else projection.fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
}

function shareColour(cooperation: number, conflict: number): RGB {
  const share = cooperation / Math.max(1, cooperation + conflict); // 1 all cooperation
  return share >= 0.5 ? mix(MIXED, COOP, (share - 0.5) * 2) : mix(CONFLICT, MIXED, share * 2);
}

function mix(a: RGB, b: RGB, t: number): RGB {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * Math.min(1, Math.max(0, t)))) as RGB;
}

function rgb([r, g, b]: RGB): string {
  return `rgb(${r}, ${g}, ${b})`;
}

function placeTable(places: PlaceSummary[], cs: CountrySummary[], show: (p: PlaceSummary) => void): HTMLElement {
  if (places.length === 0) return h("p", { class: "muted" }, "None.");
  const names = new Map(cs.map((c) => [c.country, c.name ?? c.country]));
  const body = h("tbody", {});
  const table = h("table", { class: "data", "data-testid": "places" },
    h("thead", {}, h("tr", {}, h("th", {}, "Place"), h("th", {}, "Country"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Coop."), h("th", { class: "num" }, "Conflict"))),
    body);
  const more = showFirst(body, places.map((p) =>
    h("tr", { "data-place": p.id },
      h("td", {}, h("button", { type: "button", class: "linkish", onclick: () => show(p) }, p.name)),
      h("td", {}, p.country ? names.get(p.country) ?? p.country : ""),
      h("td", { class: "num" }, p.events),
      h("td", { class: "num" }, p.cooperation),
      h("td", { class: "num" }, p.conflict))), 50, "places");
  return more ? h("div", {}, table, more) : table;
}

function countryTable(cs: CountrySummary[], q: ReturnType<typeof readFilters>): HTMLElement {
  if (cs.length === 0) return h("p", { class: "muted" }, "None.");
  return h("table", { class: "data", "data-testid": "countries" },
    h("thead", {}, h("tr", {}, h("th", {}, "Country"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Coop."), h("th", { class: "num" }, "Conflict"))),
    h("tbody", {}, cs.map((c) =>
      h("tr", { "data-country": c.country },
        h("td", {}, link(`/events${query(q, { country: c.country })}`, c.name ?? c.country)),
        h("td", { class: "num" }, c.events),
        h("td", { class: "num" }, c.cooperation),
        h("td", { class: "num" }, c.conflict)))));
}
