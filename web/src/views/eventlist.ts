import type { SitrepEvent } from "../api";
import { quadName, rootName } from "../codes";
import { fmt, h, link } from "../dom";

export function sentenceHref(e: Pick<SitrepEvent, "doc" | "id">): string {
  return `/doc/${encodeURIComponent(e.doc)}?event=${encodeURIComponent(e.id)}`;
}

// spanHref opens the reader at the sentence holding a character span, for claims,
// frames and quotes that cite a sentence without an event.
export function spanHref(doc: string, span: [number, number]): string {
  return `/doc/${encodeURIComponent(doc)}?span=${span[0]}-${span[1]}`;
}

function actor(a: SitrepEvent["source"]): HTMLElement {
  return h("span", { class: "actor", title: a.text ? `${a.name ?? ""} — “${a.text}”` : a.name }, link(`/events?actor=${encodeURIComponent(a.code)}`, a.code || "—"));
}

// eventTable lists events with their codes and, for each, the sentence it was read
// from, linked to that sentence in the article reader.
export function eventTable(events: SitrepEvent[], caption?: string): HTMLElement {
  if (events.length === 0) return h("p", { class: "muted" }, "No events match.");
  return h("table", { class: "data events" },
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, "Date"),
      h("th", { scope: "col" }, "Source"),
      h("th", { scope: "col" }, "Event"),
      h("th", { scope: "col" }, "Target"),
      h("th", { scope: "col" }, "Mode"),
      h("th", { scope: "col", class: "num" }, "Goldstein"),
      h("th", { scope: "col" }, "Sentence"),
    )),
    h("tbody", {}, events.map((e) =>
      h("tr", { class: e.quad >= 3 ? "conflict" : "coop", "data-event": e.id },
        h("td", { class: "date" }, e.date ?? ""),
        h("td", {}, actor(e.source)),
        h("td", {},
          h("abbr", { title: `CAMEO ${e.cameo}: ${rootName(e.root)} · ${quadName(e.quad)}${e.rule ? ` · rule ${e.rule}` : ""}` }, e.cameo),
          " ", h("span", { class: "plover" }, e.plover.type)),
        h("td", {}, actor(e.target)),
        h("td", {}, e.mode, e.attributed_to ? h("span", { class: "muted" }, ` per ${e.attributed_to.code}`) : null),
        h("td", { class: `num ${e.goldstein < 0 ? "neg" : "pos"}` }, fmt(e.goldstein, 1)),
        h("td", { class: "sentence" },
          link(sentenceHref(e), e.sentence),
          h("div", { class: "muted small" }, [e.outlet, e.place?.name].filter(Boolean).join(" · "))),
      ))));
}

// eventList is the narrow form of eventTable, for side panels.
export function eventList(events: SitrepEvent[]): HTMLElement {
  if (events.length === 0) return h("p", { class: "muted" }, "No events.");
  return h("ol", { class: "evlist" }, events.map((e) =>
    h("li", { class: e.quad >= 3 ? "conflict" : "coop", "data-event": e.id },
      h("div", {},
        h("span", { class: "date" }, e.date ?? "undated"), " ",
        actor(e.source), " ",
        h("abbr", { title: `CAMEO ${e.cameo}: ${rootName(e.root)} · ${quadName(e.quad)}${e.rule ? ` · rule ${e.rule}` : ""}` }, e.cameo),
        " ", h("span", { class: "plover" }, e.plover.type), " ",
        actor(e.target), " ",
        h("span", { class: e.goldstein < 0 ? "neg" : "pos" }, `(${fmt(e.goldstein, 1)})`),
        e.mode !== "occurred" ? h("span", { class: "muted" }, ` ${e.mode}`) : null),
      h("div", { class: "sentence" }, link(sentenceHref(e), e.sentence)),
      h("div", { class: "muted small" }, [e.outlet, e.place?.name].filter(Boolean).join(" · ")))));
}
