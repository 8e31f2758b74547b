import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { api, APIError, type Network } from "../api";
import { append, clear, fmt, h, link, showFirst } from "../dom";
import { filterForm, query, readFilters } from "../filters";
import { dyadPanel } from "./dyad";

const COOP = "#2166ac";
const CONFLICT = "#c0392b";

// The most relationships drawn: the server keeps the heaviest and says how many it cut.
const EDGE_LIMIT = 500;

// Dyad is the relationship between two actors, direction ignored, as /api/network
// (undirected) counts it.
interface Dyad {
  a: string;
  b: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number; // mean
}

// network draws actors (sized by activity) and the dyads between them (coloured by mean
// Goldstein: cooperation at or above zero, conflict below). The same dyads follow as a
// table, which keyboard and screen-reader users can act on and tests can read. The
// server aggregates the events (/api/network), so the page size does not grow with the
// store.
export async function network(box: HTMLElement, url: URL): Promise<void> {
  const q = readFilters(url);
  const form = filterForm("/network", q, "Filter the network");
  let net: Network;
  try {
    net = await api.network(q, EDGE_LIMIT);
  } catch (err) {
    if (!(err instanceof APIError) || err.status !== 400) throw err;
    append(box, h("h1", {}, "Actor network"), form, h("p", { class: "error", role: "alert" }, `The filter was refused: ${err.message}`));
    return;
  }
  const ds: Dyad[] = net.edges.map((e) => ({
    a: e.source, b: e.target, events: e.events, cooperation: e.cooperation, conflict: e.conflict, goldstein: e.goldstein_sum / e.events,
  }));
  const act = new Map(net.nodes.map((n) => [n.code, n.events]));
  const names = new Map(net.nodes.map((n) => [n.code, n.name ?? ""]));
  const graph = buildGraph(ds, act);

  const canvas = h("div", { class: "graph", role: "img", "aria-label": `Actor network: ${graph.order} actors, ${graph.size} dyads` });
  const panel = h("div", { class: "panel", "aria-live": "polite" },
    h("p", { class: "muted" }, "Click an actor or a line between two actors, or pick a dyad from the table, to see the relationship over time."));
  const show = async (what: () => Promise<HTMLElement>) => {
    clear(panel);
    panel.append(h("p", { class: "muted" }, "Loading…"));
    try {
      const el = await what();
      clear(panel);
      panel.append(el);
    } catch (err) {
      clear(panel);
      panel.append(h("p", { class: "error", role: "alert" }, String(err)));
    }
  };
  const showDyad = (a: string, b: string) => void show(() => dyadPanel(a, b, "h2", true));
  const showActor = (code: string) => void show(async () => actorPanel(code, names.get(code) ?? "", ds, showDyad));

  const actorList = h("ul", { class: "actors", "data-testid": "network-actors" });
  const actorMore = showFirst(actorList,
    [...act.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([code, n]) =>
      h("li", {}, h("button", { type: "button", class: "linkish", title: names.get(code) || undefined, onclick: () => showActor(code) }, code), ` ${n}`)),
    4 * SHOWN, "actors");

  append(box,
    h("h1", {}, "Actor network"),
    form,
    h("p", { class: "muted", "data-testid": "network-summary" },
      `${fmt(net.dyadic_events)} events between two actors`,
      net.truncated ? `; the ${fmt(ds.length)} busiest of ${fmt(net.total_edges)} relationships drawn` : "",
      " · ", link(`/events${query(q)}`, "these events in the table")),
    h("p", { class: "legend" },
      h("span", { class: "swatch coop" }), " cooperation (mean Goldstein ≥ 0) ",
      h("span", { class: "swatch conflict" }), " conflict (mean Goldstein < 0) · node size: events as source or target"),
    h("div", { class: "network" }, canvas, panel),
    h("h2", { id: "dyad-table" }, `Dyads (${ds.length})`),
    dyadTable(ds, showDyad),
    h("h2", {}, `Actors (${graph.order})`),
    actorList,
    actorMore,
  );
  if (graph.order === 0) {
    canvas.append(h("p", { class: "muted" }, Object.keys(q).length ? "No events between two actors match." : "No events between two actors yet."));
    return;
  }

  // Sigma needs its container in the page to measure it; the router attaches the view
  // after this function returns.
  document.addEventListener("sitrep:rendered", () => {
    let renderer: Sigma;
    try {
      renderer = new Sigma(graph, canvas, {
        enableEdgeEvents: true,
        labelRenderedSizeThreshold: 0,
        // Small networks are read by their labels: let more of them show before
        // sigma hides the ones that would collide. Large ones would drown in them.
        labelDensity: graph.order <= 40 ? 3 : 0.7,
        labelGridCellSize: graph.order <= 40 ? 60 : 100,
        labelFont: "system-ui, sans-serif",
        // Labels sit right of their nodes: leave room for them at the edges.
        stagePadding: 60,
        defaultEdgeType: "line",
        zIndex: true,
      });
    } catch (err) {
      canvas.append(h("p", { class: "error" }, `The network cannot be drawn here (${String(err)}); the tables below hold the same data.`));
      return;
    }
    // Kept on the element for the browser tests and for a look from the console.
    Object.defineProperty(canvas, "sigma", { value: renderer, configurable: true });
    renderer.on("clickNode", ({ node }) => showActor(node));
    renderer.on("clickEdge", ({ edge }) => {
      const [a, b] = graph.extremities(edge);
      showDyad(a, b);
    });
    renderer.on("enterEdge", () => canvas.classList.add("pointing"));
    renderer.on("leaveEdge", () => canvas.classList.remove("pointing"));
    renderer.on("enterNode", () => canvas.classList.add("pointing"));
    renderer.on("leaveNode", () => canvas.classList.remove("pointing"));
    document.addEventListener("sitrep:leave", () => renderer.kill(), { once: true });
  }, { once: true });
}

