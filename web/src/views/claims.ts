import { api, APIError, type Claim, type ClaimQuery, type Position, type Stance } from "../api";
import { append, fmt, h, link } from "../dom";
import { navigate } from "../router";
import { sentenceHref, spanHref } from "./eventlist";

// The API pages claims 1000 at a time and filters them by status, story, actor and
// date in the store; the board filters what it loaded by outlet, since it keeps the
// claims an outlet omits as well as those it reports (the API's outlet filter keeps
// only those it reports). Past this many claims it says that it shows only the first
// (the API sends the most independently reported first).
const PAGE = 1000;
const MAX = 5000;
const SHOWN = 50;

const STATUSES: [string, string][] = [
  ["corroborated", "corroborated"],
  ["single-source", "single-source"],
  ["contested", "contested"],
  ["omitted", "omitted by some outlet"],
];

const SIDES: [Stance, string][] = [
  ["asserts", "Asserts"],
  ["attributes", "Attributes to a party"],
  ["contradicts", "Contradicts"],
  ["omits", "Omits"],
];

interface BoardFilter {
  status?: string;
  actor?: string;
  outlet?: string;
  from?: string;
  to?: string;
  story?: string;
}

const FIELDS = ["status", "actor", "outlet", "from", "to", "story"] as const;

// claimsView is the claim board: one card per claim with its status, how many
// independent outlets report it, and what every outlet covering the story does with
// it, each position linked to its sentence in the reader.
export async function claimsView(box: HTMLElement, url: URL): Promise<void> {
  const f: BoardFilter = {};
  for (const k of FIELDS) {
    const v = url.searchParams.get(k)?.trim();
    if (v) f[k] = v;
  }
  const q: ClaimQuery = { story: f.story, actor: f.actor?.toUpperCase(), from: f.from, to: f.to };
  if (f.status && f.status !== "omitted") q.status = f.status;

  let loaded: Claim[] = [];
  let problem = "";
  try {
    for (let offset = 0; offset < MAX; offset += PAGE) {
      const page = await api.claims(q, PAGE, offset);
      loaded.push(...page.claims);
      if (page.claims.length < PAGE) break;
    }
  } catch (err) {
    if (!(err instanceof APIError) || err.status !== 400) throw err;
    problem = err.message;
    loaded = [];
  }
  const outlets = [...new Set(loaded.flatMap((c) => c.positions.map((p) => p.outlet ?? "")).filter(Boolean))].sort();
  const shown = loaded.filter((c) => keep(c, f));

  const form = filterForm(f, outlets);
  append(box,
    h("h1", {}, "Claims"),
    h("p", { class: "muted" },
      "One record per real-world event as the outlets report it. An outlet that copies or summarises another's report counts once, under the original (shown as “via”)."),
    form);
  if (problem) {
    box.append(h("p", { class: "error", role: "alert" }, `The filter was refused: ${problem}`));
    return;
  }
  const count = (st: string) => shown.filter((c) => st === "omitted" ? c.positions.some((p) => p.stance === "omits") : c.status === st).length;
  const filtered = (st: string) => {
    const p = new URLSearchParams(url.search);
    p.set("status", st);
    return `/claims?${p}`;
  };
  box.append(h("p", { "data-testid": "claims-summary", "aria-live": "polite" },
    loaded.length === 0
      ? "No claims stored yet: claims are built when articles from several outlets are ingested."
      : [`${fmt(shown.length)} of ${fmt(loaded.length)} claims`,
          ...(f.story ? [" in story ", h("strong", {}, f.story)] : []),
          ": ",
          ...STATUSES.flatMap(([st, label], i) => [i ? " " : "", link(filtered(st), h("span", { class: `status ${st}` }, `${fmt(count(st))} ${label}`))])],
    loaded.length >= MAX ? h("span", { class: "muted" }, ` (only the first ${fmt(MAX)} are loaded; narrow by status or story)`) : null));
  // Cards are built when shown: a store can hold thousands of claims.
  const list = h("div", { class: "claims" }, shown.slice(0, SHOWN).map(card));
  box.append(list);
  if (shown.length > SHOWN) {
    const more = h("p", {}, h("button", {
      type: "button", class: "linkish", "data-testid": "show-all",
      onclick: () => {
        list.append(...shown.slice(SHOWN).map(card));
        more.remove();
      },
    }, `Show all ${fmt(shown.length)} claims`));
    box.append(more);
  }
}

function keep(c: Claim, f: BoardFilter): boolean {
  if (f.status === "omitted" && !c.positions.some((p) => p.stance === "omits")) return false;
  // Actor and dates were applied by the API.
  if (f.outlet && !c.positions.some((p) => p.outlet === f.outlet)) return false;
  return true;
}

