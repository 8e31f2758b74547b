// Typed access to sitrep's JSON API (http/server.go; /api/openapi.json describes it).

export interface EventActor {
  code: string;
  name?: string;
  text?: string;
}

export interface Place {
  name: string;
  country?: string;
  lat: number;
  lon: number;
  geonameid?: number;
  // text is the words that name the place in the sentence.
  text?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  text: string;
  approx?: string;
}

export interface SitrepEvent {
  id: string;
  doc: string;
  sentence: string;
  span: [number, number];
  source: EventActor;
  target: EventActor;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: { type: string; mode: string };
  mode: string;
  attributed_to?: EventActor;
  date?: string;
  date_text?: string;
  // Where date came from: "text" (stated in full), "published" (counted from the
  // publication date, or that date itself when date_text is empty), "inherited"
  // (date_text is an expression of an earlier sentence) or "reported" (the day
  // the event was reported: "On Sunday a monitor said jets struck").
  date_from?: "text" | "published" | "inherited" | "reported" | "since" | "ongoing" | "habitual" | string;
  place?: Place;
  quantities?: Quantity[];
  outlet?: string;
  url?: string;
  verb?: string;
  rule?: string;
}

export interface Actor {
  code: string;
  name: string;
  aliases?: string[];
  mentions: number;
  docs?: string[];
  first_seen?: string;
  last_seen?: string;
}

export interface DocSummary {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  status: string;
  duplicate_of?: string;
}

export interface Document extends DocSummary {
  byline?: string;
  text: string;
}

export interface Span {
  span: [number, number];
  kind: "mention" | "event" | "place" | "date" | "quantity" | "quote" | "speaker" | "verb";
  label: string;
  code?: string;
  rule?: string;
  event?: string;
  quote?: string;
  // For kind "date": the resolved date and where it came from (SitrepEvent.date_from).
  date?: string;
  date_from?: string;
}

// Quote is what somebody is reported to have said (sitrep.Quote): span holds the
// words in characters of the document text, speaker_span the words that name the
// speaker (in an earlier sentence for a quotation that goes on from the one before
// it) and verb_span the speech verb. Quotes stored by older versions have no speaker
// or verb span: the fields are missing or [0, 0].
export interface Quote {
  id: string;
  doc: string;
  sentence: number;
  sentence_end: number;
  kind: "direct" | "partial" | "indirect";
  text: string;
  span: [number, number];
  speaker: EventActor;
  speaker_rule?: string;
  speaker_span?: [number, number];
  verb: string;
  verb_text?: string;
  verb_span?: [number, number];
  target?: EventActor;
}

export interface DocumentView {
  document: Document;
  spans: Span[];
  events: SitrepEvent[];
  sentences: [number, number][];
  // Older servers do not send quotes.
  quotes?: Quote[];
}

// Claims across outlets (sitrep.Claim, the claim JSON Lines contract of DESIGN.md).
export type Stance = "asserts" | "attributes" | "contradicts" | "omits";

export interface Position {
  doc: string;
  outlet?: string;
  stance: Stance;
  attributed_to?: string;
  value?: string;
  sentence?: string;
  span: [number, number];
  event?: string;
}

export interface Claim {
  id: string;
  summary: string;
  kind: string;
  status: "corroborated" | "single-source" | "contested";
  event: { source: string; cameo: string; target: string; date?: string; place?: string };
  positions: Position[];
  independent_outlets: number;
  derivative: { doc: string; upstream: string }[];
  story?: string;
}

// The API's claim filters (GET /api/claims): actor is a code or prefix on either
// side, from/to bound the claim's date, outlet keeps the claims an outlet reports.
export type ClaimQuery = Partial<Record<"status" | "story" | "doc" | "actor" | "outlet" | "from" | "to" | "min_outlets", string>>;

export interface FrameEvidence {
  doc: string;
  sentence: string;
  span: [number, number];
  tone: number;
}

export interface Frame {
  outlet: string;
  actor: string;
  name?: string;
  tone: number;
  sentences: number;
  cooperation: number;
  conflict: number;
  conflict_share: number;
  // The same events by role: the actor as source (what it does, _by) or as
  // target (what is done to it, _on).
  cooperation_by: number;
  conflict_by: number;
  cooperation_on: number;
  conflict_on: number;
  conflict_share_by: number;
  conflict_share_on: number;
  labels?: Record<string, number>;
  evidence?: FrameEvidence[];
  docs: string[];
}

