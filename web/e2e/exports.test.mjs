// The exports analysts take to other tools, checked with those tools' own readers:
// `sitrep export` on a store built from the examples, the GEXF and GraphML actor
// networks parsed by graphology's parsers (what Gephi-like tools in JavaScript use),
// compared with a network computed here from the CSV export, then written back as
// GEXF by graphology and parsed again (a round trip); the GDELT TSV and PLOVER JSON
// Lines checked field by field against the same CSV rows.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { buildStore, repo } from "./store.mjs";

let store;

function exportAs(format) {
  return execFileSync(store.bin, ["export", "--db", store.db, "--format", format], {
    cwd: repo, encoding: "utf8", maxBuffer: 64 << 20,
  });
}

// parseCSV reads RFC 4180 CSV (quoted fields with commas, doubled quotes, newlines)
// into objects keyed by the header row.
function parseCSV(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => {
    assert.equal(r.length, head.length, `CSV row with ${r.length} fields, header has ${head.length}`);
    return Object.fromEntries(head.map((h, i) => [h, r[i]]));
  });
}

// expectedNetwork is the directed actor network as the export documents it, from the
// CSV rows: an edge per (source, target) pair of different actors, weighted by its
// events; cooperation for quad classes 1–2, conflict for 3–4; the mean Goldstein
// score; the first and last event dates. A node counts the dyadic events it is in.
function expectedNetwork(rows) {
  const nodes = new Map(), edges = new Map();
  for (const r of rows) {
    const s = r.source_code, t = r.target_code;
    if (!s || !t || s === t) continue;
    for (const [code, name] of [[s, r.source_name], [t, r.target_name]]) {
      const n = nodes.get(code) ?? { label: name || code, events: 0 };
      n.events++;
      nodes.set(code, n);
    }
    const k = `${s}->${t}`;
    const e = edges.get(k) ?? { source: s, target: t, weight: 0, cooperation: 0, conflict: 0, goldstein: 0, first: "", last: "" };
    e.weight++;
    e.goldstein += Number(r.goldstein);
    if (Number(r.quad) >= 3) e.conflict++;
    else e.cooperation++;
    if (r.date) {
      if (!e.first || r.date < e.first) e.first = r.date;
      if (r.date > e.last) e.last = r.date;
    }
    edges.set(k, e);
  }
  for (const e of edges.values()) e.goldstein /= e.weight;
  return { nodes, edges };
}

// The names the parsers give the edge attributes: graphology-gexf keys attributes by
// their GEXF id, graphology-graphml by the GraphML key's attr.name.
const GEXF_NAMES = { goldstein: "goldstein", first: "first", last: "last" };
const GRAPHML_NAMES = { goldstein: "mean_goldstein", first: "first_date", last: "last_date" };

// checkNetwork compares a parsed graph with the expected network.
function checkNetwork(g, want, label, names) {
  assert.equal(g.type, "directed", `${label}: a directed graph`);
  assert.deepEqual(g.nodes().sort(), [...want.nodes.keys()].sort(), `${label}: the nodes`);
  for (const [code, n] of want.nodes) {
    const a = g.getNodeAttributes(code);
    assert.equal(a.label, n.label, `${label}: label of ${code}`);
    assert.equal(a.events, n.events, `${label}: events of ${code}`);
  }
  assert.equal(g.size, want.edges.size, `${label}: one edge per directed dyad`);
  for (const e of want.edges.values()) {
    assert.ok(g.hasDirectedEdge(e.source, e.target), `${label}: edge ${e.source} -> ${e.target}`);
    const a = g.getDirectedEdgeAttributes(e.source, e.target);
    const at = `${label}: ${e.source} -> ${e.target}`;
    assert.equal(a.weight, e.weight, `${at} weight`);
    assert.equal(a.cooperation, e.cooperation, `${at} cooperation`);
    assert.equal(a.conflict, e.conflict, `${at} conflict`);
    const gold = a[names.goldstein];
    assert.equal(typeof gold, "number", `${at} mean Goldstein is a number: ${gold}`);
    // The exports write the mean with two decimals.
    assert.ok(Math.abs(gold - e.goldstein) < 0.006, `${at} mean Goldstein ${gold}, want ${e.goldstein}`);
    assert.equal(a.relation, e.goldstein < 0 ? "conflict" : "cooperation", `${at} relation`);
    assert.equal(a[names.first] ?? "", e.first, `${at} first date`);
    assert.equal(a[names.last] ?? "", e.last, `${at} last date`);
  }
}

// snapshot is a graph's content in a comparable form, independent of edge keys.
function snapshot(g) {
  const nodes = g.mapNodes((n, a) => [n, a]).sort(([x], [y]) => x.localeCompare(y));
  const edges = g.mapEdges((e, a, s, t) => [s, t, g.isDirected(e), a]).sort((x, y) => `${x[0]} ${x[1]}`.localeCompare(`${y[0]} ${y[1]}`));
  return { type: g.type, nodes, edges };
}

let rows, want;

before(() => {
  store = buildStore("sitrep-export-");
  rows = parseCSV(exportAs("csv"));
  want = expectedNetwork(rows);
});

after(() => {
  if (store) rmSync(store.work, { recursive: true, force: true });
});

