// Names for the codes the API returns, for labels and filter menus.

export const CAMEO_ROOTS: [string, string][] = [
  ["01", "Make public statement"],
  ["02", "Appeal"],
  ["03", "Express intent to cooperate"],
  ["04", "Consult"],
  ["05", "Engage in diplomatic cooperation"],
  ["06", "Engage in material cooperation"],
  ["07", "Provide aid"],
  ["08", "Yield"],
  ["09", "Investigate"],
  ["10", "Demand"],
  ["11", "Disapprove"],
  ["12", "Reject"],
  ["13", "Threaten"],
  ["14", "Protest"],
  ["15", "Exhibit force posture"],
  ["16", "Reduce relations"],
  ["17", "Coerce"],
  ["18", "Assault"],
  ["19", "Fight"],
  ["20", "Use unconventional mass violence"],
];

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

export const QUADS: [string, string][] = [
  ["1", "Verbal cooperation"],
  ["2", "Material cooperation"],
  ["3", "Verbal conflict"],
  ["4", "Material conflict"],
];

export const MODES = ["occurred", "planned", "intended", "negated", "conditional", "thwarted", "claimed"];

export function rootName(root: string): string {
  return CAMEO_ROOTS.find(([c]) => c === root)?.[1] ?? root;
}

export function quadName(q: number): string {
  return QUADS[q - 1]?.[1] ?? String(q);
}

export function isConflict(quad: number): boolean {
  return quad >= 3;
}
