// End-to-end tests of the workbench in Debian's headless Chromium, driven by
// playwright-core. They build the sitrep binary, ingest the project's example
// articles into a temporary store, serve it on a free loopback port, and act as an
// analyst would. Screenshots land in e2e/artifacts/ for a person to look at.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { buildStore } from "./store.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "artifacts");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

// Only these flags: others make Chromium reach for the network, which is closed here.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let work, server, base, context, page;
const pageErrors = [];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForServer(url, proc, ms = 30000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`sitrep serve exited with ${proc.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sitrep serve did not answer ${url} within ${ms} ms`);
}

async function shot(name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

// marksAt lists the reader's highlights of one kind with their place in the article's
// text in characters (code points, as the API counts), their words and hover text
// (data-tip, which the reader shows in its tooltip).
async function marksAt(page, kind) {
  return page.locator(`.article-text mark.${kind}`).evaluateAll((ms) => ms.map((m) => {
    const body = m.closest(".article-text");
    const r = document.createRange();
    r.setStart(body, 0);
    r.setEnd(m, 0);
    const start = [...r.toString()].length;
    return {
      start, end: start + [...m.textContent].length, text: m.textContent,
      quotes: (m.dataset.quote ?? "").split(" "), date: m.dataset.date ?? "", tip: m.dataset.tip ?? "",
    };
  }));
}

// rendered waits for the router to finish a view.
async function rendered() {
  await page.waitForSelector("main:not([aria-busy]) .view");
}

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  let bin, db;
  ({ work, bin, db } = buildStore("sitrep-e2e-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ["serve", "--db", db, "--addr", `127.0.0.1:${port}`], { stdio: ["ignore", "ignore", "inherit"] });
  await waitForServer(`${base}/api/openapi.json`, server);

  context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1360, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(msg.text());
  });
  page.on("dialog", (d) => {
    pageErrors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
});

after(async () => {
  await context?.close();
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("workbench", () => {
  test("overview shows the store's counts, top dyads and the trend chart", async () => {
    await page.goto(`${base}/`);
    await rendered();
    const docs = await page.locator(".card", { hasText: "Documents" }).locator("dd").innerText();
    assert.equal(docs, "12", "8 example articles, the hostile fixture, the two contested reports and the reader's article");
    const dyadRows = await page.locator("section[aria-labelledby=dyads-h] tbody tr").count();
    assert.ok(dyadRows > 0, "top dyads listed");
    assert.ok((await page.locator("figure.chart svg rect.coop").count()) > 0, "trend chart drawn");
    await shot("overview");
  });

  test("network shows the expected actors and opens a dyad", async () => {
    const asked = [];
    const record = (req) => asked.push(new URL(req.url()).pathname);
    page.on("request", record);
    await page.click("header nav >> text=Network");
    await rendered();
    await page.waitForSelector(".graph canvas");
    page.off("request", record);
    // The server aggregates the network: the page must not page through raw events.
    assert.ok(asked.includes("/api/network"), `the network asked ${asked}`);
    assert.ok(!asked.includes("/api/events"), `the network fetched raw events: ${asked}`);
    const actors = await page.locator("[data-testid=network-actors] button").allInnerTexts();
    assert.ok(actors.some((a) => a.startsWith("IRQ")), `an Iraqi actor among ${actors}`);
    assert.ok(actors.some((a) => a.startsWith("USA")), `a US actor among ${actors}`);
    // Let the graph draw before the screenshot.
    await page.waitForTimeout(300);
    await shot("network");

    const first = page.locator("[data-testid=dyads] tbody tr").first();
    const [a, b] = (await first.getAttribute("data-dyad")).split(",");
    await first.locator("button").click();
    const panel = page.locator(".panel section.dyad");
    await panel.waitFor();
    assert.match(await panel.locator("h2").innerText(), new RegExp(`${a}.*${b}`));
    const n = Number(await first.locator("td").nth(1).innerText());
    assert.equal(await panel.locator("ol.evlist li").count(), n, "the dyad's events listed, both directions");
    assert.ok((await panel.locator("ol.evlist li .sentence a").first().getAttribute("href")).startsWith("/doc/"), "each links to its sentence");
    await shot("network-dyad");

    // Clicking a node in the drawing opens that actor's dyads; one of them, its timeline.
    const node = actors.find((a) => a.startsWith("IRQ"));
    const at = await page.evaluate((n) => {
      const r = document.querySelector(".graph").sigma;
      return r.graphToViewport(r.getGraph().getNodeAttributes(n));
    }, node);
    const box = await page.locator(".graph").boundingBox();
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator(".panel h2", { hasText: node }).waitFor({ timeout: 5000 });
    const partner = page.locator(".panel li button").first();
    await partner.click();
    await page.locator(".panel section.dyad").waitFor();
    assert.match(await page.locator(".panel section.dyad h2").innerText(), new RegExp(node));

    // Clicking the line between two actors opens their dyad. Click the middle of
    // the edge that lies farthest from every node, so that the layout cannot put a
    // node (or a label) under the click.
    // Empty the panel first: that can reflow the page and resize the drawing.
    await page.locator(".panel").evaluate((el) => el.replaceChildren());
    await page.waitForTimeout(300);
    // Opening an actor moves the camera; measure once it has stopped.
    await page.waitForFunction(() => !document.querySelector(".graph").sigma.getCamera().isAnimated());
    const mid = await page.evaluate(() => {
      const r = document.querySelector(".graph").sigma;
      const g = r.getGraph();
      const pos = new Map();
      g.forEachNode((n, attr) => pos.set(n, r.graphToViewport(attr)));
      let best = null;
      g.forEachEdge((e, attr, s, t) => {
        const p = pos.get(s), q = pos.get(t);
        const m = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
        let clear = Infinity;
        for (const v of pos.values()) clear = Math.min(clear, Math.hypot(v.x - m.x, v.y - m.y));
        if (!best || clear > best.clear) best = { ...m, clear, a: s < t ? s : t, b: s < t ? t : s };
      });
      return best;
    });
    const box2 = await page.locator(".graph").boundingBox();
    await page.mouse.click(box2.x + mid.x, box2.y + mid.y);
    await page.locator(".panel section.dyad").waitFor({ timeout: 5000 });
    assert.equal(await page.locator(".panel section.dyad h2").innerText(), `${mid.a} – ${mid.b}`);
  });

  test("map plots the examples' places and lists a place's events", async () => {
    const { places } = await (await fetch(`${base}/api/places`)).json();
    const baghdad = places.find((p) => p.name === "Baghdad");
    assert.ok(baghdad, `the examples place an event in Baghdad: ${places.map((p) => p.name)}`);

    const asked = [];
    const record = (req) => asked.push(new URL(req.url()).pathname);
    page.on("request", record);
    await page.click("header nav >> text=Map");
    await page.waitForURL(/\/map$/);
    await rendered();
    const circles = page.locator("svg.map circle.place");
    await circles.first().waitFor();
    page.off("request", record);
    assert.ok(!asked.includes("/api/events"), `the map fetched raw events: ${asked}`);
    const drawn = await circles.evaluateAll((cs) => cs.map((c) => c.dataset.place).sort());
    assert.deepEqual(drawn, places.map((p) => p.id).sort(), "one circle per place");
    assert.ok((await page.locator("svg.map .countries path.active").count()) > 0, "countries with events shaded");

    // Hover names the place and counts its events.
    const dot = page.locator(`svg.map circle[data-place="${baghdad.id}"]`);
    await dot.hover();
    const tip = page.locator(".maptip");
    await tip.waitFor();
    assert.match(await tip.innerText(), new RegExp(`^Baghdad.*${baghdad.events} events?: ${baghdad.cooperation} cooperation, ${baghdad.conflict} conflict`));

    // Click lists the place's events, each linked to its sentence.
    await dot.click();
    const panel = page.locator(`.panel section.place[data-place="${baghdad.id}"]`);
    await panel.waitFor();
    assert.equal(await panel.locator("h2").innerText(), "Baghdad");
    const items = panel.locator("ol.evlist li");
    assert.equal(await items.count(), baghdad.events, "every event at the place listed");
    for (const a of await panel.locator("ol.evlist li .sentence a").all()) {
      assert.match(await a.getAttribute("href"), /^\/doc\/[^?]+\?event=/);
    }
    assert.equal(await dot.getAttribute("class"), "place selected");
    await page.mouse.move(0, 0);
    await shot("map");

    // The whole world, then back: the same circles.
    await page.click("[data-testid=map-extent]");
    assert.equal(await circles.count(), places.length);
    await shot("map-world");
    await page.click("[data-testid=map-extent]");

    // The first event's link opens its sentence in the reader.
    const link = panel.locator("ol.evlist li .sentence a").first();
    const eventId = await link.evaluate((a) => a.closest("li").dataset.event);
    await link.click();
    await page.waitForURL(/\/doc\/.+\?event=/);
    await rendered();
    const target = page.locator("mark.event.target");
    await target.waitFor();
    assert.ok((await target.getAttribute("data-events")).split(" ").includes(eventId));
  });

  test("map filters are the event table's", async () => {
    // An actor filter that leaves out some placed events: the map must drop them too.
    const all = await (await fetch(`${base}/api/places`)).json();
    const { events } = await (await fetch(`${base}/api/events?limit=1000`)).json();
    const placed = events.filter((e) => e.place && e.source.code);
    const actor = placed.find((e) => placed.some((x) => x.source.code !== e.source.code && x.target.code !== e.source.code)).source.code;
    const want = await (await fetch(`${base}/api/places?actor=${actor}`)).json();
    assert.ok(want.placed_events < all.placed_events, `actor=${actor} narrows the map`);

    await page.goto(`${base}/map`);
    await rendered();
    await page.fill("form.filters input[name=actor]", actor);
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(new RegExp(`/map\\?actor=${actor}$`));
    await rendered();
    const drawn = await page.locator("svg.map circle.place").evaluateAll((cs) => cs.map((c) => c.dataset.place).sort());
    assert.deepEqual(drawn, want.places.map((p) => p.id).sort());
    assert.match(await page.locator("[data-testid=map-summary]").innerText(), new RegExp(`^${want.placed_events} of ${want.events} events`));
    // The same filter carries to the event table.
    assert.equal(await page.locator("[data-testid=map-summary] a").first().getAttribute("href"), `/events?actor=${actor}`);
    await shot("map-filtered");
  });

  test("event table filters by dyad and pages", async () => {
    const res = await fetch(`${base}/api/events?limit=1000`);
    const { events } = await res.json();
    const e = events.find((x) => x.source.code && x.target.code);
    assert.ok(e, "the example store has an event with both actors");
    const dyad = `${e.source.code},${e.target.code}`;
    const want = events.filter((x) => x.source.code === e.source.code && x.target.code === e.target.code).length;

    await page.click("header nav >> text=Events");
    await rendered();
    const all = await page.locator("table.events tbody tr").count();
    await page.fill("input[name=dyad]", dyad);
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/dyad=/);
    await rendered();
    const rows = page.locator("table.events tbody tr");
    assert.equal(await rows.count(), want, `rows for ${dyad}`);
    assert.ok(want < all, "the filter narrowed the table");
    for (const r of await rows.all()) {
      const cells = await r.locator("td").allInnerTexts();
      assert.equal(cells[1], e.source.code);
      assert.equal(cells[3], e.target.code);
    }
    assert.equal(await page.inputValue("input[name=dyad]"), dyad, "the form keeps the filter");
    await shot("events-dyad");

  });

  test("an event links to its sentence, highlighted in the reader", async () => {
    const link = page.locator("table.events tbody tr td.sentence a").first();
    const eventId = await link.evaluate((a) => a.closest("tr").dataset.event);
    await link.click();
    await page.waitForURL(/\/doc\/.+\?event=/);
    await rendered();
    const target = page.locator("mark.event.target");
    await target.waitFor();
    assert.ok((await target.getAttribute("data-events")).split(" ").includes(eventId));
    assert.match(await target.getAttribute("data-tip"), /CAMEO \d+/);
    assert.ok(await target.isVisible());
    assert.ok((await page.locator(".article-text mark.mention").count()) > 0, "actor mentions highlighted");
    await shot("reader");
  });

  test("search finds articles and links to them", async () => {
    await page.goto(`${base}/search?q=Qaim`);
    await rendered();
    const hits = page.locator("ol.hits li");
    assert.ok((await hits.count()) > 0);
    assert.ok((await hits.first().locator("mark").count()) > 0, "the matched word marked");
    await hits.first().locator("a").first().click();
    await page.waitForURL(/\/doc\//);
    await rendered();
    await shot("search-reader");
  });

  test("claim board shows the wire story once, with every outlet's position", async () => {
    const { claims } = await (await fetch(`${base}/api/claims?limit=1000`)).json();
    await page.click("header nav >> text=Claims");
    await page.waitForURL(/\/claims$/);
    await rendered();
    const cards = page.locator("article.claim");
    assert.equal(await cards.count(), claims.length, "one card per claim");

    // The storyline: Tigris Daily reports Iraq's Ministry of Defense saying Iraqi and US
    // forces carried out joint raids near Qaim (their military cooperation, 062), Capitol
    // Wire the Pentagon's statement that US forces gave air support to Iraqi units in those
    // raids (060), the Gulf Ledger runs the same wire copy, and the other outlets of that
    // story leave it out. All three attribute the cooperation to a government (it is in
    // what the ministry or the Pentagon said); the copy must count once and say whose it is.
    const card = cards.filter({ hasText: "IRQMIL → USAMIL" }).filter({ hasText: "CAMEO 062" });
    assert.equal(await card.count(), 1, "the joint-raids claim is one record");
    assert.equal(await card.locator("[data-testid=independent]").innerText(), "2 independent outlets");
    assert.match(await card.locator(".facts").innerText(), /2 independent outlets of 3 reporting it/);
    const attributing = await card.locator(".side.attributes li").evaluateAll((ls) => ls.map((l) => l.dataset.outlet).sort());
    assert.deepEqual(attributing, ["Capitol Wire", "Gulf Ledger", "Tigris Daily"]);
    assert.match(await card.locator(".side.attributes li[data-outlet='Gulf Ledger'] .via").innerText(), /via Capitol Wire/);
    assert.equal(await card.locator(".side.attributes li[data-outlet='Capitol Wire'] .via").count(), 0, "the original is not a copy");
    assert.match(await card.locator("[data-testid=chain]").innerText(), /Gulf Ledger \(wire-copy-gulf\) via Capitol Wire/);
    const omitting = await card.locator(".side.omits li").evaluateAll((ls) => ls.map((l) => l.dataset.outlet));
    assert.ok(omitting.includes("Levant Observer") && omitting.includes("Axis Voice"), `omitted by ${omitting}`);
    assert.match(await card.locator("header .status.omitted").innerText(), new RegExp(`omitted by ${omitting.length}`));
    await card.scrollIntoViewIfNeeded();
    await shot("claims");

    // Filters: an outlet keeps the claims it takes a position on; an actor prefix the
    // claims with that actor on either side. The form keeps them.
    const byOutlet = claims.filter((c) => c.positions.some((p) => p.outlet === "Gulf Ledger")).length;
    await page.selectOption("form.filters select[name=outlet]", "Gulf Ledger");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/outlet=Gulf\+Ledger/);
    await rendered();
    assert.equal(await cards.count(), byOutlet);
    assert.ok(byOutlet < claims.length, "the outlet filter narrowed the board");
    assert.equal(await page.inputValue("form.filters select[name=outlet]"), "Gulf Ledger");
    const bySyria = claims.filter((c) => c.event.source.startsWith("SYR") || c.event.target.startsWith("SYR")).length;
    await page.goto(`${base}/claims?actor=SYR`);
    await rendered();
    assert.ok(bySyria > 0 && bySyria < claims.length);
    assert.equal(await cards.count(), bySyria);
    for (const t of await cards.locator(".facts a").first().allInnerTexts()) assert.match(t, /SYR/);
    const dated = claims.filter((c) => c.event.date && c.event.date >= "2026-03-14").length;
    await page.goto(`${base}/claims?from=2026-03-14`);
    await rendered();
    assert.equal(await cards.count(), dated, "claims on or after 14 March");

    // The contested fixture: one outlet reports the arrests, another says they did not
    // happen. Filtered by status, the board shows that claim with both sides.
    await page.goto(`${base}/claims`);
    await rendered();
    await page.selectOption("form.filters select[name=status]", "contested");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/status=contested/);
    await rendered();
    assert.equal(await cards.count(), claims.filter((c) => c.status === "contested").length);
    const contested = cards.filter({ hasText: "IMGMUSISI" }).filter({ has: page.locator(".side.contradicts") });
    assert.equal(await contested.count(), 1, "the arrest claim is contested");
    assert.equal(await contested.locator("header .status").first().innerText(), "contested");
    assert.deepEqual(await contested.locator(".side.asserts li").evaluateAll((ls) => ls.map((l) => l.dataset.outlet)), ["River Post"]);
    assert.deepEqual(await contested.locator(".side.contradicts li").evaluateAll((ls) => ls.map((l) => l.dataset.outlet)), ["Delta Herald"]);
    assert.match(await contested.locator(".side.contradicts .sentence a").innerText(), /did not arrest/);
    assert.doesNotMatch(await contested.locator(".facts").innerText(), /reporting/, "a denial does not count as reporting the claim");
    await shot("claims-contested");

    // The story link narrows the board to the claims of the same story (the API's
    // story filter); the summary counts them by status.
    await page.goto(`${base}/claims`);
    await rendered();
    const story = page.locator("article.claim", { hasText: "IRQMIL → USAMIL" }).filter({ hasText: "CAMEO 062" }).locator(".facts a", { hasText: "story" });
    await story.click();
    await page.waitForURL(/story=IRQ%7CUSA/);
    await rendered();
    const inStory = (await (await fetch(`${base}/api/claims?story=${encodeURIComponent("IRQ|USA")}`)).json()).claims;
    assert.ok(inStory.length > 1 && inStory.length < claims.length, `${inStory.length} claims in the story`);
    assert.equal(await cards.count(), inStory.length);
    const single = inStory.filter((c) => c.status === "single-source").length;
    assert.match(await page.locator("[data-testid=claims-summary]").innerText(), new RegExp(`${single} single-source`));

    // A position's sentence opens the reader at that sentence.
    await page.goto(`${base}/claims`);
    await rendered();
    const sentence = page.locator("article.claim", { hasText: "IRQMIL → USAMIL" }).filter({ hasText: "CAMEO 062" })
      .locator(".side.attributes li[data-outlet='Capitol Wire'] .sentence a");
    const said = await sentence.innerText();
    await sentence.click();
    await page.waitForURL(/\/doc\/capitolwire[^?]*\?event=/);
    await rendered();
    const target = page.locator(".sent.target");
    await target.waitFor();
    assert.equal(await target.innerText(), said, "the cited sentence is the one marked");
    assert.ok(await page.locator("mark.event.target").isVisible());
    await shot("claims-reader");
  });

  test("framing matrix shows outlets by actors with tone, and a cell's evidence", async () => {
    const { frames } = await (await fetch(`${base}/api/frames`)).json();
    await page.click("header nav >> text=Framing");
    await page.waitForURL(/\/frames$/);
    await rendered();
    const outlets = await page.locator("table.matrix tbody tr").evaluateAll((rs) => rs.map((r) => r.dataset.outlet));
    for (const o of ["Axis Voice", "Capitol Wire", "Levant Observer", "Tigris Daily"]) {
      assert.ok(outlets.includes(o), `outlet ${o} among ${outlets}`);
    }
    const actors = await page.locator("table.matrix thead th[data-actor]").evaluateAll((hs) => hs.map((x) => x.dataset.actor));
    for (const a of ["USA", "USAMIL", "IRQGOV", "SYRGOV", "PMF", "IMGMUSISI"]) {
      assert.ok(actors.includes(a), `actor ${a} among ${actors}`);
    }
    // Every frame is a cell showing its tone; empty cells have none.
    assert.equal(await page.locator("table.matrix td button").count(), frames.length);
    const f = frames.find((x) => x.outlet === "Axis Voice" && x.actor === "USA");
    assert.ok(f && f.tone < 0, "Axis Voice writes about the United States in a negative tone");
    const cell = page.locator(`table.matrix tr[data-outlet="Axis Voice"] td[data-actor="USA"]`);
    assert.equal(await cell.locator(".tone").innerText(), `−${Math.abs(f.tone).toFixed(2)}`);
    const [r, , b] = (await cell.evaluate((td) => getComputedStyle(td).backgroundColor)).match(/\d+/g).map(Number);
    assert.ok(r > b, "negative tone in the red half of the scale");
    const pos = frames.find((x) => x.tone > 0.1);
    const [r2, , b2] = (await page.locator(`table.matrix tr[data-outlet="${pos.outlet}"] td[data-actor="${pos.actor}"]`)
      .evaluate((td) => getComputedStyle(td).backgroundColor)).match(/\d+/g).map(Number);
    assert.ok(b2 > r2, "positive tone in the blue half");
    await shot("frames");

    await cell.locator("button").click();
    const detail = page.locator("[data-testid=frame-detail]");
    await detail.waitFor();
    assert.match(await detail.locator("h2").innerText(), /^Axis Voice on USA/);
    assert.match(page.url(), /sel=Axis\+Voice%7CUSA/, "the open cell is in the URL");
    // Events by the actor and events on it are told apart, as the API counts them.
    if (f.cooperation + f.conflict) {
      const role = (co, cf) => (co + cf ? `${co} cooperative, ${cf} conflictual` : "none");
      const text = await detail.innerText();
      assert.ok(text.includes(`by USA ${role(f.cooperation_by, f.conflict_by)}`), `by-role counts in ${text}`);
      assert.ok(text.includes(`on USA ${role(f.cooperation_on, f.conflict_on)}`), `on-role counts in ${text}`);
    }
    const evidence = detail.locator("ol.evidence li a");
    assert.equal(await evidence.count(), f.evidence.length);
    await shot("frames-cell");
    const said = await evidence.first().innerText();
    await evidence.first().click();
    await page.waitForURL(/\/doc\/[^?]+\?span=\d+-\d+/);
    await rendered();
    const target = page.locator(".sent.target");
    await target.waitFor();
    assert.equal(await target.innerText(), said, "the evidence sentence is the one marked");
    assert.ok(await target.isVisible());
    await shot("frames-reader");

    // Grouped by country, state actors fold into their country's column.
    await page.goto(`${base}/frames`);
    await rendered();
    await page.click("nav.toggle a[data-by=country]");
    await page.waitForURL(/by=country/);
    await rendered();
    const grouped = await page.locator("table.matrix thead th[data-actor]").evaluateAll((hs) => hs.map((x) => x.dataset.actor));
    assert.ok(grouped.includes("USA") && grouped.includes("IRQ"), `columns ${grouped}`);
    assert.ok(!grouped.includes("USAMIL") && !grouped.includes("IRQGOV"), `no state agencies by country: ${grouped}`);
    await shot("frames-country");
  });

  test("the reader highlights quotations with their speaker and lists them", async () => {
    const view = await (await fetch(`${base}/api/documents/baghdad-briefing`)).json();
    assert.ok(view.quotes?.length > 0, "the briefing has quotes");
    await page.goto(`${base}/doc/baghdad-briefing`);
    await rendered();
    const marks = page.locator(".article-text mark.quote");
    const ids = new Set((await marks.evaluateAll((ms) => ms.map((m) => m.dataset.quote))).flatMap((s) => s.split(" ")));
    assert.deepEqual([...ids].sort(), view.quotes.map((q) => q.id).sort(), "every quote highlighted");
    const q = view.quotes.find((x) => x.speaker.code);
    const mark = page.locator(`.article-text mark.quote[data-quote="${q.id}"]`).first();
    assert.match(await mark.getAttribute("data-tip"), new RegExp(`speaker code ${q.speaker.code}`));
    const speaker = page.locator(`.article-text mark.speaker[data-quote="${q.id}"]`);
    assert.equal(await speaker.innerText(), q.speaker.text, "the speaker's words marked");
    assert.equal(await page.locator(`.article-text mark.verb[data-quote="${q.id}"]`).innerText(), q.verb_text);
    assert.equal(await page.locator(".reader-side ol.quotes li").count(), view.quotes.length, "listed in the side panel");
    await page.locator(`.reader-side li[data-quote="${q.id}"] .sentence a`).click();
    await page.waitForURL(/\?quote=/);
    await rendered();
    assert.ok(await page.locator(`.article-text mark.quote.target[data-quote="${q.id}"]`).first().isVisible());
    await shot("reader-quotes");
  });

  test("the reader marks a quote's speaker and verb where the API's spans say", async () => {
    const view = await (await fetch(`${base}/api/documents/dam-inquiry`)).json();
    const { text } = view.document;
    const valid = (sp) => Array.isArray(sp) && sp[1] > sp[0];
    const quotes = view.quotes.filter((q) => valid(q.speaker_span) && valid(q.verb_span));
    assert.ok(quotes.length >= 3, `the fixture's quotes carry spans: ${JSON.stringify(view.quotes)}`);
    // Two cases where looking the words up in the quote's sentences goes wrong, so
    // that the test tells the spans from the search: a quotation that goes on from
    // the one before it (its speaker is named in the earlier sentence), and a
    // sentence with two speech verbs, the other one nearer to the quoted words.
    const cont = quotes.find((q) => q.speaker_span[0] < view.sentences[q.sentence][0]);
    assert.ok(cont, "a quote whose speaker is named in an earlier sentence");
    const twice = quotes.find((q) => {
      const [a, b] = [view.sentences[q.sentence][0], view.sentences[q.sentence_end][1]];
      return text.slice(a, b).split(q.verb_text).length > 2;
    });
    assert.ok(twice, "a quote whose sentence holds its verb twice");

    await page.goto(`${base}/doc/dam-inquiry`);
    await rendered();
    const got = await marksAt(page, "speaker");
    const verbs = await marksAt(page, "verb");
    for (const q of quotes) {
      const at = (ms, sp) => ms.find((m) => m.quotes.includes(q.id) && m.start === sp[0] && m.end === sp[1]);
      assert.ok(at(got, q.speaker_span), `${q.id}: speaker marked at ${q.speaker_span}, marks ${JSON.stringify(got)}`);
      assert.ok(at(verbs, q.verb_span), `${q.id}: verb marked at ${q.verb_span}, marks ${JSON.stringify(verbs)}`);
      assert.equal(got.filter((m) => m.quotes.includes(q.id)).length, 1, `${q.id}: one speaker mark`);
      assert.equal(verbs.filter((m) => m.quotes.includes(q.id)).length, 1, `${q.id}: one verb mark`);
    }
    const sp = page.locator(".article-text mark.speaker", { hasText: cont.speaker.text }).first();
    assert.match(await sp.getAttribute("data-tip"), new RegExp(`Speaker: ${cont.speaker.code}`));
    await page.locator(`.article-text mark.verb[data-quote~="${twice.id}"]`).scrollIntoViewIfNeeded();
    await shot("reader-spans");

    // A store written before the spans were recorded: its quotes have none. The words
    // are then looked for in the quote's sentences, as whole words. (The same for
    // places without a span: their words are looked for in the event's sentence.)
    await page.route("**/api/documents/dam-inquiry", async (route) => {
      const old = await (await route.fetch()).json();
      for (const q of old.quotes) {
        delete q.speaker_span;
        delete q.verb_span;
      }
      old.spans = old.spans.filter((x) => x.kind !== "place");
      await route.fulfill({ json: old });
    });
    try {
      await page.reload();
      await rendered();
      const found = await marksAt(page, "speaker");
      for (const q of view.quotes) {
        const [a, b] = [view.sentences[q.sentence][0], view.sentences[q.sentence_end][1]];
        if (!text.slice(a, b).includes(q.speaker.text)) continue;
        const m = found.find((x) => x.quotes.includes(q.id));
        assert.ok(m, `${q.id}: speaker found without a span`);
        assert.equal(m.text, q.speaker.text);
      }
      assert.ok((await page.locator(".article-text mark.verb").count()) > 0, "verbs found without spans");
      const places = (await marksAt(page, "place")).map((m) => m.text).sort();
      assert.deepEqual(places, view.events.filter((e) => e.place).map((e) => e.place.text).sort(), "places found without spans");
    } finally {
      await page.unroute("**/api/documents/dam-inquiry");
    }
  });

  test("the reader marks dates with their resolved value, and places with their coordinates", async () => {
    const view = await (await fetch(`${base}/api/documents/dam-inquiry`)).json();
    const { text, published } = view.document;
    const byFrom = (f) => view.events.find((e) => e.date_from === f && e.date_text);
    const stated = byFrom("text"), inherited = byFrom("inherited"), counted = byFrom("published");
    assert.ok(stated && inherited && counted, `the fixture dates events every way: ${JSON.stringify(view.events.map((e) => [e.id, e.date, e.date_text, e.date_from]))}`);
    // Sentence of a character position.
    const sentenceOf = (at) => view.sentences.findIndex(([s, e]) => s <= at && at < e);

    await page.goto(`${base}/doc/dam-inquiry`);
    await rendered();
    const dates = await marksAt(page, "date");

    // A date the sentence states: its words marked in the event's sentence, the
    // resolved date on hover.
    const m1 = dates.find((m) => m.date.split(" ").includes(stated.date) && m.text === stated.date_text);
    assert.ok(m1, `${stated.date_text} marked: ${JSON.stringify(dates)}`);
    assert.equal(sentenceOf(m1.start), sentenceOf(stated.span[0]), "in the event's sentence");
    assert.match(m1.tip, new RegExp(`^Date ${stated.date}: “${stated.date_text}”\nstated in the text`));

    // A weekday counted from the publication date.
    const m2 = dates.find((m) => m.text === counted.date_text && sentenceOf(m.start) === sentenceOf(counted.span[0]));
    assert.ok(m2, `${counted.date_text} marked`);
    assert.match(m2.tip, new RegExp(`^Date ${counted.date}: .*\ncounted from the publication date \\(${published}\\)`));
    assert.notEqual(counted.date, published, "a weekday before publication resolves to its own day");

    // An inherited date: the event's sentence has no date of its own; the words it
    // borrowed are marked in the earlier sentence, and its hover says so.
    const own = view.sentences[sentenceOf(inherited.span[0])];
    assert.ok(!text.slice(own[0], own[1]).includes(inherited.date_text));
    const m3 = dates.find((m) => m.text === inherited.date_text && m.tip.includes(`event ${inherited.source.code} ${inherited.cameo}`));
    assert.ok(m3, "the inherited date's words marked");
    assert.ok(sentenceOf(m3.start) < sentenceOf(inherited.span[0]), "in an earlier sentence");
    assert.match(m3.tip, /inherited from this sentence by a later sentence's event/);
    const ev = page.locator(`.article-text mark.event[data-events~="${inherited.id}"]`);
    assert.match(await ev.getAttribute("data-tip"), new RegExp(`date ${inherited.date} \\(“${inherited.date_text}”\\), inherited from an earlier sentence`));

    // Places: the words marked, with the resolved name, country and coordinates.
    const places = await marksAt(page, "place");
    const located = view.events.filter((e) => e.place);
    assert.ok(located.length >= 2);
    for (const e of located) {
      const m = places.find((p) => p.tip.includes(`event ${e.source.code || "—"} ${e.cameo}`));
      assert.ok(m, `${e.id}: place marked: ${JSON.stringify(places)}`);
      assert.equal(m.text, e.place.text);
      assert.ok(m.tip.includes(`Place: ${e.place.name}`) && m.tip.includes(e.place.country), m.tip);
      assert.ok(m.tip.includes(`${e.place.lat.toFixed(4)}, ${e.place.lon.toFixed(4)}`), m.tip);
    }

    // Hovering a date shows its resolved value beside it; leaving hides it.
    const mark = page.locator(`.article-text mark.date[data-date~="${stated.date}"]`).first();
    const tip = page.locator(".reader .hltip");
    await mark.hover();
    await tip.waitFor();
    assert.match(await tip.innerText(), new RegExp(`^Date ${stated.date}: “${stated.date_text}”\nstated in the text`));
    assert.equal(await mark.getAttribute("aria-description"), await mark.getAttribute("data-tip"));
    await shot("reader-dates");
    const late = page.locator(`.article-text mark.date[data-date~="${counted.date}"]`).first();
    await late.hover();
    assert.match(await tip.innerText(), new RegExp(`^Date ${counted.date}: “${counted.date_text}”`));
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: "hidden" });

    // Keyboard focus on an event shows its codes and date the same way.
    await page.locator(`.article-text mark.event[data-events~="${inherited.id}"]`).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await tip.waitFor();
    assert.match(await tip.innerText(), new RegExp(`CAMEO ${inherited.cameo}[^]*date ${inherited.date}`));
    await shot("reader-focus");
  });

  test("markup in an article stays text", async () => {
    await page.goto(`${base}/doc/hostile-markup`);
    await rendered();
    const text = await page.locator(".article-text").innerText();
    assert.ok(text.includes("<script>window.__pwned='script'</script>"), "the script tag shown as text");
    assert.ok(text.includes("onerror="), "the img tag shown as text");
    assert.equal(await page.locator(".view img, .view script").count(), 0, "no element made from the text");
    assert.ok((await page.locator("h1").innerText()).startsWith("<img"), "the title shown as text");
    assert.equal(await page.locator(".reader .meta a").getAttribute("href"), "#", "javascript: URL not linked");
    // Characters beyond the BMP before them must not shift the highlights.
    const mentions = await page.locator(".article-text mark.mention").allInnerTexts();
    assert.ok(mentions.includes("Iraq") && mentions.includes("Iran"), `mentions ${mentions}`);
    await page.locator(".reader .meta a").click();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await shot("hostile");
  });

  test("a filter the API refuses keeps the form", async () => {
    const before = pageErrors.length;
    await page.goto(`${base}/events`);
    await rendered();
    await page.fill("input[name=dyad]", "IRQ");
    await page.click("form.filters button[type=submit]");
    await page.locator("[role=alert]", { hasText: "dyad" }).waitFor({ timeout: 5000 });
    assert.ok(await page.locator("form.filters").isVisible(), "the form stays to fix the filter");
    assert.equal(await page.inputValue("input[name=dyad]"), "IRQ");
    // Chromium logs the refused request itself; that one is expected.
    const mine = pageErrors.splice(before);
    assert.ok(mine.every((m) => /status of 400/.test(m)), `unexpected errors: ${mine}`);
  });

  test("no script errors or CSP violations along the way", () => {
    assert.deepEqual(pageErrors, []);
  });
});
