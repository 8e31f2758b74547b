import type { SitrepEvent } from "./api";

// Dyad is the relationship between two actors, direction ignored: the network draws one
// edge per pair and the dyad timeline reads both directions.
export interface Dyad {
  a: string;
  b: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number; // mean
}

export function dyadKey(x: string, y: string): [string, string] {
  return x <= y ? [x, y] : [y, x];
}

export function dyads(events: SitrepEvent[]): Dyad[] {
  const by = new Map<string, Dyad & { sum: number }>();
  for (const e of events) {
    const s = e.source.code, t = e.target.code;
    if (!s || !t || s === t) continue;
    const [a, b] = dyadKey(s, t);
    const k = `${a}\u0000${b}`;
    let d = by.get(k);
    if (!d) {
      d = { a, b, events: 0, cooperation: 0, conflict: 0, goldstein: 0, sum: 0 };
      by.set(k, d);
    }
    d.events++;
    d.sum += e.goldstein;
    if (e.quad >= 3) d.conflict++;
    else d.cooperation++;
  }
  const out: Dyad[] = [];
  for (const { sum, ...d } of by.values()) out.push({ ...d, goldstein: sum / d.events });
  return out.sort((x, y) => y.events - x.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

// activity counts each actor's events, as source or target.
export function activity(events: SitrepEvent[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of events) {
    for (const c of [e.source.code, e.target.code]) if (c) m.set(c, (m.get(c) ?? 0) + 1);
  }
  return m;
}

export interface DayCount {
  date: string;
  cooperation: number;
  conflict: number;
}

export function trend(events: SitrepEvent[]): DayCount[] {
  const by = new Map<string, DayCount>();
  for (const e of events) {
    if (!e.date) continue;
    const date = e.date.slice(0, 10);
    let d = by.get(date);
    if (!d) by.set(date, (d = { date, cooperation: 0, conflict: 0 }));
    if (e.quad >= 3) d.conflict++;
    else d.cooperation++;
  }
  return [...by.values()].sort((x, y) => x.date.localeCompare(y.date));
}