function card(c: Claim): HTMLElement {
  const via = new Map(c.derivative.map((d) => [d.doc, d.upstream]));
  // Outlets that report the claim (as fact or as a party's word); independent_outlets
  // counts them with copies folded into their original.
  const reporting = new Set(c.positions.filter((p) => p.stance === "asserts" || p.stance === "attributes").map((p) => p.outlet ?? p.doc));
  const omitting = new Set(c.positions.filter((p) => p.stance === "omits").map((p) => p.outlet ?? p.doc));
  const e = c.event;
  return h("article", { class: "claim", "data-claim": c.id, "data-status": c.status },
    h("header", {},
      h("span", { class: `status ${c.status}` }, c.status),
      omitting.size ? h("span", { class: "status omitted", title: [...omitting].join(", ") }, `omitted by ${omitting.size}`) : null,
      h("h2", {}, c.summary),
    ),
    h("p", { class: "facts" },
      e.date ? h("span", { class: "date" }, e.date) : "undated", " · ",
      link(e.source && e.target
        ? `/events?dyad=${encodeURIComponent(e.source)},${encodeURIComponent(e.target)}`
        : `/events?actor=${encodeURIComponent(e.source || e.target)}`, `${e.source || "—"} → ${e.target || "—"}`),
      ` · CAMEO ${e.cameo}`,
      e.place ? ` · ${e.place}` : null, " · ",
      h("strong", { "data-testid": "independent" }, `${c.independent_outlets} independent ${c.independent_outlets === 1 ? "outlet" : "outlets"}`),
      reporting.size !== c.independent_outlets ? ` of ${reporting.size} reporting it` : null,
      c.story ? [" · ", storyLink(c.story)] : null,
    ),
    c.derivative.length
      ? h("p", { class: "chain", "data-testid": "chain" }, "Not independent, counted under the original: ",
          c.derivative.flatMap((d, i) => [i ? "; " : "",
            h("strong", {}, outletOf(c, d.doc)), " (", link(`/doc/${encodeURIComponent(d.doc)}`, d.doc), ") via ", h("strong", {}, d.upstream)]))
      : null,
    h("div", { class: "sides" },
      SIDES.map(([stance, title]) => {
        const ps = c.positions.filter((p) => p.stance === stance);
        if (ps.length === 0) return null;
        return h("section", { class: `side ${stance}`, "data-stance": stance },
          h("h3", {}, `${title} (${ps.length})`),
          h("ul", {}, ps.map((p) => position(p, via.get(p.doc)))));
      })),
  );
}

// storyLink links a claim's story ("SYR–USA 2025-11-01": the two actors at country
// or group level and the story's first day) to the board filtered to that story, in
// the API's form (SYR|USA).
function storyLink(story: string): HTMLElement {
  const m = /^([^\s–]+)–([^\s–]+)(?:\s|$)/.exec(story);
  if (!m) return h("span", { class: "muted" }, `story ${story}`);
  return link(`/claims?story=${encodeURIComponent(`${m[1]}|${m[2]}`)}`, `story ${story}`);
}

function outletOf(c: Claim, doc: string): string {
  return c.positions.find((p) => p.doc === doc)?.outlet ?? doc;
}

function position(p: Position, via: string | undefined): HTMLElement {
  const href = p.event ? sentenceHref({ doc: p.doc, id: p.event }) : spanHref(p.doc, p.span);
  return h("li", { "data-outlet": p.outlet ?? "", "data-doc": p.doc },
    h("div", {},
      h("strong", {}, p.outlet || "unknown outlet"), " · ",
      link(`/doc/${encodeURIComponent(p.doc)}`, p.doc),
      via ? h("span", { class: "via" }, ` via ${via}`) : null,
      p.attributed_to ? h("span", { class: "muted" }, ` — per ${p.attributed_to}`) : null,
      p.value ? h("span", {}, ` — value: ${p.value}`) : null),
    p.sentence
      ? h("div", { class: "sentence" }, link(href, p.sentence))
      : p.stance === "omits" ? h("div", { class: "muted small" }, "covers the story but not this claim") : null,
  );
}

function filterForm(f: BoardFilter, outlets: string[]): HTMLFormElement {
  const form = h("form", { class: "filters compact", role: "search", "aria-label": "Filter claims" },
    field("Status", h("select", { name: "status" },
      h("option", { value: "" }, "any"),
      STATUSES.map(([v, t]) => h("option", { value: v, selected: v === f.status }, t)))),
    field("Actor", h("input", { type: "text", name: "actor", value: f.actor ?? "", placeholder: "code or prefix, e.g. USA", autocomplete: "off", spellcheck: "false" })),
    field("Outlet", h("select", { name: "outlet" },
      h("option", { value: "" }, "any"),
      outlets.map((o) => h("option", { value: o, selected: o === f.outlet }, o)))),
    field("From", h("input", { type: "date", name: "from", value: f.from ?? "" })),
    field("To", h("input", { type: "date", name: "to", value: f.to ?? "" })),
    f.story ? h("input", { type: "hidden", name: "story", value: f.story }) : null,
    h("div", { class: "buttons" }, h("button", { type: "submit" }, "Filter"), link("/claims", "Clear")),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) p.set(k, v.trim());
    navigate(`/claims${p.size ? `?${p}` : ""}`);
  });
  return form;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h("label", {}, h("span", {}, label), control);
}