function buildGraph(ds: Dyad[], act: Map<string, number>): Graph {
  const graph = new Graph({ type: "undirected" });
  const max = Math.max(1, ...act.values());
  const codes = [...act.keys()].sort((x, y) => (act.get(y) ?? 0) - (act.get(x) ?? 0) || x.localeCompare(y));
  // A circle is a deterministic start, so the same store always draws the same picture.
  codes.forEach((code, i) => {
    const angle = (2 * Math.PI * i) / codes.length;
    graph.addNode(code, {
      label: code,
      x: Math.cos(angle),
      y: Math.sin(angle),
      size: 5 + 15 * Math.sqrt((act.get(code) ?? 0) / max),
      color: "#444",
    });
  });
  const maxEv = Math.max(1, ...ds.map((d) => d.events));
  for (const d of ds) {
    graph.addEdge(d.a, d.b, {
      size: 1.5 + 5 * Math.sqrt(d.events / maxEv),
      color: d.goldstein >= 0 ? COOP : CONFLICT,
      label: `${d.a} – ${d.b}: ${d.events} events`,
    });
  }
  if (graph.order > 2) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations: graph.order > 2000 ? 50 : 300, settings: { ...settings, barnesHutOptimize: graph.order > 500 } });
  }
  return graph;
}

// The tables list this many rows at first; a button shows the rest.
const SHOWN = 50;

function dyadTable(ds: Dyad[], showDyad: (a: string, b: string) => void): HTMLElement {
  if (ds.length === 0) return h("p", { class: "muted" }, "None yet.");
  const body = h("tbody", {});
  const rows = ds.map((d) =>
    h("tr", { "data-dyad": `${d.a},${d.b}` },
      h("td", {}, h("button", { type: "button", class: "linkish", onclick: () => { showDyad(d.a, d.b); document.querySelector(".network")?.scrollIntoView(); } }, `${d.a} – ${d.b}`)),
      h("td", { class: "num" }, d.events),
      h("td", { class: "num" }, d.cooperation),
      h("td", { class: "num" }, d.conflict),
      h("td", { class: `num ${d.goldstein < 0 ? "neg" : "pos"}` }, fmt(d.goldstein, 1)),
      h("td", {}, link(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`, "timeline page"))));
  const table = h("table", { class: "data", "data-testid": "dyads" },
    h("thead", {}, h("tr", {}, h("th", {}, "Dyad"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Coop."), h("th", { class: "num" }, "Conflict"), h("th", { class: "num" }, "Mean Goldstein"), h("th", {}, ""))),
    body);
  const more = showFirst(body, rows, SHOWN, "dyads");
  return more ? h("div", {}, table, more) : table;
}

function actorPanel(code: string, name: string, ds: Dyad[], showDyad: (a: string, b: string) => void): HTMLElement {
  const mine = ds.filter((d) => d.a === code || d.b === code);
  return h("section", {},
    h("h2", {}, code),
    name ? h("p", { class: "muted" }, name) : null,
    h("p", {}, link(`/events?actor=${encodeURIComponent(code)}`, `All events of ${code}`)),
    h("ul", {}, mine.map((d) => {
      const other = d.a === code ? d.b : d.a;
      return h("li", {},
        h("button", { type: "button", class: "linkish", onclick: () => showDyad(d.a, d.b) }, `with ${other}`),
        ` · ${d.events} events, mean Goldstein `, h("span", { class: d.goldstein < 0 ? "neg" : "pos" }, fmt(d.goldstein, 1)));
    })));
}
