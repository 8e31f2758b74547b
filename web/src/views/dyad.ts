import { api } from "../api";
import { trendChart } from "../chart";
import { append, h, link } from "../dom";
import { eventList, eventTable } from "./eventlist";

// dyadPanel shows a relationship over time: the API's daily timeline (both directions)
// and the events behind it, each linked to its sentence.
export async function dyadPanel(a: string, b: string, headingLevel: "h1" | "h2" = "h2", narrow = false): Promise<HTMLElement> {
  const t = await api.timeline(a, b);
  const days = t.timeline.map((p) => ({ date: p.date, cooperation: p.cooperation, conflict: p.conflict }));
  const sum = t.events.reduce((s, e) => s + e.goldstein, 0);
  return h("section", { class: "dyad", "aria-label": `Dyad ${a} and ${b}` },
    h(headingLevel, {}, `${a} – ${b}`),
    h("p", {},
      `${t.events.length} events`,
      t.events.length ? `, mean Goldstein ${(sum / t.events.length).toFixed(1)}` : "",
      " · ", link(`/events?dyad=${encodeURIComponent(a)},${encodeURIComponent(b)}`, `${a} → ${b} in the event table`),
      " · ", link(`/events?dyad=${encodeURIComponent(b)},${encodeURIComponent(a)}`, `${b} → ${a}`)),
    trendChart(days, `${a} – ${b} by day`),
    narrow ? eventList(t.events) : eventTable(t.events));
}

export async function dyadView(box: HTMLElement, _url: URL, [a, b]: string[]): Promise<void> {
  append(box, link("/network", "← Network"), await dyadPanel(a, b, "h1"));
}
