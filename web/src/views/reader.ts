import { api, allDocuments } from "../api";
import { append, h, link, safeHref } from "../dom";
import { highlight } from "../highlight";
import { eventTable } from "./eventlist";

export async function documentsView(box: HTMLElement): Promise<void> {
  const docs = await allDocuments();
  append(box, 
    h("h1", {}, "Articles"),
    docs.length === 0
      ? h("p", { class: "muted" }, "No articles stored yet: run sitrep ingest.")
      : h("table", { class: "data" },
          h("thead", {}, h("tr", {}, h("th", {}, "Published"), h("th", {}, "Title"), h("th", {}, "Outlet"), h("th", {}, "Status"))),
          h("tbody", {}, docs.map((d) =>
            h("tr", {},
              h("td", { class: "date" }, d.published ?? ""),
              h("td", {}, link(`/doc/${encodeURIComponent(d.id)}`, d.title || d.id)),
              h("td", {}, d.outlet ?? ""),
              h("td", {}, d.duplicate_of ? `near-duplicate of ${d.duplicate_of}` : d.status))))),
  );
}

// reader shows an article's clean text with what the analysis found in it; ?event=ID
// brings that event's sentence into view, which is where every event link lands.
export async function reader(box: HTMLElement, url: URL, [id]: string[]): Promise<void> {
  const view = await api.document(id);
  const d = view.document;
  const events = new Map(view.events.map((e) => [e.id, e]));
  const text = highlight(d.text, view.spans, view.sentences, events);
  append(box, 
    h("article", { class: "reader" },
      h("header", {},
        h("h1", {}, d.title || d.id),
        h("p", { class: "meta" },
          [d.outlet, d.byline, d.published].filter(Boolean).join(" · "),
          d.url ? [" · ", h("a", { href: safeHref(d.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null,
          d.duplicate_of ? [" · near-duplicate of ", link(`/doc/${encodeURIComponent(d.duplicate_of)}`, d.duplicate_of)] : null),
        h("p", { class: "legend" },
          h("mark", { class: "hl mention" }, "actor mention"), " ",
          h("mark", { class: "hl event" }, "event"), " ",
          h("mark", { class: "hl place" }, "place"), " ",
          h("mark", { class: "hl quantity" }, "quantity"),
          h("span", { class: "muted" }, " — hover or focus a highlight for its codes and rule")),
      ),
      text,
    ),
    h("section", { "aria-labelledby": "doc-events" },
      h("h2", { id: "doc-events" }, `Events in this article (${view.events.length})`),
      eventTable(view.events)),
  );
  const want = url.searchParams.get("event");
  if (want) {
    const el = [...text.querySelectorAll<HTMLElement>("mark.event")].find((m) => m.dataset.events?.split(" ").includes(want));
    if (el) {
      el.classList.add("target");
      el.closest(".sent")?.classList.add("target");
      // The view is attached after this returns; scroll once it is.
      document.addEventListener("sitrep:rendered", () => {
        el.scrollIntoView({ block: "center" });
        el.focus({ preventScroll: true });
      }, { once: true });
    }
  }
}
