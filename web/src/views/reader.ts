import { api, allDocuments } from "../api";
import { append, h, link, safeHref } from "../dom";
import type { Quote } from "../api";
import { dateSpans, highlight, placeSpans, quoteSpans } from "../highlight";
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

// reader shows an article's clean text with what the analysis found in it. Links
// land on a sentence: ?event=ID brings that event's sentence into view, ?quote=ID a
// quotation, ?span=START-END (characters) the sentence holding that span — what
// claims and frames cite.
export async function reader(box: HTMLElement, url: URL, [id]: string[]): Promise<void> {
  const view = await api.document(id);
  const d = view.document;
  const quotes = view.quotes ?? [];
  const events = new Map(view.events.map((e) => [e.id, e]));
  const spans = [
    ...view.spans,
    ...quoteSpans(d.text, quotes, view.sentences),
    ...dateSpans(d.text, view.events, view.sentences, view.spans),
    ...placeSpans(d.text, view.events, view.sentences, view.spans),
  ];
  const text = highlight(d.text, spans, view.sentences, events, d.published);
  const article = h("article", { class: "reader" },
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
        h("mark", { class: "hl date" }, "date"), " ",
        h("mark", { class: "hl quantity" }, "quantity"), " ",
        h("mark", { class: "hl quote" }, "quotation"), " ",
        h("mark", { class: "hl speaker" }, "speaker"), " ",
        h("mark", { class: "hl verb" }, "speech verb"),
        h("span", { class: "muted" }, " — hover or focus a highlight for its codes and rule")),
    ),
    text,
  );
  article.append(hoverTips(text, article));
  append(box,
    h("div", { class: "reader-layout" },
      article,
      h("aside", { class: "reader-side", "aria-labelledby": "doc-quotes" },
        h("h2", { id: "doc-quotes" }, `Quotes (${quotes.length})`),
        quoteList(id, quotes))),
    h("section", { "aria-labelledby": "doc-events" },
      h("h2", { id: "doc-events" }, `Events in this article (${view.events.length})`),
      eventTable(view.events)),
  );

  let el: HTMLElement | undefined;
  let sent: Element | null | undefined;
  const wantEvent = url.searchParams.get("event");
  const wantQuote = url.searchParams.get("quote");
  const wantSpan = /^(\d+)-(\d+)$/.exec(url.searchParams.get("span") ?? "");
  if (wantEvent) {
    el = [...text.querySelectorAll<HTMLElement>("mark.event")].find((m) => m.dataset.events?.split(" ").includes(wantEvent));
    sent = el?.closest(".sent");
  } else if (wantQuote) {
    const marks = [...text.querySelectorAll<HTMLElement>("mark.quote")].filter((m) => m.dataset.quote?.split(" ").includes(wantQuote));
    el = marks[0];
    for (const m of marks) m.classList.add("target");
    sent = el?.closest(".sent");
    box.querySelector(`li[data-quote="${CSS.escape(wantQuote)}"]`)?.classList.add("target");
  } else if (wantSpan) {
    const [a, b] = [Number(wantSpan[1]), Number(wantSpan[2])];
    // The sentence that holds the span's start (spans cite whole sentences).
    const i = view.sentences.findIndex(([s, e]) => s <= a && a < e);
    const j = i >= 0 ? i : view.sentences.findIndex(([s, e]) => s < b && a < e);
    if (j >= 0) {
      sent = text.querySelector<HTMLElement>(`#s${j}`);
      el = sent as HTMLElement | undefined;
    }
  }
  if (el) {
    el.classList.add("target");
    sent?.classList.add("target");
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    const target = el;
    // The view is attached after this returns; scroll once it is.
    document.addEventListener("sitrep:rendered", () => {
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }, { once: true });
  }
}

// hoverTips shows a highlight's description (data-tip, which highlight writes) beside
// it while the pointer is on it or it has keyboard focus: a title attribute's tooltip
// shows nothing on focus, only after a delay, and never in a screenshot. Assistive
// technology has the same text as the mark's aria-description.
function hoverTips(text: HTMLElement, frame: HTMLElement): HTMLElement {
  const tip = h("div", { class: "hltip", id: "hltip", role: "tooltip", hidden: true });
  let on: HTMLElement | null = null;
  const hide = () => {
    on = null;
    tip.hidden = true;
  };
  const show = (ev: Event) => {
    const m = ev.target instanceof Element ? ev.target.closest<HTMLElement>("mark.hl[data-tip]") : null;
    if (m === on) return;
    hide();
    // Focus moved by a link (?event=, ?quote=) rather than the keyboard shows no tip.
    if (!m || (ev.type === "focusin" && !m.matches(":focus-visible"))) return;
    on = m;
    tip.textContent = m.dataset.tip ?? "";
    tip.hidden = false;
    // Below the highlight's first line, kept inside the article.
    const f = frame.getBoundingClientRect(), r = m.getClientRects()[0] ?? m.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(r.left - f.left, f.width - tip.offsetWidth))}px`;
    tip.style.top = `${r.bottom - f.top + 4}px`;
  };
  text.addEventListener("mouseover", show);
  text.addEventListener("focusin", show);
  text.addEventListener("mouseleave", hide);
  text.addEventListener("focusout", hide);
  return tip;
}

// quoteList is the reader's side panel: who is quoted saying what, each linked to
// its words in the text.
function quoteList(doc: string, quotes: Quote[]): HTMLElement {
  if (quotes.length === 0) return h("p", { class: "muted" }, "No quotations found in this article.");
  return h("ol", { class: "quotes" }, quotes.map((q) =>
    h("li", { "data-quote": q.id, class: q.kind },
      h("div", {},
        q.speaker.code
          ? h("span", { class: "actor", title: q.speaker.text ? `“${q.speaker.text}”` : undefined }, link(`/events?actor=${encodeURIComponent(q.speaker.code)}`, q.speaker.code))
          : h("span", { class: "muted" }, "no actor code"),
        " ", h("span", {}, q.speaker.text || q.speaker.name || ""),
        " ", h("em", {}, q.verb_text || q.verb),
        q.target?.code ? [" → ", h("span", { class: "actor" }, q.target.code)] : null,
        " ", h("span", { class: "plover" }, q.kind)),
      h("div", { class: "sentence" },
        link(`/doc/${encodeURIComponent(doc)}?quote=${encodeURIComponent(q.id)}`, q.kind === "indirect" ? q.text : `“${q.text}”`)))));
}
