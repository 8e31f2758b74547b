import { api } from "../api";
import { trendChart } from "../chart";
import { append, h, link } from "../dom";
import { eventList, eventTable } from "./eventlist";

// dyadPanel shows a relationship over time: the API's weekly timeline (both
// directions, counted in the store) and the first page of the events behind it, each
// linked to its sentence; the event table has them all.
export async function dyadPanel(a: string, b: string, headingLevel: "h1" | "h2" = "h2", narrow = false): Promise<HTMLElement> {
  const t = await api.timeline(a, b);
  const weeks = t.timeline.map((p) => ({ date: p.date, cooperation: p.cooperation, conflict: p.conflict }));
  const n = t.total.events;
  const table = `/events?dyad=${encodeURIComponent(a)},${encodeURIComponent(b)}`;
  return h("section", { class: "dyad", "aria-label": `Dyad ${a} and ${b}` },
    h(headingLevel, {}, `${a} – ${b}`),
    h("p", {},
      `${n} events`,
      n ? `, mean Goldstein ${(t.total.goldstein / n).toFixed(1)}` : "",
      " · ", link(table, `${a} → ${b} in the event table`),
      " · ", link(`/events?dyad=${encodeURIComponent(b)},${encodeURIComponent(a)}`, `${b} → ${a}`)),
    trendChart(weeks, `${a} – ${b} by ${t.step === "day" ? "day" : "week"}`),
    narrow ? eventList(t.events) : eventTable(t.events),
    t.events.length < n ? h("p", {}, `The first ${t.events.length} of ${n} events, by date · `, link(table, "all of them in the event table")) : "");
}

export async function dyadView(box: HTMLElement, _url: URL, [a, b]: string[]): Promise<void> {
  append(box, link("/network", "← Network"), await dyadPanel(a, b, "h1"));
}
