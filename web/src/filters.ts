import type { AggregateQuery } from "./api";
import { CAMEO_ROOTS } from "./codes";
import { h, link } from "./dom";
import { navigate } from "./router";

// The filters the map and the network offer: a subset of the event table's, read from
// and written to the URL's query, so a filtered map or network is a link to keep and
// the event table behind it takes the same query.
const FIELDS = ["actor", "root", "from", "to"] as const;

export function readFilters(url: URL): AggregateQuery {
  const q: AggregateQuery = {};
  for (const f of FIELDS) {
    const v = url.searchParams.get(f)?.trim();
    if (v) q[f] = v;
  }
  return q;
}

// query renders filters as a query string ("" when there are none), extra first.
export function query(q: AggregateQuery, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  return p.size ? `?${p}` : "";
}

export function filterForm(path: string, q: AggregateQuery, label: string): HTMLFormElement {
  const form = h("form", { class: "filters compact", role: "search", "aria-label": label },
    field("Actor", h("input", { type: "text", name: "actor", value: q.actor ?? "", placeholder: "code or prefix, e.g. IRQ", autocomplete: "off", spellcheck: "false" })),
    field("CAMEO root", h("select", { name: "root" },
      h("option", { value: "" }, "any"),
      CAMEO_ROOTS.map(([c, n]) => h("option", { value: c, selected: c === q.root }, `${c} ${n}`)))),
    field("From", h("input", { type: "date", name: "from", value: q.from ?? "" })),
    field("To", h("input", { type: "date", name: "to", value: q.to ?? "" })),
    h("div", { class: "buttons" }, h("button", { type: "submit" }, "Filter"), link(path, "Clear")),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const next: AggregateQuery = {};
    for (const [k, v] of new FormData(form)) {
      if (typeof v === "string" && v.trim() && (FIELDS as readonly string[]).includes(k)) next[k as (typeof FIELDS)[number]] = v.trim();
    }
    navigate(path + query(next));
  });
  return form;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h("label", {}, h("span", {}, label), control);
}
