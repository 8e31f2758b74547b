import { api, APIError, type EventQuery, type SitrepEvent } from "../api";
import { CAMEO_ROOTS, MODES, PLOVER_TYPES, QUADS } from "../codes";
import { append, h, link } from "../dom";
import { navigate } from "../router";
import { eventTable } from "./eventlist";

const PAGE = 50;
const FIELDS = ["actor", "dyad", "root", "plover", "quad", "mode", "from", "to", "outlet", "country", "q"] as const;

// eventsView is the event table with the API's filters. The filters live in the URL's
// query, so a filtered table is a link an analyst can keep.
export async function eventsView(box: HTMLElement, url: URL): Promise<void> {
  const q: EventQuery = {};
  for (const f of FIELDS) {
    const v = url.searchParams.get(f)?.trim();
    if (v) q[f] = v;
  }
  const offset = Math.max(0, Number.parseInt(url.searchParams.get("offset") ?? "0", 10) || 0);
  // One more than a page tells whether a next page exists without a count query.
  // A filter the API rejects (a malformed dyad, say) keeps the form on screen to fix it.
  let events: SitrepEvent[] = [];
  let problem = "";
  try {
    ({ events } = await api.events({ ...q, sort: "-date", limit: PAGE + 1, offset }));
  } catch (err) {
    if (!(err instanceof APIError) || err.status !== 400) throw err;
    problem = err.message;
  }
  const more = events.length > PAGE;
  const shown = events.slice(0, PAGE);

  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter events" },
    text("actor", "Actor", q.actor, "code or prefix, e.g. IRQ"),
    text("dyad", "Dyad", q.dyad, "SOURCE,TARGET"),
    select("root", "CAMEO root", q.root, CAMEO_ROOTS.map(([c, n]) => [c, `${c} ${n}`])),
    select("plover", "PLOVER type", q.plover, PLOVER_TYPES.map((t) => [t, t])),
    select("quad", "Quad class", q.quad, QUADS.map(([c, n]) => [c, `${c} ${n}`])),
    select("mode", "Mode", q.mode, MODES.map((m) => [m, m])),
    date("from", "From", q.from),
    date("to", "To", q.to),
    text("outlet", "Outlet", q.outlet, ""),
    text("country", "Country", q.country, "ISO3 of the place, e.g. IRQ"),
    text("q", "Text", q.q, "words in the sentence"),
    h("div", { class: "buttons" },
      h("button", { type: "submit" }, "Filter"),
      link("/events", "Clear")),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) p.set(k, v.trim());
    navigate(`/events${p.size ? `?${p}` : ""}`);
  });

  const pageHref = (off: number) => {
    const p = new URLSearchParams(url.search);
    if (off > 0) p.set("offset", String(off));
    else p.delete("offset");
    return `/events${p.size ? `?${p}` : ""}`;
  };
  const pager = h("nav", { class: "pager", "aria-label": "Pages" },
    offset > 0 ? link(pageHref(Math.max(0, offset - PAGE)), "← Previous") : h("span", { class: "muted" }, "← Previous"),
    h("span", { "aria-live": "polite" }, shown.length ? `Events ${offset + 1}–${offset + shown.length}` : "No events"),
    more ? link(pageHref(offset + PAGE), "Next →") : h("span", { class: "muted" }, "Next →"),
  );
  if (problem) {
    append(box, h("h1", {}, "Events"), form, h("p", { class: "error", role: "alert" }, `The filter was refused: ${problem}`));
    return;
  }
  append(box, h("h1", {}, "Events"), form, pager, eventTable(shown), shown.length > 10 ? pager.cloneNode(true) : null);
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h("label", {}, h("span", {}, label), control);
}

function text(name: string, label: string, value: string | undefined, placeholder: string): HTMLElement {
  return field(label, h("input", { type: "text", name, value: value ?? "", placeholder, autocomplete: "off", spellcheck: "false" }));
}

function date(name: string, label: string, value: string | undefined): HTMLElement {
  return field(label, h("input", { type: "date", name, value: value ?? "" }));
}

function select(name: string, label: string, value: string | undefined, options: [string, string][]): HTMLElement {
  return field(label, h("select", { name },
    h("option", { value: "" }, "any"),
    options.map(([v, t]) => h("option", { value: v, selected: v === value }, t))));
}
