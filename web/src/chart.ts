import { h, svg } from "./dom";

export interface DayCount {
  date: string;
  cooperation: number;
  conflict: number;
}

// trendChart draws cooperation and conflict counts per day as paired bars. It is a
// plain SVG so that it needs no chart library and prints and scales cleanly; the same
// numbers follow in a table for screen readers and for copying.
export function trendChart(days: DayCount[], title: string): HTMLElement {
  const fig = h("figure", { class: "chart" }, h("figcaption", {}, title));
  if (days.length === 0) {
    fig.append(h("p", { class: "muted" }, "No dated events yet."));
    return fig;
  }
  const W = 640, H = 220, left = 36, right = 8, top = 10, bottom = 42;
  const max = Math.max(1, ...days.map((d) => Math.max(d.cooperation, d.conflict)));
  const step = (W - left - right) / days.length;
  const bar = Math.max(2, Math.min(18, step / 2 - 2));
  const y = (v: number) => top + (H - top - bottom) * (1 - v / max);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${title}: bar chart` });
  // Horizontal grid at whole counts, at most five lines.
  const ticks = niceTicks(max);
  for (const t of ticks) {
    root.append(
      svg("line", { x1: left, x2: W - right, y1: y(t), y2: y(t), class: "grid" }),
      svg("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end", class: "tick" }, String(t)),
    );
  }
  const labelEvery = Math.ceil(days.length / 10);
  days.forEach((d, i) => {
    const x = left + i * step + step / 2;
    root.append(
      svg("rect", { x: x - bar - 1, y: y(d.cooperation), width: bar, height: y(0) - y(d.cooperation), class: "coop" },
        svg("title", {}, `${d.date}: ${d.cooperation} cooperation`)),
      svg("rect", { x: x + 1, y: y(d.conflict), width: bar, height: y(0) - y(d.conflict), class: "conflict" },
        svg("title", {}, `${d.date}: ${d.conflict} conflict`)),
    );
    if (i % labelEvery === 0) {
      root.append(svg("text", { x, y: H - bottom + 16, "text-anchor": "middle", class: "tick" }, d.date.slice(5)));
    }
  });
  root.append(svg("line", { x1: left, x2: W - right, y1: y(0), y2: y(0), class: "axis" }));
  fig.append(
    root,
    h("p", { class: "legend" }, h("span", { class: "swatch coop" }), " cooperation (quad 1–2) ", h("span", { class: "swatch conflict" }), " conflict (quad 3–4)"),
    h("details", {}, h("summary", {}, "Data"),
      h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "Cooperation"), h("th", {}, "Conflict"))),
        h("tbody", {}, days.map((d) => h("tr", {}, h("td", {}, d.date), h("td", { class: "num" }, d.cooperation), h("td", { class: "num" }, d.conflict)))))),
  );
  return fig;
}

function niceTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}