describe("exports", () => {
  test("the examples give a network worth checking", () => {
    assert.ok(rows.length >= 10, `${rows.length} events in the CSV export`);
    assert.ok(want.edges.size >= 5, `${want.edges.size} directed dyads`);
    const edges = [...want.edges.values()];
    assert.ok(edges.some((e) => e.cooperation > 0) && edges.some((e) => e.conflict > 0), "both cooperation and conflict edges");
    assert.ok(edges.some((e) => e.weight > 1), "an edge of more than one event");
  });

  test("GEXF parses with graphology-gexf and matches the CSV export", () => {
    const g = gexf.parse(Graph, exportAs("gexf"));
    checkNetwork(g, want, "GEXF", GEXF_NAMES);
  });

  test("GraphML parses with graphology-graphml and matches the CSV export", () => {
    const g = graphml.parse(Graph, exportAs("graphml"));
    checkNetwork(g, want, "GraphML", GRAPHML_NAMES);
  });

  test("GEXF and GraphML round-trip through graphology's GEXF writer", () => {
    for (const [label, text, parse, names] of [["GEXF", exportAs("gexf"), gexf.parse, GEXF_NAMES], ["GraphML", exportAs("graphml"), graphml.parse, GRAPHML_NAMES]]) {
      const g = parse(Graph, text);
      const written = gexf.write(g);
      const again = gexf.parse(Graph, written);
      checkNetwork(again, want, `${label} written back as GEXF`, names);
      assert.deepEqual(snapshot(again), snapshot(g), `${label}: nothing lost or changed in the round trip`);
    }
  });

  test("GDELT TSV rows have the 61 columns, in order", () => {
    const lines = exportAs("gdelt").split("\n").filter((l) => l !== "");
    assert.equal(lines.length, rows.length, "one row per event");
    const byID = new Map();
    for (const [i, line] of lines.entries()) {
      const f = line.split("\t");
      assert.equal(f.length, 61, `row ${i + 1} has ${f.length} fields`);
      assert.match(f[0], /^\d+$/, "GlobalEventID is an integer");
      byID.set(f[0], f);
    }
    assert.equal(byID.size, lines.length, "GlobalEventIDs are unique");
    // The columns the CSV also has, by GDELT's positions: Actor1Code 5, Actor2Code 15,
    // EventCode 26, EventRootCode 28, QuadClass 29, GoldsteinScale 30, Day 1. The rows
    // keep the store's order, as the CSV's do.
    for (const [i, line] of lines.entries()) {
      const f = line.split("\t"), r = rows[i];
      const at = `GDELT row ${i + 1} (${r.id})`;
      assert.equal(f[5], r.source_code, `${at} Actor1Code`);
      assert.equal(f[15], r.target_code, `${at} Actor2Code`);
      assert.equal(f[26], r.cameo, `${at} EventCode`);
      assert.equal(f[28], r.root, `${at} EventRootCode`);
      assert.equal(f[29], r.quad, `${at} QuadClass`);
      assert.equal(Number(f[30]), Number(r.goldstein), `${at} GoldsteinScale`);
      if (/^\d{4}-\d{2}-\d{2}$/.test(r.date)) assert.equal(f[1], r.date.replaceAll("-", ""), `${at} Day`);
      assert.match(f[59], /^\d{14}$/, `${at} DATEADDED is YYYYMMDDHHMMSS`);
    }
  });

  test("PLOVER JSON Lines carry the required fields", () => {
    const lines = exportAs("plover").split("\n").filter((l) => l !== "");
    const csv = new Map(rows.map((r) => [r.id, r]));
    // PLOVER has no CAMEO roots 01 and 02 (statements, appeals): those events drop out.
    const typed = rows.filter((r) => r.plover_type);
    assert.equal(lines.length, typed.length, "one line per event with a PLOVER type");
    for (const [i, line] of lines.entries()) {
      const p = JSON.parse(line);
      const at = `PLOVER line ${i + 1}`;
      for (const [k, type] of [["event_id", "string"], ["event_type", "string"], ["event_mode", "string"], ["actor", "string"], ["recipient", "string"], ["text", "string"], ["doc", "string"], ["goldstein", "number"]]) {
        assert.equal(typeof p[k], type, `${at}: ${k} is a ${type}`);
      }
      assert.ok(Array.isArray(p.event_context), `${at}: event_context is a list`);
      assert.ok(p.event_type !== "", `${at}: event_type set`);
      assert.ok(Array.isArray(p.span) && p.span.length === 2 && p.span[0] < p.span[1], `${at}: span`);
      const r = csv.get(p.event_id);
      assert.ok(r, `${at}: ${p.event_id} is an event of the CSV export`);
      assert.equal(p.event_type, r.plover_type, `${at}: event_type`);
      assert.equal(p.event_mode, r.plover_mode, `${at}: event_mode`);
      assert.equal(p.actor, r.source_code, `${at}: actor`);
      assert.equal(p.recipient, r.target_code, `${at}: recipient`);
      assert.equal(p.text, r.sentence, `${at}: text`);
      assert.equal(p.event_date ?? "", r.date, `${at}: event_date`);
    }
  });
});
