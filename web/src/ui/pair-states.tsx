/**
 * A pair's state over time: one row of bands per lifecycle (ties normal 1992–2016, cut 2016–2023,
 * normal since 2023), each band a button that shows the sentences that opened and closed it.
 */
import { useState } from 'preact/hooks';
import type { StatePeriod, StateTransition } from '../api.ts';
import { periodLabel, stateBands, STATE_LOOK, type Band } from './state-bands.ts';

const WIDTH = 330;
const LEFT = 4;
const ROW = 22;
const TITLE = 13;

export function PairStates({ history, today = new Date().toISOString().slice(0, 10) }: { history: StatePeriod[]; today?: string }) {
  const [chosen, setChosen] = useState<StatePeriod | null>(null);
  const bands = stateBands(history, today);
  if (!bands) return null;
  const scale = (x: number) => LEFT + x * (WIDTH - 2 * LEFT);
  const rowTop = (i: number) => i * (ROW + TITLE);
  const height = rowTop(bands.rows.length) + 14;
  const yearX = (year: number) => scale((year - bands.start) / (bands.end - bands.start));
  return (
    <div class="pair-states">
      <h3>State over time</h3>
      <svg class="state-bands" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label="The pair's state over time">
        {bands.ticks.map((year) => (
          <g key={year} class="axis">
            <line x1={yearX(year)} x2={yearX(year)} y1={0} y2={height - 12} />
            <text x={yearX(year)} y={height - 2} text-anchor="middle" class="axis-label">
              {year}
            </text>
          </g>
        ))}
        {bands.rows.map((row, i) => (
          <g key={row.title}>
            <text x={LEFT} y={rowTop(i) + TITLE - 3} class="band-row-title">
              {row.title}
            </text>
            {row.bands.map((band) => (
              <BandRect key={`${band.period.state}|${band.period.since}`} band={band} x={scale(band.x)} y={rowTop(i) + TITLE} width={band.width * (WIDTH - 2 * LEFT)} isChosen={chosen === band.period} onChoose={() => setChosen(chosen === band.period ? null : band.period)} />
            ))}
          </g>
        ))}
      </svg>
      {/* The periods in words, oldest first (a short band has no room for its label). */}
      <ol class="period-list">
        {history.map((period) => (
          <li key={`${period.lifecycle}|${period.source?.id ?? ''}|${period.state}|${period.since}`}>
            <span class="swatch-fill" style={{ background: STATE_LOOK[period.state]?.color ?? '#777' }} />
            <button class="link" aria-pressed={chosen === period} onClick={() => setChosen(chosen === period ? null : period)}>
              {periodLabel(period)}
            </button>
          </li>
        ))}
      </ol>
      {chosen && <PeriodSentences period={chosen} />}
    </div>
  );
}

function BandRect({ band, x, y, width, isChosen, onChoose }: { band: Band; x: number; y: number; width: number; isChosen: boolean; onChoose: () => void }) {
  const look = STATE_LOOK[band.period.state];
  const shown = Math.max(width, 3);
  return (
    <g
      class={`state-band${isChosen ? ' chosen' : ''}${band.period.superseded ? ' superseded' : ''}`}
      role="button"
      tabIndex={0}
      aria-pressed={isChosen}
      aria-label={band.label}
      data-state={band.period.state}
      onClick={onChoose}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onChoose())}
    >
      <title>{`${band.label}: show the sentences that opened${band.period.closing ? ' and closed' : ''} it`}</title>
      <rect x={x} y={y} width={shown} height={ROW - 6} rx={2} fill={look?.color ?? '#777'} />
      {/* The label inside the band when it fits (about 5.5 units a character), else nothing: the tooltip and the sentences below say it. */}
      {band.label.length * 5.5 < width - 4 && (
        <text x={x + 3} y={y + ROW - 10} class="band-label">
          {band.label}
        </text>
      )}
    </g>
  );
}

function PeriodSentences({ period }: { period: StatePeriod }) {
  return (
    <div class="period-sentences">
      <TransitionLine what="Opened" transition={period.opening} />
      {period.closing ? <TransitionLine what="Closed" transition={period.closing} /> : <p class="muted">Still holds: no later sentence closed it.</p>}
    </div>
  );
}

function TransitionLine({ what, transition }: { what: string; transition: StateTransition }) {
  const when = transition.timeBasis === 'EVENT' ? `${transition.time}, as the sentence says` : `${transition.time}, the article's date`;
  return (
    <div class="transition">
      <p class="muted">
        {what} {when}
      </p>
      <blockquote>{transition.sentence}</blockquote>
      <p class="muted">
        <a href={`#/article/${encodeURIComponent(transition.article.id)}`}>{transition.article.title}</a>
      </p>
    </div>
  );
}
