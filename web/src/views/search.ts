import { api } from "../api";
import { append, h, link } from "../dom";
import { navigate } from "../router";

// searchView searches article text (the store's full-text index) and actor codes.
export async function searchView(box: HTMLElement, url: URL): Promise<void> {
  const q = url.searchParams.get("q")?.trim() ?? "";
  const input = h("input", { type: "search", name: "q", value: q, "aria-label": "Search articles and actors", placeholder: "e.g. Qaim, sanctions, IRQ" });
  const form = h("form", { role: "search", class: "searchbar" }, input, h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    navigate(v ? `/search?q=${encodeURIComponent(v)}` : "/search");
  });
  append(box, h("h1", {}, "Search"), form);
  if (!q) return;
  const [{ hits }, actors] = await Promise.all([
    api.search(q),
    /^[A-Za-z]{3,}$/.test(q) ? api.actors(q).then((r) => r.actors) : Promise.resolve([]),
  ]);
  if (actors.length) {
    append(box, h("section", {}, h("h2", {}, "Actors"),
      h("ul", { class: "actors" }, actors.slice(0, 30).map((a) =>
        h("li", {}, link(`/events?actor=${encodeURIComponent(a.code)}`, a.code), ` ${a.name} · ${a.mentions} mentions`)))));
  }
  append(box, h("section", {}, h("h2", {}, `Articles (${hits.length})`),
    hits.length === 0 ? h("p", { class: "muted" }, "No article matches.") :
      h("ol", { class: "hits" }, hits.map((hit) =>
        h("li", {},
          link(`/doc/${encodeURIComponent(hit.doc)}`, hit.title || hit.doc),
          hit.outlet ? h("span", { class: "muted" }, ` · ${hit.outlet}`) : null,
          h("p", { class: "snippet" }, snippet(hit.snippet)))))));
}

// The store marks matched words «thus»; they become <mark> elements, the rest text.
function snippet(s: string): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  for (const part of s.split(/(«[^»]*»)/)) {
    if (part.startsWith("«") && part.endsWith("»")) out.push(h("mark", {}, part.slice(1, -1)));
    else if (part) out.push(part);
  }
  return out;
}
