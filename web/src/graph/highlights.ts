/** Texts split by highlight offsets (pure): the evidence and the reader mark entities with it. */
/** Offsets split a text into plain and highlighted runs (never HTML). */
export function splitByHighlights<T extends { start: number; end: number }>(text: string, base: number, spans: T[]): { text: string; span?: T }[] {
  const runs: { text: string; span?: T }[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const s = span.start - base;
    const e = span.end - base;
    if (s < at || e > text.length) continue;
    if (s > at) runs.push({ text: text.slice(at, s) });
    runs.push({ text: text.slice(s, e), span });
    at = e;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
