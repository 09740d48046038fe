/**
 * Exports carried out (the I/O edge): fetch what the files need beyond the canvas, build them
 * with the pure modules beside this one, and hand them to the browser as downloads. Each says
 * its progress on the status line; a failure says what went wrong and leaves the canvas alone.
 */
import type { Controller } from '../controller.ts';
import { ended, shownNow } from '../graph/ended-client.ts';
import { measures } from '../graph/measures-client.ts';
import { asOfNow } from '../state/ended.ts';
import { notedIds } from '../state/notes.ts';
import { say } from '../ui-state.ts';
import { fetchEntityExtras, fetchEvidence, EVIDENCE_PER_RELATION } from './fetch.ts';
import { briefingHtml } from './briefing.ts';
import { csvZip, toGexf, toGraph, toGraphml } from './files.ts';
import { pictureSvg, type PictureText } from './image.ts';
import { asOfInWords, dateRange, exportTables, filtersInWords, sourceLine, type ExportTables } from './tables.ts';

export type ExportFormat = 'csv' | 'graphml' | 'gexf' | 'svg' | 'png' | 'briefing';

/** What the CSV zip's README.txt says about its files (docs/EXPLORER.md says the same). */
const CSV_README = `Entente export: the canvas as shown (filtered-out and hidden elements left out).
UTF-8 with a byte-order mark, comma-separated, RFC 4180 quoting; text that a spreadsheet would
read as a formula (starting with = + - @) starts with an apostrophe.
entities.csv  one row per entity: id, name, type, country, Wikidata ID, degree in the whole graph,
              measures on the canvas (degree, weighted degree, betweenness, PageRank, community),
              its group on the canvas, its notes.
relations.csv one row per relation: ends (id and name), type, class, direction, articles, outlets,
              first and last evidence date, score, evidence per claim status, disputed, notes;
              as of a day (a playhead set): whether it had ended by then (ended), when
              (ended_on), by what (ended_by) and the sentence that closed it (closing_sentence).
evidence.csv  the sentences stating each relation (up to ${EVIDENCE_PER_RELATION} per relation, most confident first,
              inside the date window and outlets in force): status, who it is attributed to,
              the article's title, URL, outlet and date.
notes.csv     every note of the view: what it is about, text, when written, by whom, whether
              what it is about is on the canvas.
`;

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "iran-and-neighbours" from a title, for file names. */
const slug = (title: string) => title.toLowerCase().normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'entente';

interface Gathered {
  tables: ExportTables;
  title: string;
  subtitle: string;
  source: string;
  /** When the canvas is drawn as of the playhead: its day, and what ended by then in words. */
  asOf: { day: string; words: string } | undefined;
}

async function gather(controller: Controller, exportedAt: string): Promise<Gathered> {
  const state = controller.store.state;
  const asOf = asOfNow(state, ended.value);
  if (asOf === 'pending') throw new Error('the relations ended by the playhead are still being asked for; export again in a moment.');
  // What the canvas shows: the ended relations left out when the timeline hides them.
  const visible = shownNow(state);
  const entityIds = [...visible.nodes];
  const relationIds = [...visible.edges];
  say(`Exporting: details of ${entityIds.length} entities…`, 'busy');
  const extras = await fetchEntityExtras(entityIds);
  const evidence = await fetchEvidence(state, relationIds, (done) => say(`Exporting: evidence of ${done} of ${relationIds.length} relations…`, 'busy'));
  const tables = exportTables({ state, visible, measures: measures.value?.measures ?? null, extras, evidence, asOf });
  const seeds = state.seeds.map((id) => state.nodes[id]?.label).filter(Boolean);
  const title = state.view?.name ?? (seeds.length ? `Entente: ${seeds.slice(0, 4).join(', ')}` : 'Entente investigation');
  const range = dateRange(state, visible);
  const filters = filtersInWords(state.filters);
  const subtitle = [range ? `Evidence ${range.first} to ${range.last}` : 'No dated evidence', filters ? `Filters: ${filters}` : 'No filters'].join(' · ');
  return { tables, title, subtitle, source: sourceLine(tables, exportedAt), asOf: asOf ? { day: asOf.day, words: asOfInWords(state, visible, asOf) } : undefined };
}

/** The picture as a PNG: the SVG drawn on a canvas at twice its size. */
async function rasterize(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth * 2, height: image.naturalHeight * 2 });
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('The browser could not encode the PNG.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The canvas as drawn, as the SVG picture. */
function picture(controller: Controller, text: PictureText): string {
  const drawn = controller.canvas.drawing;
  if (!drawn) throw new Error('Nothing is drawn yet.');
  const noted = new Set([...notedIds(controller.store.state)].map((id) => drawn.owner.get(id) ?? id));
  return pictureSvg(drawn, noted, text);
}

/** Builds and downloads one export of the canvas. */
export async function runExport(controller: Controller, format: ExportFormat): Promise<void> {
  const exportedAt = new Date().toISOString();
  try {
    const { tables, title, subtitle, source, asOf } = await gather(controller, exportedAt);
    const name = slug(title);
    const notes = controller.store.state.notes.filter((n) => n.target.kind === 'view').map((n) => n.text).join('\n\n');
    const meta = { title, filters: asOf ? `${subtitle} · ${asOf.words}` : subtitle, source, notes, ...(asOf && { as_of: asOf.day }) };
    const text = { title, subtitle, source, asOf };
    switch (format) {
      case 'csv':
        download(`${name}-csv.zip`, new Blob([csvZip(tables, CSV_README) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
        break;
      case 'graphml':
        download(`${name}.graphml`, new Blob([toGraphml(toGraph(tables, meta))], { type: 'application/graphml+xml' }));
        break;
      case 'gexf':
        download(`${name}.gexf`, new Blob([toGexf(toGraph(tables, meta))], { type: 'application/gexf+xml' }));
        break;
      case 'svg':
        download(`${name}.svg`, new Blob([picture(controller, text)], { type: 'image/svg+xml' }));
        break;
      case 'png':
        download(`${name}.png`, await rasterize(picture(controller, text)));
        break;
      case 'briefing':
        download(`${name}-briefing.html`, new Blob([briefingHtml({ title, source, svg: picture(controller, text), tables })], { type: 'text/html' }));
        break;
    }
    say(`Exported ${tables.entities.rows.length} entities and ${tables.relations.rows.length} relations as ${format === 'briefing' ? 'a printable briefing' : format.toUpperCase()}.`);
  } catch (error) {
    say(`The export failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}
