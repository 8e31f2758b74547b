import { api } from "../api";
import { trendChart } from "../chart";
import { append, fmt, h, link } from "../dom";

// The overview reads one aggregate from the server (/api/stats) rather than every
// event, so it stays fast however large the store grows.
export async function overview(box: HTMLElement): Promise<void> {
  const stats = await api.stats();
  const top = stats.top_dyads.slice(0, 10);
  append(box,
    h("h1", {}, "Overview"),
    h("dl", { class: "counts" },
      card("Documents", stats.documents, "/documents"),
      card("Events", stats.events, "/events"),
      card("Actors", stats.actors, "/network"),
    ),
    h("div", { class: "cols" },
      h("section", { "aria-labelledby": "dyads-h" },
        h("h2", { id: "dyads-h" }, "Top dyads"),
        top.length === 0
          ? h("p", { class: "muted" }, "No events between two actors yet.")
          : h("table", { class: "data" },
              h("thead", {}, h("tr", {}, h("th", {}, "Dyad"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Coop."), h("th", { class: "num" }, "Conflict"), h("th", { class: "num" }, "Mean Goldstein"))),
              h("tbody", {}, top.map((d) =>
                h("tr", {},
                  h("td", {}, link(`/dyad/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}`, `${d.a} – ${d.b}`)),
                  h("td", { class: "num" }, link(`/events?dyad=${encodeURIComponent(d.a)},${encodeURIComponent(d.b)}`, String(d.events))),
                  h("td", { class: "num" }, d.cooperation),
                  h("td", { class: "num" }, d.conflict),
                  h("td", { class: `num ${d.goldstein < 0 ? "neg" : "pos"}` }, fmt(d.goldstein, 1)),
                )))),
      ),
      h("section", { "aria-labelledby": "trend-h" },
        h("h2", { id: "trend-h" }, "Cooperation and conflict by day"),
        trendChart(stats.trend, "Events per day"),
      ),
    ),
  );
}

function card(label: string, n: number, href: string, suffix = ""): HTMLElement {
  return h("div", { class: "card" }, h("dt", {}, label), h("dd", {}, link(href, fmt(n) + suffix)));
}
