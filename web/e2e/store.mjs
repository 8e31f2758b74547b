// The store the end-to-end tests share: the sitrep binary built from this checkout
// and a SQLite store with the project's example articles, the hostile-markup fixture,
// two reports of one arrest that disagree (one outlet says it did not happen: a
// contested claim) and an article for the reader (a quotation that goes on from the
// one before it, a speech verb written twice in one sentence, a date stated in full, one
// inherited by the next sentence and one counted from publication, two places)
// ingested, in a temporary folder the caller removes.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "..", "..");

export function buildStore(prefix) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const bin = join(work, "sitrep");
  const db = join(work, "e2e.db");
  execFileSync("go", ["build", "-o", bin, "./cmd/sitrep"], { cwd: repo, stdio: "inherit" });
  for (const input of [join(repo, "examples", "storyline"), join(here, "testdata", "hostile.jsonl"), join(here, "testdata", "contested.jsonl"), join(here, "testdata", "reader.jsonl")]) {
    execFileSync(bin, ["ingest", "--db", db, input], { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
  }
  return { work, bin, db };
}