export type FrameQuery = Partial<Record<"actor" | "by" | "outlet", string>>;

export interface TimelinePoint {
  date: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

export interface Timeline {
  a: string;
  b: string;
  step: "week" | "day";
  timeline: TimelinePoint[];
  // total sums the whole dyad; events is one page of it, in date order.
  total: TimelinePoint;
  events: SitrepEvent[];
  limit: number;
  offset: number;
}

export interface SearchHit {
  doc: string;
  title?: string;
  outlet?: string;
  snippet: string;
  rank: number;
}

export class APIError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== "") q.set(k, String(v));
  }
  const qs = q.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let msg = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: string };
      if (body.error) msg = body.error;
    } catch {
      // keep the status line
    }
    throw new APIError(res.status, msg);
  }
  return (await res.json()) as T;
}

export type EventQuery = Partial<
  Record<"actor" | "dyad" | "root" | "cameo" | "plover" | "quad" | "mode" | "from" | "to" | "outlet" | "country" | "q" | "sort" | "doc", string>
> & { limit?: number; offset?: number };

export interface Stats {
  documents: number;
  derivative_documents: number;
  outlets: number;
  events: number;
  cooperation: number;
  conflict: number;
  actors: number;
  top_dyads: { a: string; b: string; events: number; cooperation: number; conflict: number; goldstein: number }[];
  trend: { date: string; events: number; cooperation: number; conflict: number; goldstein: number }[];
}

// The filters the map and the network share with the event table (/api/events).
export type AggregateQuery = Partial<Record<"actor" | "root" | "quad" | "from" | "to" | "country", string>>;

export interface NetworkNode {
  code: string;
  name?: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein_sum: number;
  first?: string;
  last?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  directed: boolean;
  events: number;
  dyadic_events: number;
  total_edges: number;
  truncated: boolean;
}

export interface PlaceSummary {
  id: string;
  name: string;
  country?: string;
  lat: number;
  lon: number;
  geonameid?: number;
  events: number;
  cooperation: number;
  conflict: number;
}

export interface CountrySummary {
  country: string;
  name?: string;
  events: number;
  cooperation: number;
  conflict: number;
}

export interface Places {
  places: PlaceSummary[];
  countries: CountrySummary[];
  events: number;
  placed_events: number;
  total_places: number;
  truncated: boolean;
}

export const api = {
  claims: (q: ClaimQuery, limit: number, offset: number) =>
    get<{ claims: Claim[]; limit: number; offset: number; computed: boolean }>("/api/claims", { ...q, limit, offset }),
  frames: (q: FrameQuery) => get<{ frames: Frame[]; by: string; computed: boolean; stale: number }>("/api/frames", q),
  stats: () => get<Stats>("/api/stats"),
  events: (q: EventQuery) => get<{ events: SitrepEvent[]; limit: number; offset: number }>("/api/events", q),
  actors: (prefix?: string) => get<{ actors: Actor[] }>("/api/actors", { prefix }),
  documents: (limit: number, offset: number, outlet?: string) =>
    get<{ documents: DocSummary[] }>("/api/documents", { limit, offset, outlet }),
  document: (id: string) => get<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
  timeline: (a: string, b: string) => get<Timeline>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`),
  search: (q: string, limit = 50) => get<{ hits: SearchHit[] }>("/api/search", { q, limit }),
  network: (q: AggregateQuery, limit?: number) => get<Network>("/api/network", { ...q, limit }),
  places: (q: AggregateQuery) => get<Places>("/api/places", q),
  placeEvents: (id: string, q: AggregateQuery, limit: number) =>
    get<{ place: PlaceSummary | null; events: SitrepEvent[]; total: number }>(
      `/api/places/${encodeURIComponent(id)}/events`, { ...q, sort: "-date", limit }),
};

export async function allDocuments(): Promise<DocSummary[]> {
  const out: DocSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api.documents(1000, offset);
    out.push(...page.documents);
    if (page.documents.length < 1000 || out.length >= 100000) return out;
  }
}
