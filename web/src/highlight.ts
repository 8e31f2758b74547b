import type { Place, Quote, SitrepEvent, Span } from "./api";
import { quadName, rootName } from "./codes";
import { h } from "./dom";

// The API gives spans in Unicode code points (Go runes); JavaScript strings index
// UTF-16 units. utf16Offsets maps the one to the other so that text outside the Basic
// Multilingual Plane (emoji, some scripts) does not shift every highlight after it.
export function utf16Offsets(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

interface Node {
  start: number;
  end: number;
  kind: string;
  spans: Mark[];
  sentence?: number;
  children: Node[];
}

const rank: Record<string, number> = { sentence: 0, event: 1, quote: 2, speaker: 3, verb: 3, mention: 4, place: 5, date: 5, quantity: 6 };

// nest turns possibly overlapping spans into a tree that HTML can hold: a span that
// crosses the end of the one enclosing it is cut there, and spans of one kind over the
// same range (two events read from one sentence) merge into one element.
export function nest(spans: Mark[], sentences: [number, number][], textLen: number): Node[] {
  const nodes: Node[] = [];
  sentences.forEach(([s, e], i) => nodes.push({ start: s, end: e, kind: "sentence", spans: [], sentence: i, children: [] }));
  for (const sp of spans) nodes.push({ start: sp.span[0], end: sp.span[1], kind: sp.kind, spans: [sp], children: [] });
  for (const n of nodes) {
    n.start = Math.max(0, Math.min(n.start, textLen));
    n.end = Math.max(n.start, Math.min(n.end, textLen));
  }
  nodes.sort((a, b) => a.start - b.start || b.end - a.end || (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9));
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const n of nodes) {
    if (n.end <= n.start) continue;
    while (stack.length && stack[stack.length - 1].end <= n.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top) {
      if (top.kind === n.kind && top.start === n.start && top.end === n.end) {
        top.spans.push(...n.spans);
        continue;
      }
      n.end = Math.min(n.end, top.end);
      top.children.push(n);
    } else {
      roots.push(n);
    }
    stack.push(n);
  }
  return roots;
}

