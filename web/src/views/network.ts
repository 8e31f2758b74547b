import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { sharedEvents } from "../api";
import { activity, dyads, type Dyad } from "../aggregate";
import { append, clear, fmt, h, link } from "../dom";
import { dyadPanel } from "./dyad";

const COOP = "#2166ac";
const CONFLICT = "#c0392b";

// network draws actors (sized by activity) and the dyads between them (coloured by mean
// Goldstein: cooperation at or above zero, conflict below). The same dyads follow as a
// table, which keyboard and screen-reader users can act on and tests can read.
export async function network(box: HTMLElement): Promise<void> {
  const { events, truncated } = await sharedEvents();
  const ds = dyads(events);
  const act = activity(events.filter((e) => e.source.code && e.target.code && e.source.code !== e.target.code));
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
  const showActor = (code: string) => void show(async () => actorPanel(code, ds, showDyad));

  append(box, 
    h("h1", {}, "Actor network"),
    truncated ? h("p", { class: "muted" }, `Drawn from the ${fmt(events.length)} most recent events.`) : null,
    h("p", { class: "legend" },
      h("span", { class: "swatch coop" }), " cooperation (mean Goldstein ≥ 0) ",
      h("span", { class: "swatch conflict" }), " conflict (mean Goldstein < 0) · node size: events as source or target"),
    h("div", { class: "network" }, canvas, panel),
    h("h2", { id: "dyad-table" }, `Dyads (${ds.length})`),
    dyadTable(ds, showDyad),
    h("h2", {}, `Actors (${graph.order})`),
    h("ul", { class: "actors", "data-testid": "network-actors" },
      [...act.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([code, n]) =>
        h("li", {}, h("button", { type: "button", class: "linkish", onclick: () => showActor(code) }, code), ` ${n}`))),
  );
  if (graph.order === 0) {
    canvas.append(h("p", { class: "muted" }, "No events between two actors yet."));
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
        // sigma hides the ones that would collide.
        labelDensity: 3,
        labelGridCellSize: 60,
        labelFont: "system-ui, sans-serif",
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

function dyadTable(ds: Dyad[], showDyad: (a: string, b: string) => void): HTMLElement {
  if (ds.length === 0) return h("p", { class: "muted" }, "None yet.");
  return h("table", { class: "data", "data-testid": "dyads" },
    h("thead", {}, h("tr", {}, h("th", {}, "Dyad"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Coop."), h("th", { class: "num" }, "Conflict"), h("th", { class: "num" }, "Mean Goldstein"), h("th", {}, ""))),
    h("tbody", {}, ds.map((d) =>
      h("tr", { "data-dyad": `${d.a},${d.b}` },
        h("td", {}, h("button", { type: "button", class: "linkish", onclick: () => { showDyad(d.a, d.b); document.querySelector(".network")?.scrollIntoView(); } }, `${d.a} – ${d.b}`)),
        h("td", { class: "num" }, d.events),
        h("td", { class: "num" }, d.cooperation),
        h("td", { class: "num" }, d.conflict),
        h("td", { class: `num ${d.goldstein < 0 ? "neg" : "pos"}` }, fmt(d.goldstein, 1)),
        h("td", {}, link(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`, "timeline page"))))));
}

function actorPanel(code: string, ds: Dyad[], showDyad: (a: string, b: string) => void): HTMLElement {
  const mine = ds.filter((d) => d.a === code || d.b === code);
  return h("section", {},
    h("h2", {}, code),
    h("p", {}, link(`/events?actor=${encodeURIComponent(code)}`, `All events of ${code}`)),
    h("ul", {}, mine.map((d) => {
      const other = d.a === code ? d.b : d.a;
      return h("li", {},
        h("button", { type: "button", class: "linkish", onclick: () => showDyad(d.a, d.b) }, `with ${other}`),
        ` · ${d.events} events, mean Goldstein `, h("span", { class: d.goldstein < 0 ? "neg" : "pos" }, fmt(d.goldstein, 1)));
    })));
}
