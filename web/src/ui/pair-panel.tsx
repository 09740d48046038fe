/**
 * One panel for a pair of entities: every relation between them (type, class, direction,
 * evidence, score), their state over time (pair-states.tsx), a timeline of evidence per month or
 * year, and the sentences, filterable by type and date, each linked to its article. Above them,
 * the relations the playhead finds ended, when and by what.
 */
import { useState } from 'preact/hooks';
import { fetchPair, type PairData, type PairEvidence } from '../api.ts';
import type { Controller } from '../controller.ts';
import { CLAIM_STATUS_WORDS, claimedBy, claimSummary, monthLabel, plural, relationWords } from '../format.ts';
import { ended } from '../graph/ended-client.ts';
import { CLASS_STYLE } from '../graph/style.ts';
import { splitByHighlights } from '../graph/highlights.ts';
import { endedWords } from '../state/ended.ts';
import type { Investigation } from '../state/types.ts';
import { endDay, startDay } from '../state/timeline.ts';
import { articleHash } from '../state/url.ts';
import { useRemote } from './hooks.ts';
import { useObservable } from './observable.ts';
import { NotesOn } from './notes.tsx';
import { PairStates } from './pair-states.tsx';
import { RemoteView } from './remote-view.tsx';

type Bucket = 'MONTH' | 'YEAR';

export function PairPanel({ controller, state, a, b, focus }: { controller: Controller; state: Investigation; a: string; b: string; focus?: string }) {
  const remote = useRemote(() => fetchPair(a, b), [a, b]);
  // Notes on the relations of the pair on the canvas: the chosen one's, with a form, else each that has some.
  const between = Object.values(state.edges).filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
  const noted = focus && state.edges[focus] ? [state.edges[focus]] : between.filter((e) => state.notes.some((n) => n.target.kind === 'relation' && n.target.id === e.id));
  const asOf = useObservable(ended);
  const endedHere = between.flatMap((e) => {
    const how = asOf?.ended.get(e.id);
    return how ? [{ edge: e, how }] : [];
  });
  return (
    <>
      {endedHere.map(({ edge, how }) => (
        <p key={edge.id} class="ended-note" role="note">
          <span class="swatch ended" /> As of {asOf!.day}: {relationWords(edge.type)} <strong>{endedWords(how)}</strong>
          {how.sentence && <q>{how.sentence}</q>}
        </p>
      ))}
      <RemoteView remote={remote} loading="Loading the relations between them…">
        {(pair) => (pair ? <Pair pair={pair} focus={focusedRelation(pair, focus, focus ? state.edges[focus]?.type : undefined)} canvasFilter={canvasFilter(state)} /> : <p>One of these entities is no longer in the graph.</p>)}
      </RemoteView>
      {noted.map((e) => (
        <NotesOn key={e.id} controller={controller} state={state} target={{ kind: 'relation', id: e.id }} heading={`Notes on ${state.nodes[e.source]?.label ?? e.source} ${relationWords(e.type)} ${state.nodes[e.target]?.label ?? e.target}`} />
      ))}
    </>
  );
}

/** The canvas's filters that apply to sentences (outlets, the date window), in words and as a test; null when none is in force. */
export interface CanvasFilter {
  words: string;
  keeps: (ev: Pick<PairEvidence, 'date' | 'article'>) => boolean;
}

function canvasFilter(state: Investigation): CanvasFilter | null {
  const { outlets, to } = state.filters;
  const from = state.timeline.mode === 'asOf' ? '' : state.filters.from;
  if (!outlets.length && !from && !to) return null;
  const words = [outlets.length ? `outlets ${outlets.join(', ')}` : '', from || to ? `evidence ${from || 'start'} to ${to || 'now'}` : ''].filter(Boolean).join('; ');
  return {
    words,
    keeps: (ev) => (!outlets.length || outlets.includes(ev.article.source ?? '')) && (!from || (ev.date ?? '') >= startDay(from)) && (!to || ((ev.date ?? '') !== '' && (ev.date ?? '') <= endDay(to))),
  };
}

/** The relation an edge stands for: by its id, else the pair's relation of its type. */
function focusedRelation(pair: PairData, edgeId: string | undefined, type: string | undefined): string {
  return pair.relations.find((r) => r.id === edgeId)?.id ?? pair.relations.find((r) => r.type === type)?.id ?? '';
}

/**
 * `relation`: the relation chosen in the table (by id: a pair may hold one type in both
 * directions); `type`: the type chosen for the sentences. Choosing one clears the other.
 */
