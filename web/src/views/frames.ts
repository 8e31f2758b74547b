import { api, APIError, type Frame, type FrameQuery } from "../api";
import { append, clear, fmt, h, link } from "../dom";
import { navigate } from "../router";
import { spanHref } from "./eventlist";

// Columns beyond this many actors (the most written about first) are left out; the
// actor filter narrows the matrix to the rest.
const MAX_ACTORS = 40;

// The colour scale saturates at this tone: news sentences' mean VADER scores seldom
// pass ±0.5, and a scale to ±1 would leave every cell pale.
const SATURATE = 0.5;

// RdBu, a diverging scale that reads for colour-blind viewers: red for negative
// tone, blue for positive, near-white for neutral.
const STOPS: [number, [number, number, number]][] = [
  [-1, [178, 24, 43]],
  [-0.5, [239, 138, 98]],
  [0, [247, 247, 247]],
  [0.5, [103, 169, 207]],
  [1, [33, 102, 172]],
];

export function toneColour(tone: number): string {
  const x = Math.max(-1, Math.min(1, tone / SATURATE));
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, c1] = STOPS[i];
    if (x <= x1) {
      const [x0, c0] = STOPS[i - 1];
      const t = (x - x0) / (x1 - x0);
      const c = c0.map((v, k) => Math.round(v + (c1[k] - v) * t));
      return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    }
  }
  return "rgb(33, 102, 172)";
}

// signed writes a tone with its sign and a real minus.
function signed(n: number): string {
  const s = fmt(Math.abs(n), 2);
  return n > 0 ? `+${s}` : n < 0 ? `−${s}` : s;
}

