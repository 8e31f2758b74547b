import "./style.css";
import { clear, h } from "./dom";
import { navigate, setRenderer } from "./router";
import { overview } from "./views/overview";
import { network } from "./views/network";
import { eventsView } from "./views/events";
import { documentsView, reader } from "./views/reader";
import { searchView } from "./views/search";
import { dyadView } from "./views/dyad";

type View = (main: HTMLElement, url: URL, params: string[]) => Promise<void>;

// The map brings its own country shapes and projection; it loads when first opened, so
// that the other views do not wait for it.
const mapView: View = async (box, url) => (await import("./views/map")).mapView(box, url);
// The claim board and the framing matrix load on demand too: the first load stays small.
const claimsView: View = async (box, url) => (await import("./views/claims")).claimsView(box, url);
const framesView: View = async (box, url) => (await import("./views/frames")).framesView(box, url);

// Routes are real paths (the server answers every non-API path with index.html), so
// that every view, filter and sentence has a URL an analyst can bookmark and share.
const routes: [RegExp, View, string][] = [
  [/^\/$/, overview, "/"],
  [/^\/network$/, network, "/network"],
  [/^\/dyad\/([^/]+)\/([^/]+)$/, dyadView, "/network"],
  [/^\/map$/, mapView, "/map"],
  [/^\/events$/, eventsView, "/events"],
  [/^\/claims$/, claimsView, "/claims"],
  [/^\/frames$/, framesView, "/frames"],
  [/^\/documents$/, documentsView, "/documents"],
  [/^\/doc\/([^/]+)$/, reader, "/documents"],
  [/^\/search$/, searchView, "/search"],
];

const main = document.getElementById("main") as HTMLElement;
let generation = 0;

async function render(): Promise<void> {
  const url = new URL(location.href);
  const gen = ++generation;
  document.dispatchEvent(new CustomEvent("sitrep:leave"));
  clear(main);
  main.setAttribute("aria-busy", "true");
  let view: View = notFound, nav = "";
  let params: string[] = [];
  for (const [re, v, n] of routes) {
    const m = re.exec(url.pathname);
    if (m) {
      view = v;
      nav = n;
      params = m.slice(1).map(decodeURIComponent);
      break;
    }
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header nav a")) {
    if (a.getAttribute("href") === nav) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  // A view renders into a detached container, swapped in only if no later navigation
  // started meanwhile: a slow response must not overwrite the page the analyst moved to.
  const box = h("div", { class: "view" });
  try {
    await view(box, url, params);
  } catch (err) {
    clear(box);
    box.append(h("p", { class: "error", role: "alert" }, `Could not load this view: ${err instanceof Error ? err.message : String(err)}`));
  }
  if (gen !== generation) return;
  clear(main);
  main.append(box);
  main.removeAttribute("aria-busy");
  document.dispatchEvent(new CustomEvent("sitrep:rendered"));
}

async function notFound(box: HTMLElement, url: URL): Promise<void> {
  box.append(h("h1", {}, "Not found"), h("p", {}, `Nothing lives at ${url.pathname}.`));
}

setRenderer(() => void render().then(() => main.focus({ preventScroll: true })));

document.addEventListener("click", (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = (ev.target as Element).closest("a");
  if (!a || a.target || a.hasAttribute("download")) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/")) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  ev.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener("popstate", () => void render());
void render();
