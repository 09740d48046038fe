/** Words for the vocabulary's names, shared by the canvas and the panels. */

/** "APPEALS_TO" → "appeals to". */
export const relationWords = (type: string) => type.toLowerCase().replace(/_/g, ' ');

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "2024-03" → "Mar 2024". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return m ? `${names[Number(m) - 1] ?? m} ${y}` : month;
}

/** Every month from `first` to `last` (YYYY-MM), inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 2400; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    months.push(month);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** A claim status's badge word and what it means (its tooltip). */
export const CLAIM_STATUS_WORDS: Record<string, { word: string; meaning: string }> = {
  ASSERTED: { word: 'asserted', meaning: 'The outlet states it in its own voice' },
  ATTRIBUTED: { word: 'attributed', meaning: 'The outlet reports that a named source says it' },
  HEDGED: { word: 'hedged', meaning: 'An unnamed or uncertain source: "analysts say", "reportedly", "may"' },
  PROPOSED: { word: 'proposed', meaning: 'A plan, a call or an expectation, not a fact' },
  DENIED: { word: 'denied', meaning: 'Someone denies it' },
};

/** Sources named by a common noun: "Analysts say" reads "said by analysts" (a name or "Western officials" keeps its capital). */
const COMMON_SOURCES = /^(analysts?|officials?|sources?|experts?|diplomats?|observers?|critics?|reports?|media|residents?|witnesses?|people|some|many|several)\b/i;

/** Who makes a claim, in words: "said by Ukraine", "denied by Iran", "said by analysts"; null when the outlet asserts it. */
export function claimedBy(status: string, attributedTo: string | null): string | null {
  if (!attributedTo) return status === 'HEDGED' ? 'unnamed source' : null;
  const who = COMMON_SOURCES.test(attributedTo) ? attributedTo.charAt(0).toLowerCase() + attributedTo.slice(1) : attributedTo;
  switch (status) {
    case 'DENIED':
      return `denied by ${who}`;
    case 'PROPOSED':
      return `proposed by ${who}`;
    default:
      return `said by ${who}`;
  }
}

/** A relation's evidence per claim status in words, statuses without sentences left out: "1 asserted · 2 hedged". */
export function claimSummary(claims: { asserted: number; attributed: number; hedged: number; proposed: number; denied: number }): string {
  return (['asserted', 'attributed', 'hedged', 'proposed', 'denied'] as const)
    .filter((k) => claims[k] > 0)
    .map((k) => `${claims[k]} ${k}`)
    .join(' · ');
}