// framesView is the framing matrix: for each outlet (row) and actor (column), the
// mean tone of the outlet's own sentences about the actor, the share of the actor's
// events there that are conflictual, and the loaded labels used for it. A cell opens
// its evidence sentences, each linked to the reader. ?by=country groups state actors
// under their country; ?sel=OUTLET|ACTOR opens a cell.
export async function framesView(box: HTMLElement, url: URL): Promise<void> {
  const by = url.searchParams.get("by") === "country" ? "country" : "code";
  const actor = url.searchParams.get("actor")?.trim().toUpperCase() ?? "";
  const q: FrameQuery = { by, actor: actor || undefined };
  let frames: Frame[] = [];
  let stale = 0;
  let problem = "";
  try {
    ({ frames, stale } = await api.frames(q));
  } catch (err) {
    if (!(err instanceof APIError) || err.status !== 400) throw err;
    problem = err.message;
  }

  const hrefWith = (changes: Record<string, string | undefined>) => {
    const p = new URLSearchParams(url.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    return `/frames${p.size ? `?${p}` : ""}`;
  };
  const form = h("form", { class: "filters compact", role: "search", "aria-label": "Filter frames" },
    h("label", {}, h("span", {}, "Actor"), h("input", { type: "text", name: "actor", value: actor, placeholder: "code or prefix, e.g. USA", autocomplete: "off", spellcheck: "false" })),
    h("div", { class: "buttons" }, h("button", { type: "submit" }, "Filter"), link(hrefWith({ actor: undefined, sel: undefined }), "Clear")),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const v = String(new FormData(form).get("actor") ?? "").trim();
    navigate(hrefWith({ actor: v || undefined, sel: undefined }));
  });
  append(box,
    h("h1", {}, "Framing"),
    h("p", { class: "muted" },
      "How each outlet presents each actor: the mean tone of the outlet’s own sentences about it (words quoted from others left out), the share of the actor’s events there that are conflictual, and the loaded labels used for it. Click a cell for the sentences behind it."),
    h("nav", { class: "toggle", "aria-label": "Group actors" },
      h("a", { href: hrefWith({ by: undefined, sel: undefined }), "aria-current": by === "code" ? "true" : undefined, "data-by": "code" }, "by actor code"),
      h("a", { href: hrefWith({ by: "country", sel: undefined }), "aria-current": by === "country" ? "true" : undefined, "data-by": "country" }, "by country")),
    form,
  );
  if (problem) {
    box.append(h("p", { class: "error", role: "alert" }, `The filter was refused: ${problem}`));
    return;
  }
  // Frames stored by an older sitrep (or not at all) were recomputed: the scores
  // are current, but the store wants a rebuild for them to be read again.
  if (stale > 0) {
    box.append(h("p", { class: "muted small", "data-testid": "frames-stale" },
      `Computed from the analyses: ${stale} ${stale === 1 ? "article has" : "articles have"} no frames stored by this version’s tone scorer; run sitrep frames --rebuild to store them.`));
  }
  if (frames.length === 0) {
    box.append(h("p", { class: "muted" }, "No frames: no stored article mentions an actor yet."));
    return;
  }

  const cells = new Map(frames.map((f) => [`${f.outlet}\u0000${f.actor}`, f]));
  const outlets = [...new Set(frames.map((f) => f.outlet))].sort();
  const weight = new Map<string, number>();
  // An actor's name is the one its frames give most often, by sentences: grouped by
  // country, one outlet may name the country by its capital.
  const named = new Map<string, Map<string, number>>();
  for (const f of frames) {
    weight.set(f.actor, (weight.get(f.actor) ?? 0) + f.sentences);
    if (!f.name) continue;
    const m = named.get(f.actor) ?? new Map<string, number>();
    m.set(f.name, (m.get(f.name) ?? 0) + f.sentences);
    named.set(f.actor, m);
  }
  const names = new Map([...named].map(([a, m]) => [a, [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0]]));
  const allActors = [...weight.keys()].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b));
  const actors = allActors.slice(0, MAX_ACTORS).sort();

  const detail = h("section", { class: "frame-detail", "aria-live": "polite", "data-testid": "frame-detail", hidden: true });
  let selected: HTMLElement | null = null;
  const open = (f: Frame, td: HTMLElement, remember: boolean) => {
    selected?.classList.remove("selected");
    selected = td;
    td.classList.add("selected");
    showDetail(detail, f);
    if (remember) history.replaceState(null, "", hrefWith({ sel: `${f.outlet}|${f.actor}` }));
  };

  const table = h("table", { class: "matrix", "data-testid": "frames" },
    h("caption", { class: "muted small" }, `Rows: outlets (${outlets.length}); columns: actors${by === "country" ? " grouped by country" : ""} (${actors.length}${allActors.length > actors.length ? ` of ${allActors.length}, the most written about` : ""})`),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, "Outlet"),
      actors.map((a) => h("th", { scope: "col", "data-actor": a }, a, names.get(a) ? h("span", { class: "name" }, names.get(a)) : null)))),
    h("tbody", {}, outlets.map((o) =>
      h("tr", { "data-outlet": o },
        h("th", { scope: "row" }, o),
        actors.map((a) => {
          const f = cells.get(`${o}\u0000${a}`);
          if (!f) return h("td", { class: "empty", "data-actor": a });
          const td = h("td", { "data-actor": a });
          td.append(cellButton(f, () => open(f, td, true)));
          td.style.background = toneColour(f.tone);
          if (Math.abs(f.tone) / SATURATE > 0.7) td.style.color = "#fff";
          return td;
        })))),
  );
  append(box,
    h("p", { class: "legend" },
      "Tone ", h("span", { class: "scale", "data-testid": "scale" }), ` from ${signed(-SATURATE)} or less (red) through 0 to ${signed(SATURATE)} or more (blue); under each: sentences and the conflictual share of the actor’s events (`,
      h("span", { class: "swatch coop" }), " cooperative, ", h("span", { class: "swatch conflict" }), " conflictual)."),
    h("div", { class: "matrix-wrap" }, table),
    detail,
  );
  const scale = box.querySelector<HTMLElement>("[data-testid=scale]");
  if (scale) scale.style.background = `linear-gradient(90deg, ${[-1, -0.5, 0, 0.5, 1].map((x) => toneColour(x * SATURATE)).join(", ")})`;

  const sel = url.searchParams.get("sel");
  if (sel) {
    const i = sel.lastIndexOf("|");
    const f = cells.get(`${sel.slice(0, i)}\u0000${sel.slice(i + 1)}`);
    const td = f ? table.querySelector<HTMLElement>(`tr[data-outlet="${CSS.escape(f.outlet)}"] td[data-actor="${CSS.escape(f.actor)}"]`) : null;
    if (f && td) open(f, td, false);
  }
}

