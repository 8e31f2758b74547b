// navigate is the one way views change the page; main.ts registers the renderer, so
// views need not import main (which imports them).
let renderer: () => void = () => {};

export function setRenderer(fn: () => void): void {
  renderer = fn;
}

export function navigate(href: string): void {
  history.pushState(null, "", href);
  renderer();
}
