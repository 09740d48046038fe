/**
 * The printable briefing (pure): one self-contained HTML page that the browser prints to PDF.
 * Page 1: the title, date range and filters, the picture of the canvas (its SVG, legend and source
 * line included) and the notes. Then a table of the relations shown, strongest first,
 * each with its claim statuses, its notes and its strongest sentences linked to their articles;
 * as of a day, a relation ended by then says when, by what, and the sentence that closed it.
 * Every text is escaped: nothing from articles or notes becomes markup.
 */
import { escapeXml } from './image.ts';
import type { ExportTables, Row } from './tables.ts';

export interface BriefingInput {
  title: string;
  source: string;
  /** The picture (pictureSvg), drawn inline. */
  svg: string;
  tables: ExportTables;
  /** Sentences per relation in the table. */
  sentencesPerRelation?: number;
}

const esc = (value: unknown) => escapeXml(String(value ?? ''));

const STYLE = `
  @page { size: A4; margin: 14mm; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #0f172a; font-size: 10.5pt; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4px; }
  /* The picture carries the title, dates and filters; the heading is there for screen readers and outlines. */
  .for-readers { position: absolute; left: -10000px; }
  .source { color: #334155; margin: 8px 0; }
  .chart svg { width: 100%; height: auto; max-height: 215mm; }
  .chart { break-after: page; }
  .notes { white-space: pre-wrap; border-left: 3px solid #d97706; padding-left: 8px; }
  .ended { margin: 4px 0 0; padding-left: 8px; border-left: 3px dashed #64748b; color: #334155; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #cbd5e1; padding: 4px 6px; }
  th { background: #f1f5f9; }
  tr { break-inside: avoid; }
  .sentences { margin: 4px 0 0; padding-left: 16px; }
  .status { font-weight: bold; text-transform: uppercase; font-size: 8pt; }
  a { color: #1d4ed8; }
`;

const claims = (r: Row) =>
  (['asserted', 'attributed', 'hedged', 'proposed', 'denied'] as const)
    .filter((k) => Number(r[k]) > 0)
    .map((k) => `${r[k]} ${k}`)
    .join(', ') + (r.disputed === true ? ' · disputed' : '');

function relationRow(r: Row, sentences: Row[]): string {
  const items = sentences
    .map((s) => {
      const title = esc(s.article_title);
      const link = s.url ? `<a href="${esc(s.url)}">${title}</a>` : title;
      const by = s.attributed_to ? ` (${esc(s.attributed_to)})` : '';
      return `<li><span class="status">${esc(s.status)}</span>${by} “${esc(s.sentence)}” — ${link}, ${esc(s.outlet || 'unknown outlet')}, ${esc(s.date || 'undated')}</li>`;
    })
    .join('');
  const notes = r.notes ? `<p class="notes">${esc(r.notes)}</p>` : '';
  const ended = r.ended === true ? `<p class="ended">Ended ${esc(r.ended_on)} by ${esc(r.ended_by)}${r.closing_sentence ? `: “${esc(r.closing_sentence)}”` : ''}</p>` : '';
  return `<tr><td><strong>${esc(r.source)}</strong> ${esc(String(r.type).toLowerCase().replace(/_/g, ' '))} <strong>${esc(r.target)}</strong>${ended}${notes}${items ? `<ol class="sentences">${items}</ol>` : ''}</td><td>${esc(String(r.class).toLowerCase().replace(/_/g, ' '))}</td><td>${esc(claims(r))}</td><td>${esc(r.articles)}</td><td>${esc(r.first_seen)} – ${esc(r.last_seen)}</td></tr>`;
}

/** The briefing document. */
export function briefingHtml({ title, source, svg, tables, sentencesPerRelation = 3 }: BriefingInput): string {
  const byRelation = new Map<string, Row[]>();
  for (const s of tables.evidence.rows) {
    const list = byRelation.get(String(s.relation_id)) ?? [];
    if (list.length < sentencesPerRelation) byRelation.set(String(s.relation_id), [...list, s]);
  }
  const relations = [...tables.relations.rows].sort((a, b) => Number(b.articles) - Number(a.articles) || Number(b.score) - Number(a.score));
  // Every note: the view's as they are, the others under what they are about.
  const notes = tables.notes.rows.map((n) => `<p class="notes">${n.about_kind === 'view' ? '' : `<strong>${esc(n.about)}</strong>: `}${esc(n.text)}</p>`).join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
<section class="chart">
<h1 class="for-readers">${esc(title)}</h1>
${svg.replace(/^<\?xml[^>]*>\s*/, '')}
${notes ? `<h2>Notes</h2>${notes}` : ''}
</section>
<section class="relations">
<h2>The relations shown (${relations.length}), strongest first</h2>
<table>
<thead><tr><th>relation, notes and strongest sentences</th><th>class</th><th>claims</th><th>articles</th><th>evidence dates</th></tr></thead>
<tbody>${relations.map((r) => relationRow(r, byRelation.get(String(r.id)) ?? [])).join('\n')}</tbody>
</table>
<p class="source">${esc(source)}</p>
</section>
</body>
</html>
`;
}