function cellButton(f: Frame, onclick: () => void): HTMLElement {
  const events = f.cooperation + f.conflict;
  const labels = Object.entries(f.labels ?? {}).sort((a, b) => b[1] - a[1]);
  const bar = h("span", { class: "bar", "aria-hidden": "true" });
  if (events) {
    const coop = h("i", { class: "coop" }), conf = h("i", { class: "conflict" });
    coop.style.width = `${(100 * f.cooperation) / events}%`;
    conf.style.width = `${(100 * f.conflict) / events}%`;
    bar.append(coop, conf);
  }
  return h("button", {
    type: "button", onclick,
    title: [
      `${f.outlet} on ${f.actor}${f.name ? ` (${f.name})` : ""}`,
      `tone ${signed(f.tone)} over ${f.sentences} ${f.sentences === 1 ? "sentence" : "sentences"}`,
      `${f.cooperation} cooperative, ${f.conflict} conflictual events`,
      events ? `by ${f.actor}: ${f.cooperation_by} cooperative, ${f.conflict_by} conflictual; on ${f.actor}: ${f.cooperation_on} cooperative, ${f.conflict_on} conflictual` : "",
      labels.length ? `labels: ${labels.map(([l, n]) => `${l} (${n})`).join(", ")}` : "",
    ].filter(Boolean).join("\n"),
  },
  h("span", { class: "tone" }, signed(f.tone)),
  h("span", { class: "sub" }, `${f.sentences} sent.${events ? ` · ${Math.round(100 * f.conflict_share)}% confl.` : ""}`),
  events ? bar : null,
  labels.length ? h("span", {}, labels.map(([l]) => h("span", { class: "label" }, l))) : null);
}

// roleText is one role's events: "2 cooperative, 1 conflictual (33%)".
function roleText(coop: number, conflict: number, share: number): string {
  return coop + conflict ? `${coop} cooperative, ${conflict} conflictual (${Math.round(100 * share)}%)` : "none";
}

function showDetail(box: HTMLElement, f: Frame): void {
  clear(box);
  box.hidden = false;
  const labels = Object.entries(f.labels ?? {}).sort((a, b) => b[1] - a[1]);
  const evidence = [...(f.evidence ?? [])].sort((a, b) => a.tone - b.tone);
  append(box,
    h("h2", {}, `${f.outlet} on ${f.actor}`, f.name ? h("span", { class: "muted" }, ` (${f.name})`) : null),
    h("p", {},
      "Tone ", h("strong", { class: f.tone < 0 ? "neg" : f.tone > 0 ? "pos" : "" }, signed(f.tone)),
      ` over ${f.sentences} ${f.sentences === 1 ? "sentence" : "sentences"} · `,
      `${f.cooperation} cooperative and ${f.conflict} conflictual events`,
      f.cooperation + f.conflict ? ` (${Math.round(100 * f.conflict_share)}% conflictual)` : "",
      f.cooperation + f.conflict ? ` — by ${f.actor} ${roleText(f.cooperation_by, f.conflict_by, f.conflict_share_by)}, on ${f.actor} ${roleText(f.cooperation_on, f.conflict_on, f.conflict_share_on)}` : "",
      " · ", link(`/events?actor=${encodeURIComponent(f.actor)}&outlet=${encodeURIComponent(f.outlet)}`, "the events")),
    labels.length
      ? h("p", {}, "Labels: ", labels.map(([l, n], i) => [i ? ", " : "", h("q", {}, l), n > 1 ? ` ×${n}` : ""]).flat())
      : h("p", { class: "muted" }, "No loaded labels."),
    h("h3", {}, `Evidence (${evidence.length}), most negative first`),
    evidence.length
      ? h("ol", { class: "evidence" }, evidence.map((e) =>
          h("li", { "data-doc": e.doc },
            h("span", { class: `num ${e.tone < 0 ? "neg" : e.tone > 0 ? "pos" : ""}` }, signed(e.tone)), " ",
            link(spanHref(e.doc, e.span), e.sentence),
            h("span", { class: "muted small" }, ` — ${e.doc}`))))
      : h("p", { class: "muted" }, "No evidence sentences stored."),
    h("p", { class: "muted small" }, "Articles: ", f.docs.map((d, i) => [i ? ", " : "", link(`/doc/${encodeURIComponent(d)}`, d)]).flat()),
  );
}
