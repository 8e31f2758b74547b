// Every node is built with createElement and textContent, never innerHTML: article
// text and codes come from untrusted pages, and this way markup in them stays text.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") {
      el.addEventListener(k.slice(2), v);
    } else if (k === "href") {
      el.setAttribute("href", safeHref(String(v)));
    } else {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

// safeHref keeps links inside the workbench or on http(s): an article's URL field is
// input like any other, and a javascript: URL must not become a live link.
export function safeHref(href: string): string {
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  try {
    const u = new URL(href);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch {
    // not a URL at all
  }
  return "#";
}

const SVG = "http://www.w3.org/2000/svg";

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (SVGElement | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

// link builds an in-app link; the router intercepts clicks on it.
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h("a", { href }, ...children);
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

// showFirst puts the first n items into container and returns a button that adds the
// rest (null when there is no rest): a long table is built at once but laid out only
// when the analyst asks for it.
export function showFirst(container: Element, items: Element[], n: number, noun: string): HTMLElement | null {
  container.append(...items.slice(0, n));
  if (items.length <= n) return null;
  const p = h("p", {}, h("button", {
    type: "button", class: "linkish", "data-testid": "show-all",
    onclick: () => {
      container.append(...items.slice(n));
      p.remove();
    },
  }, `Show all ${fmt(items.length)} ${noun}`));
  return p;
}
