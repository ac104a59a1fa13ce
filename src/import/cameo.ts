import type { EventType } from '../model/types.ts';

/** A CAMEO event type as the import stores it: the label becomes the event's mode. */
export interface Interaction {
  code: string;
  label: string;
  type: EventType;
}

/** CAMEO 04 "Consult": the calls and meetings imported by default. Only 041 is a call. */
export const CALLS_AND_MEETINGS: readonly Interaction[] = [
  { code: '040', label: 'Consult', type: 'meeting' },
  { code: '041', label: 'Discuss by telephone', type: 'call' },
  { code: '042', label: 'Make a visit', type: 'meeting' },
  { code: '043', label: 'Host a visit', type: 'meeting' },
  { code: '044', label: "Meet at a 'third' location", type: 'meeting' },
  { code: '045', label: 'Mediate', type: 'meeting' },
  { code: '046', label: 'Engage in negotiation', type: 'meeting' },
];

export const MAKE_A_VISIT = '042';
export const HOST_A_VISIT = '043';

const BY_CODE = new Map(CALLS_AND_MEETINGS.map((i) => [i.code, i]));
/** The labels of the two sides of one visit, which a paired visit replaces by "visit". */
export const VISIT_HALF_LABELS: ReadonlySet<string> = new Set([BY_CODE.get(MAKE_A_VISIT)!.label, BY_CODE.get(HOST_A_VISIT)!.label]);
const BY_LABEL = new Map(CALLS_AND_MEETINGS.map((i) => [labelKey(i.label), i]));

/** CAMEO root codes, used to name the other event types under --all-types. */
const ROOT_LABELS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
};

function labelKey(label: string): string {
  return label.replace(/_/g, ' ').toLowerCase();
}

/** "Make_a_visit" → "Make a visit". */
export function tidyLabel(label: string): string {
  return label.replace(/_/g, ' ').trim();
}

/**
 * The interaction for an ICEWS relation name; other relations only with `allTypes`, stored as
 * meetings with their own label (the format has no other event type; see docs/import.md).
 */
export function interactionForLabel(label: string, allTypes: boolean): Interaction | undefined {
  const known = BY_LABEL.get(labelKey(label));
  if (known) return known;
  return allTypes ? { code: '', label: tidyLabel(label), type: 'meeting' } : undefined;
}

/** The interaction for a CAMEO code ("040", or "40" as some exports write it with the zero lost). */
export function interactionForCode(code: string, allTypes: boolean): Interaction | undefined {
  const known = BY_CODE.get(code);
  if (known) return known;
  if (!allTypes) return undefined;
  const root = ROOT_LABELS[code.slice(0, 2)];
  return { code, label: root ? `${root} (CAMEO ${code})` : `CAMEO ${code}`, type: 'meeting' };
}

/**
 * Restores the leading zero that spreadsheet and database exports drop ("40" → "040", "431" → "0431"),
 * using the root code to tell "0431" from a genuine "431"-style code of root 4x (which CAMEO lacks).
 */
export function normaliseCameoCode(code: string, rootCode: string): string | undefined {
  if (!/^\d{2,4}$/.test(code) || !/^\d{1,2}$/.test(rootCode)) return undefined;
  const root = rootCode.padStart(2, '0');
  if (code.startsWith(root) && code.length >= 3) return code;
  const padded = `0${code}`;
  return padded.startsWith(root) ? padded : undefined;
}