function Pair({ pair, focus, canvasFilter }: { pair: PairData & { evidenceTotal: number }; focus: string; canvasFilter: CanvasFilter | null }) {
  const [relation, setRelation] = useState<string>(focus);
  const [followsCanvas, setFollowsCanvas] = useState(true);
  const applied = followsCanvas ? canvasFilter : null;
  const [type, setType] = useState('');
  const choose = (id: string) => {
    setRelation(id);
    setType('');
  };
  const chooseType = (t: string) => {
    setType(t);
    setRelation('');
  };
  const matches = (ev: PairEvidence) => (!relation || ev.relationId === relation) && (!type || ev.type === type);
  const isChosen = (r: PairData['relations'][number]) => relation === r.id || (!relation && type === r.type);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [bucket, setBucket] = useState<Bucket>('MONTH');
  const evidence = pair.evidence.filter((ev) => matches(ev) && (!applied || applied.keeps(ev)) && (!from || (ev.date ?? '').slice(0, 7) >= from) && (!to || (ev.date ?? '').slice(0, 7) <= to));
  const total = pair.relations.reduce((n, r) => n + r.evidenceCount, 0);
  const months = [...new Set(pair.evidence.map((ev) => ev.date?.slice(0, 7)).filter((m): m is string => Boolean(m)))].sort();
  const direction = (r: PairData['relations'][number]) => (r.symmetric ? '↔' : r.source.id === pair.a.id ? '→' : '←');
  return (
    <div class="pair">
      <h2 class="entity-name" title={`${pair.a.name} and ${pair.b.name}`}>
        {pair.a.name} and {pair.b.name}
      </h2>
      <p class="muted">
        {plural(pair.relations.length, 'kind of relation', 'kinds of relation')} · {plural(total, 'evidence sentence')}
      </p>
      <table class="pair-relations">
        <thead>
          <tr>
            <th>relation</th>
            <th>class</th>
            <th title="evidence sentences">evid.</th>
            <th>score</th>
          </tr>
        </thead>
        <tbody>
          {pair.relations.map((r) => (
            <tr key={r.id} class={isChosen(r) ? 'chosen' : ''}>
              <td>
                <button class="link" aria-pressed={isChosen(r)} title={`${r.source.name} ${relationWords(r.type)} ${r.target.name}: show only its sentences`} onClick={() => choose(relation === r.id ? '' : r.id)}>
                  {direction(r)} {relationWords(r.type)}
                </button>
                {r.disputed && (
                  <span class="claim-badge claim-disputed" title="Asserted or attributed somewhere, and denied elsewhere">
                    disputed
                  </span>
                )}
                <div class="claim-summary muted">
                  {claimSummary(r.claims)} · {plural(r.outletCount, 'outlet')}
                </div>
              </td>
              <td>
                <span class={`swatch${CLASS_STYLE[r.class]?.dashed ? ' dashed' : ''}`} style={{ borderColor: CLASS_STYLE[r.class]?.color }} /> {CLASS_STYLE[r.class]?.label ?? r.class}
              </td>
              <td class="number">{r.evidenceCount}</td>
              <td class="number">{r.score.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">
        → {pair.a.name} acts on {pair.b.name} · ← the other way · ↔ both
      </p>
      <PairStates history={pair.history} />
      <div class="timeline-head">
        <h3>Evidence over time</h3>
        <span role="group" aria-label="Timeline step">
          {(['MONTH', 'YEAR'] as const).map((b) => (
            <button key={b} aria-pressed={bucket === b} onClick={() => setBucket(b)}>
              {b === 'MONTH' ? 'by month' : 'by year'}
            </button>
          ))}
        </span>
      </div>
      <Timeline evidence={pair.evidence.filter((ev) => matches(ev) && (!applied || applied.keeps(ev)))} bucket={bucket} />
      {pair.evidence.length < pair.evidenceTotal && (
        <p class="muted">
          Timeline and sentences from the newest {pair.evidence.length.toLocaleString('en')} of {pair.evidenceTotal.toLocaleString('en')} sentences.
        </p>
      )}
      <h3>
        Sentences ({evidence.length}
        {evidence.length !== pair.evidence.length ? ` of ${pair.evidence.length}` : ''})
      </h3>
      <p class="muted canvas-filter" id="pair-canvas-filter">
        {canvasFilter === null ? (
          'Every sentence is shown: no outlet or date filter is in force on the canvas.'
        ) : followsCanvas ? (
          <>
            Following the canvas's filters ({canvasFilter.words}): {plural(pair.evidence.filter((ev) => !canvasFilter.keeps(ev)).length, 'sentence')} left out ·{' '}
            <button class="link" onClick={() => setFollowsCanvas(false)}>
              show every sentence
            </button>
          </>
        ) : (
          <>
            Showing every sentence, whatever the canvas's filters ({canvasFilter.words}) ·{' '}
            <button class="link" onClick={() => setFollowsCanvas(true)}>
              follow the filters
            </button>
          </>
        )}
      </p>
      <div class="sentence-filters">
        <label>
          type{' '}
          <select value={type} onChange={(e) => chooseType((e.target as HTMLSelectElement).value)} aria-label="Relation type of the sentences">
            <option value="">all</option>
            {[...new Set(pair.relations.map((r) => r.type))].map((t) => (
              <option key={t} value={t}>
                {relationWords(t)}
              </option>
            ))}
          </select>
        </label>
        <MonthSelect label="from" aria="Sentences from month" empty="first" months={months} value={from} onChange={setFrom} />
        <MonthSelect label="to" aria="Sentences to month" empty="last" months={months} value={to} onChange={setTo} />
      </div>
      <ol class="evidence">
        {evidence.map((ev) => (
          <Sentence key={ev.id} ev={ev} />
        ))}
      </ol>
      {evidence.length === 0 && <p class="muted">No sentence matches these filters.</p>}
    </div>
  );
}

function MonthSelect(props: { label: string; aria: string; empty: string; months: string[]; value: string; onChange: (month: string) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} aria-label={props.aria} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{props.empty}</option>
        {props.months.map((m) => (
          <option key={m} value={m}>
            {monthLabel(m)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Sentence({ ev }: { ev: PairEvidence }) {
  const status = CLAIM_STATUS_WORDS[ev.status] ?? { word: ev.status.toLowerCase(), meaning: '' };
  const by = claimedBy(ev.status, ev.attributedTo);
  return (
    <li class={`claim-${status.word}`}>
      <p class="claim-line">
        <span class={`claim-badge claim-${status.word}`} title={status.meaning}>
          {status.word}
        </span>
        {by && (
          <span class="claimed-by" title={ev.attributedToEntity ? `${ev.attributedToEntity.name} (${ev.attributedToEntity.id})` : undefined}>
            {by}
          </span>
        )}
      </p>
      <blockquote>
        {splitByHighlights(ev.sentence, ev.start, ev.highlights).map((run, i) => (run.span ? <mark key={i}>{run.text}</mark> : run.text))}
      </blockquote>
      <p class="muted">
        <span class={`tag class-${ev.class}`}>{relationWords(ev.type)}</span> {ev.article.source ?? 'unknown outlet'} · {ev.date ?? 'undated'} · confidence {ev.confidence.toFixed(2)} · <a href={articleHash(ev.article.id, ev)} title="Read the article at this sentence">{ev.article.title}</a>
      </p>
    </li>
  );
}

/** Evidence sentences per period, stacked by class, with a counted axis. */
function Timeline({ evidence, bucket }: { evidence: PairEvidence[]; bucket: Bucket }) {
  const width = 330;
  const height = 110;
  const top = 8; // room for the highest tick's label
  const left = 26;
  const dated = evidence.filter((ev) => ev.date);
  if (dated.length === 0) return <p class="muted">No dated evidence.</p>;
  const periodOf = (date: string) => (bucket === 'YEAR' ? date.slice(0, 4) : date.slice(0, 7));
  const periods = [...new Set(dated.map((ev) => periodOf(ev.date!)))].sort();
  const classes = Object.keys(CLASS_STYLE);
  const counts = new Map<string, Record<string, number>>();
  for (const ev of dated) {
    const row = counts.get(periodOf(ev.date!)) ?? {};
    row[ev.class] = (row[ev.class] ?? 0) + 1;
    counts.set(periodOf(ev.date!), row);
  }
  const totals = periods.map((p) => Object.values(counts.get(p) ?? {}).reduce((n, c) => n + c, 0));
  const max = Math.max(1, ...totals);
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  const slot = (width - left) / periods.length;
  return (
    <svg class="trend" viewBox={`0 -${top} ${width} ${height + 20 + top}`} role="img" aria-label={`Evidence sentences per ${bucket === 'YEAR' ? 'year' : 'month'}`}>
      {ticks.map((t) => {
        const y = height - (t / max) * height;
        return (
          <g key={t} class="axis">
            <line x1={left - 3} x2={width} y1={y} y2={y} />
            <text x={left - 5} y={y + 3} text-anchor="end">
              {t}
            </text>
          </g>
        );
      })}
      {periods.map((p, i) => {
        let y = height;
        const row = counts.get(p) ?? {};
        return (
          <g key={p}>
            {classes.map((cls) => {
              const n = row[cls] ?? 0;
              if (!n) return null;
              const h = (n / max) * height;
              y -= h;
              return (
                <rect key={cls} x={left + i * slot + 1} y={y} width={Math.max(2, slot - 2)} height={h} fill={CLASS_STYLE[cls]!.color} data-class={cls}>
                  <title>{`${bucket === 'YEAR' ? p : monthLabel(p)}: ${n} ${CLASS_STYLE[cls]!.label.toLowerCase()}`}</title>
                </rect>
              );
            })}
            {(periods.length <= 8 || i % Math.ceil(periods.length / 6) === 0) && (
              <text x={left + i * slot + slot / 2} y={height + 14} text-anchor="middle" class="axis-label">
                {bucket === 'YEAR' ? p : monthLabel(p)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