// charIndex maps a UTF-16 index back to a code point index (off is utf16Offsets).
function charIndex(off: number[], u: number): number {
  let lo = 0, hi = off.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (off[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// wordChar matches the letters and digits a found word must not run into: "he" is no
// match inside "the", nor "May" inside "Mayor".
const wordChar = /[\p{L}\p{N}]/u;

// findNear finds words in text[from, to) (code points) as whole words, choosing the
// occurrence nearest to the span near. With overlap false, occurrences overlapping
// near are skipped (a speaker's words are not inside the quotation); with overlap
// true they count as nearest (a date inside its event's span). It is the fallback
// for what the API gives no span for.
function findNear(text: string, off: number[], words: string, from: number, to: number, near: [number, number], overlap: boolean): [number, number] | null {
  if (!words) return null;
  const hay = text.slice(off[from], off[to]);
  let best: [number, number] | null = null, bestDist = Infinity;
  for (let i = hay.indexOf(words); i >= 0; i = hay.indexOf(words, i + 1)) {
    const before = hay.slice(Math.max(0, i - 2), i), after = hay.slice(i + words.length, i + words.length + 2);
    if ((before && wordChar.test([...before].pop()!)) || (after && wordChar.test([...after][0]))) continue;
    const a = charIndex(off, off[from] + i), b = charIndex(off, off[from] + i + words.length);
    const inside = a < near[1] && b > near[0];
    if (inside && !overlap) continue;
    const dist = inside ? 0 : b <= near[0] ? near[0] - b : a - near[1];
    if (dist < bestDist) [best, bestDist] = [[a, b], dist];
  }
  return best;
}

// validSpan reports whether sp is a span of a text of n characters: quotes stored
// before their speaker and verb spans were recorded have none, or [0, 0].
function validSpan(sp: [number, number] | undefined | null, n: number): sp is [number, number] {
  return Array.isArray(sp) && sp.length === 2 && Number.isInteger(sp[0]) && Number.isInteger(sp[1]) &&
    sp[0] >= 0 && sp[0] < sp[1] && sp[1] <= n;
}

// sentenceAt returns the index of the sentence holding character at, or -1.
function sentenceAt(sentences: [number, number][], at: number): number {
  return sentences.findIndex(([s, e]) => s <= at && at < e);
}

export function speakerName(q: Quote): string {
  const s = q.speaker;
  return s.code ? `${s.code}${s.name ? ` (${s.name})` : ""}` : `${s.text || "unnamed speaker"} (no actor code)`;
}

// quoteSpans turns a document's quotes into highlight spans: the quoted words, the
// words that name the speaker and the speech verb, at the spans the API gives. A
// quote stored by an older version has no speaker or verb span: its speaker's words
// and verb are then looked for in the quote's sentences.
export function quoteSpans(text: string, quotes: Quote[], sentences: [number, number][]): Span[] {
  const off = utf16Offsets(text);
  const n = off.length - 1;
  const out: Span[] = [];
  for (const q of quotes) {
    const said = `${speakerName(q)} ${q.verb_text || q.verb}${q.target?.code ? ` → ${q.target.code}` : ""}`;
    out.push({
      span: q.span, kind: "quote", code: q.speaker.code || undefined, quote: q.id,
      label: `Quote (${q.kind}): ${said}`,
      rule: q.speaker_rule ? `speaker found by ${q.speaker_rule}` : undefined,
    });
    const from = Math.max(0, Math.min(n, sentences[q.sentence]?.[0] ?? q.span[0]));
    const to = Math.max(from, Math.min(n, sentences[q.sentence_end]?.[1] ?? q.span[1]));
    const sp = validSpan(q.speaker_span, n) ? q.speaker_span : findNear(text, off, q.speaker.text ?? "", from, to, q.span, false);
    if (sp) out.push({ span: sp, kind: "speaker", code: q.speaker.code || undefined, quote: q.id, label: `Speaker: ${speakerName(q)}` });
    const vb = validSpan(q.verb_span, n) ? q.verb_span : findNear(text, off, q.verb_text ?? "", from, to, q.span, false);
    if (vb) out.push({ span: vb, kind: "verb", quote: q.id, label: `Speech verb: ${q.verb_text || text.slice(off[vb[0]], off[vb[1]])} (${q.verb})` });
  }
  return out;
}

// A Mark is a highlight span with what the reader adds to it: the events a date or
// place belongs to, and whether a date's words lie in an earlier sentence than the
// event's, which inherited the date from them.
export interface Mark extends Span {
  events?: string[];
  earlier?: boolean;
}

// dateSpans marks the words of each event's date. The API gives events their date,
// its words (date_text) and where it came from (date_from) but no span: the words are
// looked for in the event's sentence, nearest the event, and for an inherited date
// in the earlier sentences, nearest first (the expression the event borrowed). Dates
// the API does give a span for (kind "date") are left to it. One mark per place and
// date, listing every event it dates.
export function dateSpans(text: string, events: SitrepEvent[], sentences: [number, number][], given: Span[]): Mark[] {
  const off = utf16Offsets(text);
  const n = off.length - 1;
  const spanned = new Set(given.filter((s) => s.kind === "date" && s.event).map((s) => s.event));
  const byKey = new Map<string, Mark>();
  for (const e of events) {
    if (!e.date || !e.date_text || spanned.has(e.id)) continue;
    const si = sentenceAt(sentences, e.span[0]);
    if (si < 0) continue;
    const clamp = (x: number) => Math.max(0, Math.min(n, x));
    let at = findNear(text, off, e.date_text, clamp(sentences[si][0]), clamp(sentences[si][1]), e.span, true);
    let earlier = false;
    if (!at && e.date_from === "inherited") {
      for (let j = si - 1; j >= 0 && !at; j--) {
        at = findNear(text, off, e.date_text, clamp(sentences[j][0]), clamp(sentences[j][1]), [e.span[0], e.span[0]], true);
      }
      earlier = !!at;
    }
    if (!at) continue;
    const key = `${at[0]}-${at[1]}|${e.date}|${e.date_from ?? ""}|${earlier}`;
    const m = byKey.get(key);
    if (m) {
      m.events!.push(e.id);
      continue;
    }
    byKey.set(key, { span: at, kind: "date", label: e.date_text, event: e.id, events: [e.id], date: e.date, date_from: e.date_from, earlier });
  }
  return [...byKey.values()];
}

// placeSpans marks the words of the places of events the API gives no place span for
// (the place's words, or its name, in the event's sentence).
export function placeSpans(text: string, events: SitrepEvent[], sentences: [number, number][], given: Span[]): Mark[] {
  const off = utf16Offsets(text);
  const n = off.length - 1;
  const spanned = new Set(given.filter((s) => s.kind === "place" && s.event).map((s) => s.event));
  const out: Mark[] = [];
  for (const e of events) {
    const p = e.place;
    if (!p || spanned.has(e.id)) continue;
    const si = sentenceAt(sentences, e.span[0]);
    if (si < 0) continue;
    const [from, to] = sentences[si].map((x) => Math.max(0, Math.min(n, x)));
    const at = findNear(text, off, p.text ?? "", from, to, e.span, true) ?? findNear(text, off, p.name, from, to, e.span, true);
    if (at) out.push({ span: at, kind: "place", label: p.name, code: p.country, event: e.id });
  }
  return out;
}

// dateNote says where an event's date came from, in words.
function dateNote(from: string | undefined, e: SitrepEvent | undefined, published?: string): string {
  switch (from) {
    case "text":
      return "stated in the text";
    case "inherited":
      return "inherited from an earlier sentence";
    case "published":
      return e?.date_text
        ? `counted from the publication date${published ? ` (${published})` : ""}`
        : "the publication date (the sentence gives none)";
    case "reported":
      return "the day it was reported (it happened then or before)";
    case "since":
      return "the day it began; it goes on";
    case "ongoing":
      return "an ongoing stretch the text does not date";
    case "habitual":
      return "one of a series, not one day";
  }
  return from ? `from ${from}` : "";
}

function placeLine(p: Place): string {
  return [
    p.name + (p.text && p.text !== p.name ? ` (“${p.text}”)` : ""),
    p.country ?? "",
    Number.isFinite(p.lat) && Number.isFinite(p.lon) && !(p.lat === 0 && p.lon === 0) ? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : "",
    p.geonameid ? `GeoNames ${p.geonameid}` : "",
  ].filter(Boolean).join(" · ");
}

function eventName(e: SitrepEvent): string {
  return `${e.source.code || "—"} ${e.cameo} ${e.target.code || "—"}`;
}

// describe is a highlight's hover text; published is the document's publication
// date, which dates counted from it name.
export function describe(sp: Mark, events: Map<string, SitrepEvent>, published?: string): string {
  if (sp.kind === "quote" || sp.kind === "speaker" || sp.kind === "verb") {
    return [sp.label, sp.code ? `speaker code ${sp.code}` : "", sp.rule ?? ""].filter(Boolean).join("\n");
  }
  const e = sp.event ? events.get(sp.event) : undefined;
  if (sp.kind === "event" && e) {
    return [
      `Event ${e.source.code || "—"} → ${e.target.code || "—"}`,
      `CAMEO ${e.cameo} (${rootName(e.root)}), ${quadName(e.quad)}, Goldstein ${e.goldstein}`,
      `PLOVER ${e.plover.type}${e.plover.mode ? ` (${e.plover.mode})` : ""}, mode ${e.mode}`,
      e.attributed_to ? `according to ${e.attributed_to.code} (${e.attributed_to.text ?? ""})` : "",
      e.date
        ? `date ${e.date}${e.date_text ? ` (“${e.date_text}”)` : ""}${e.date_from ? `, ${dateNote(e.date_from, e, published)}` : ""}`
        : e.date_from === "ongoing" || e.date_from === "habitual"
          ? `no date: ${dateNote(e.date_from, e, published)}${e.date_text ? ` (“${e.date_text}”)` : ""}`
          : "",
      e.place ? `place ${placeLine(e.place)}` : "",
      e.rule ? `rule: ${e.rule}` : "",
    ].filter(Boolean).join("\n");
  }
  if (sp.kind === "date") {
    const evs = (sp.events ?? (sp.event ? [sp.event] : [])).map((id) => events.get(id)).filter((x): x is SitrepEvent => !!x);
    const date = sp.date ?? evs[0]?.date ?? "";
    const from = sp.date_from ?? evs[0]?.date_from;
    return [
      `Date ${date || "unresolved"}: “${sp.label}”`,
      sp.earlier
        ? "inherited from this sentence by a later sentence's event"
        : dateNote(from, evs[0], published),
      ...evs.map((x) => `event ${eventName(x)}`),
    ].filter(Boolean).join("\n");
  }
  if (sp.kind === "place" && e?.place) {
    return [`Place: ${placeLine(e.place)}`, `event ${eventName(e)}`].join("\n");
  }
  const kind = sp.kind[0].toUpperCase() + sp.kind.slice(1);
  return [`${kind}: ${sp.label}`, sp.code ? `code ${sp.code}` : "", sp.rule ? `rule: ${sp.rule}` : ""].filter(Boolean).join("\n");
}

// highlight renders text with its spans as nested elements; the text only ever goes
// into text nodes.
export function highlight(text: string, spans: Mark[], sentences: [number, number][], events: Map<string, SitrepEvent>, published?: string): HTMLElement {
  const off = utf16Offsets(text);
  const n = off.length - 1;
  const cut = (a: number, b: number) => text.slice(off[a], off[b]);
  const render = (parent: HTMLElement, nodes: Node[], from: number, to: number) => {
    let at = from;
    for (const c of nodes) {
      if (c.start > at) parent.append(cut(at, c.start));
      parent.append(element(c));
      at = c.end;
    }
    if (to > at) parent.append(cut(at, to));
  };
  const element = (c: Node): HTMLElement => {
    let el: HTMLElement;
    if (c.kind === "sentence") {
      el = h("span", { class: "sent", id: `s${c.sentence}` });
    } else {
      const ids = c.spans.map((s) => s.event).filter((x): x is string => !!x);
      const quotes = [...new Set(c.spans.map((s) => s.quote).filter((x): x is string => !!x))];
      const codes = [...new Set(c.spans.map((s) => s.code).filter(Boolean))].join(" ");
      const dates = [...new Set(c.spans.map((s) => s.date ?? (s.event ? events.get(s.event)?.date : undefined)).filter(Boolean))].join(" ");
      // Two events of one sentence give the same place twice: one description.
      const tip = [...new Set(c.spans.map((s) => describe(s, events, published)))].join("\n\n");
      const inherited = c.spans.every((s) => s.earlier || s.date_from === "inherited");
      el = h("mark", {
        class: `hl ${c.kind}${c.kind === "date" && inherited ? " inherited" : ""}`,
        // The reader shows it on hover and focus (a tooltip of its own); assistive
        // technology reads it as the mark's description.
        "data-tip": tip,
        "aria-description": tip,
        "data-kind": c.kind,
        "data-code": codes || undefined,
        "data-events": c.kind === "event" && ids.length ? ids.join(" ") : undefined,
        "data-quote": quotes.length ? quotes.join(" ") : undefined,
        "data-date": c.kind === "date" && dates ? dates : undefined,
        tabindex: c.kind === "event" || c.kind === "quote" ? 0 : undefined,
      });
    }
    render(el, c.children, c.start, c.end);
    return el;
  };
  const body = h("div", { class: "article-text" });
  render(body, nest(spans, sentences, n), 0, n);
  return body;
}
