import type { Quote, SitrepEvent, Span } from "./api";
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
  spans: Span[];
  sentence?: number;
  children: Node[];
}

const rank: Record<string, number> = { sentence: 0, event: 1, quote: 2, speaker: 3, verb: 3, mention: 4, place: 5, date: 5, quantity: 6 };

// nest turns possibly overlapping spans into a tree that HTML can hold: a span that
// crosses the end of the one enclosing it is cut there, and spans of one kind over the
// same range (two events read from one sentence) merge into one element.
export function nest(spans: Span[], sentences: [number, number][], textLen: number): Node[] {
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

// findNear finds words in text[from, to) (code points), outside the span avoid,
// choosing the occurrence nearest to it: the API names a quote's speaker and verb
// by their words only, and a sentence may name the speaker twice.
function findNear(text: string, off: number[], words: string, from: number, to: number, avoid: [number, number]): [number, number] | null {
  if (!words) return null;
  const hay = text.slice(off[from], off[to]);
  let best: [number, number] | null = null, bestDist = Infinity;
  for (let i = hay.indexOf(words); i >= 0; i = hay.indexOf(words, i + 1)) {
    const a = charIndex(off, off[from] + i), b = charIndex(off, off[from] + i + words.length);
    if (a < avoid[1] && b > avoid[0]) continue;
    const dist = b <= avoid[0] ? avoid[0] - b : a - avoid[1];
    if (dist < bestDist) [best, bestDist] = [[a, b], dist];
  }
  return best;
}

export function speakerName(q: Quote): string {
  const s = q.speaker;
  return s.code ? `${s.code}${s.name ? ` (${s.name})` : ""}` : `${s.text || "unnamed speaker"} (no actor code)`;
}

// quoteSpans turns a document's quotes into highlight spans: the quoted words, and
// the speaker's words and the speech verb where they can be found in the quote's
// sentences.
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
    const sp = findNear(text, off, q.speaker.text ?? "", from, to, q.span);
    if (sp) out.push({ span: sp, kind: "speaker", code: q.speaker.code || undefined, quote: q.id, label: `Speaker: ${speakerName(q)}` });
    const vb = findNear(text, off, q.verb_text ?? "", from, to, q.span);
    if (vb) out.push({ span: vb, kind: "verb", quote: q.id, label: `Speech verb: ${q.verb_text} (${q.verb})` });
  }
  return out;
}

export function describe(sp: Span, events: Map<string, SitrepEvent>): string {
  if (sp.kind === "quote" || sp.kind === "speaker" || sp.kind === "verb") {
    return [sp.label, sp.code ? `speaker code ${sp.code}` : "", sp.rule ?? ""].filter(Boolean).join("\n");
  }
  if (sp.kind === "event") {
    const e = sp.event ? events.get(sp.event) : undefined;
    if (e) {
      return [
        `Event ${e.source.code || "—"} → ${e.target.code || "—"}`,
        `CAMEO ${e.cameo} (${rootName(e.root)}), ${quadName(e.quad)}, Goldstein ${e.goldstein}`,
        `PLOVER ${e.plover.type}${e.plover.mode ? ` (${e.plover.mode})` : ""}, mode ${e.mode}`,
        e.attributed_to ? `according to ${e.attributed_to.code} (${e.attributed_to.text ?? ""})` : "",
        e.rule ? `rule: ${e.rule}` : "",
      ].filter(Boolean).join("\n");
    }
  }
  const kind = sp.kind[0].toUpperCase() + sp.kind.slice(1);
  return [`${kind}: ${sp.label}`, sp.code ? `code ${sp.code}` : "", sp.rule ? `rule: ${sp.rule}` : ""].filter(Boolean).join("\n");
}

// highlight renders text with its spans as nested elements; the text only ever goes
// into text nodes.
export function highlight(text: string, spans: Span[], sentences: [number, number][], events: Map<string, SitrepEvent>): HTMLElement {
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
      el = h("mark", {
        class: `hl ${c.kind}`,
        title: c.spans.map((s) => describe(s, events)).join("\n\n"),
        "data-kind": c.kind,
        "data-code": codes || undefined,
        "data-events": c.kind === "event" && ids.length ? ids.join(" ") : undefined,
        "data-quote": quotes.length ? quotes.join(" ") : undefined,
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
