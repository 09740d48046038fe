/**
 * The timeline under the canvas: evidence per month of the canvas's relations, with the date
 * window as a brush (drag to draw one, drag it to move it, its edges to resize it, Clear), and
 * playback (play/pause, step back and forward, step size, speed, "window" or "as of"), and, once
 * there is a playhead, whether relations ended by then are drawn ended or hidden. Every
 * control is a button, select or the focusable brush: ←/→ step, Shift+←/→ move the end, Space
 * plays or pauses, Delete clears. The window is filters.from–to, so it is the date filter.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { monthLabel, monthsBetween } from '../format.ts';
import type { Playback } from '../playback.ts';
import { canvasBounds, dayWindow, setTimeline, setWindow, type DateBounds } from '../state/timeline.ts';
import type { Investigation, TimeStep } from '../state/types.ts';
import { evidenceByMonth } from '../state/visibility.ts';
import { useInvestigation } from './hooks.ts';
import { useObservable } from './observable.ts';

const WIDTH = 1000;
const HEIGHT = 46;
const SPEEDS = [0.5, 1, 2, 4, 8];

/** "2024-03-05" → "5 Mar 2024"; "2024-03" → "Mar 2024". */
export function dayLabel(day: string): string {
  if (day.length === 7) return monthLabel(day);
  return `${Number(day.slice(8, 10))} ${monthLabel(day.slice(0, 7))}`;
}

/** What the window shows, in words. */
export function windowWords(s: Investigation, bounds: DateBounds): string {
  const f = s.filters;
  if (s.timeline.mode === 'asOf') return f.to ? `Everything stated up to ${dayLabel(f.to)}` : 'Everything stated (as of the last date)';
  if (!f.from && !f.to) return `All evidence, ${dayLabel(bounds.first)} – ${dayLabel(bounds.last)}`;
  return `Evidence dated ${f.from ? dayLabel(f.from) : 'from the start'} – ${f.to ? dayLabel(f.to) : 'the end'}`;
}

interface Drag {
  kind: 'draw' | 'move' | 'start' | 'end';
  /** Month index where the pointer went down, and the window then. */
  at: number;
  from: number;
  to: number;
}

export function Timeline({ controller, playback }: { controller: Controller; playback: Playback }) {
  const state = useInvestigation(controller.store);
  const isPlaying = useObservable(playback.isPlaying);
  const bounds = useMemo(() => canvasBounds(state), [state.edges]);
  const months = useMemo(() => evidenceByMonth(state), [state.edges]);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [preview, setPreview] = useState<{ from: number; to: number } | null>(null);
  // Without dates the bar keeps its place, so the canvas does not change size (and lose its fit) when they come.
  if (!bounds) return <div class="timeline timeline-empty muted">Timeline: evidence per month of the relations on the canvas, with playback.</div>;
  const { store } = controller;
  const axis = monthsBetween(bounds.first.slice(0, 7), bounds.last.slice(0, 7));
  const slot = WIDTH / axis.length;
  const max = Math.max(1, ...axis.map((m) => months[m] ?? 0));
  const t = state.timeline;
  const w = dayWindow(state.filters, t, bounds);
  // The window as fractional month positions (days inside a month count as fractions of it).
  const position = (day: string, isEnd: boolean) => {
    const i = axis.indexOf(day.slice(0, 7));
    if (i < 0) return day < axis[0]! ? 0 : axis.length;
    const fraction = day.length >= 10 ? (Number(day.slice(8, 10)) - (isEnd ? 0 : 1)) / 31 : isEnd ? 1 : 0;
    return i + Math.min(1, fraction);
  };
  const shown = preview ? { from: preview.from, to: preview.to + 1 } : { from: t.mode === 'asOf' ? 0 : position(w.from, false), to: position(w.to, true) };
  const isWhole = !state.filters.from && !state.filters.to && !preview;
  const monthAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.max(0, Math.min(axis.length - 1, Math.floor(((clientX - box.left) / box.width) * axis.length)));
  };
  const commit = (from: number, to: number, label: string) => {
    const lo = Math.max(0, Math.min(from, to));
    const hi = Math.min(axis.length - 1, Math.max(from, to));
    const whole = lo === 0 && hi === axis.length - 1;
    store.dispatch(setWindow(whole ? { from: '', to: '' } : { from: t.mode === 'asOf' ? '' : axis[lo]!, to: axis[hi]! }, label));
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    playback.pause();
    const at = monthAt(event.clientX);
    const from = Math.floor(shown.from);
    const to = Math.max(from, Math.ceil(shown.to) - 1);
    const isInside = !isWhole && at >= from && at <= to;
    const edge = isWhole ? null : at === from && to > from ? 'start' : at === to && to > from ? 'end' : null;
    const kind: Drag['kind'] = t.mode === 'asOf' ? 'end' : edge ?? (isInside ? 'move' : 'draw');
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    setDrag({ kind, at, from, to });
    setPreview(kind === 'draw' ? { from: at, to: at } : kind === 'end' && t.mode === 'asOf' ? { from: 0, to: at } : { from, to });
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag) return;
    const at = monthAt(event.clientX);
    if (drag.kind === 'draw') setPreview({ from: Math.min(drag.at, at), to: Math.max(drag.at, at) });
    else if (drag.kind === 'move') {
      const delta = Math.max(-drag.from, Math.min(axis.length - 1 - drag.to, at - drag.at));
      setPreview({ from: drag.from + delta, to: drag.to + delta });
    } else if (drag.kind === 'start') setPreview({ from: Math.min(at, drag.to), to: drag.to });
    else setPreview({ from: t.mode === 'asOf' ? 0 : drag.from, to: Math.max(at, t.mode === 'asOf' ? 0 : drag.from) });
  };
  const onPointerUp = () => {
    if (drag && preview) commit(preview.from, preview.to, drag.kind === 'move' ? 'move the date window' : 'evidence dates');
    setDrag(null);
    setPreview(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const from = Math.floor(shown.from);
    const to = Math.max(from, Math.ceil(shown.to) - 1);
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const direction = event.key === 'ArrowRight' ? 1 : -1;
        if (event.shiftKey) commit(isWhole ? 0 : from, Math.max(isWhole ? 0 : from, (isWhole ? axis.length - 1 : to) + direction), 'evidence dates');
        else playback.step(direction);
        break;
      }
      case ' ':
        playback.toggle();
        break;
      case 'Home':
        commit(0, to - from, 'evidence dates');
        break;
      case 'End':
        commit(axis.length - 1 - (to - from), axis.length - 1, 'evidence dates');
        break;
      case 'Delete':
      case 'Backspace':
      case 'Escape':
        if (!isWhole) store.dispatch(setWindow({ from: '', to: '' }, 'clear the date window'));
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  const words = preview ? `${monthLabel(axis[preview.from]!)} – ${monthLabel(axis[preview.to]!)}` : windowWords(state, bounds);

  return (
    <div class="timeline" role="group" aria-label="Timeline">
      <div class="timeline-controls">
        <button id="timeline-back" title="Step back (←)" onClick={() => playback.step(-1)}>
          « Back
        </button>
        <button id="timeline-play" class="play" aria-pressed={isPlaying} title={isPlaying ? 'Pause (Space)' : 'Play: move the window step by step (Space)'} onClick={() => playback.toggle()}>
          {isPlaying ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button id="timeline-forward" title="Step forward (→)" onClick={() => playback.step(1)}>
          Next »
        </button>
        <label>
          step{' '}
          <select id="timeline-step" value={t.step} onChange={(e) => store.dispatch(setTimeline({ step: (e.target as HTMLSelectElement).value as TimeStep }))}>
            <option value="week">week</option>
            <option value="month">month</option>
            <option value="year">year</option>
          </select>
        </label>
        <label>
          speed{' '}
          <select id="timeline-speed" value={String(t.speed)} onChange={(e) => store.dispatch(setTimeline({ speed: Number((e.target as HTMLSelectElement).value) }))}>
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {s} step{s === 1 ? '' : 's'}/s
              </option>
            ))}
          </select>
        </label>
        <span class="segmented" role="radiogroup" aria-label="What the timeline shows">
          <button role="radio" aria-checked={t.mode === 'window'} title="Only what was stated inside the window" onClick={() => t.mode !== 'window' && store.dispatch(setTimeline({ mode: 'window' }))}>
            Window
          </button>
          <button role="radio" aria-checked={t.mode === 'asOf'} title="Everything stated up to the playhead (cumulative)" onClick={() => t.mode !== 'asOf' && store.dispatch(setTimeline({ mode: 'asOf' }))}>
            As of
          </button>
        </span>
        {state.filters.to && (
          <span class="ended-choice">
            <span id="ended-label">Ended relations</span>
            <span class="segmented" role="radiogroup" aria-labelledby="ended-label">
              <button role="radio" aria-checked={t.ended === 'show'} title="Relations whose state was closed by the playhead (ties restored after being cut, sanctions eased, a ceasefire) are drawn ended: short dashes, a ring at their end" onClick={() => t.ended !== 'show' && store.dispatch(setTimeline({ ended: 'show' }))}>
                Show as ended
              </button>
              <button role="radio" aria-checked={t.ended === 'hide'} title="Relations whose state was closed by the playhead are not drawn" onClick={() => t.ended !== 'hide' && store.dispatch(setTimeline({ ended: 'hide' }))}>
                Hide
              </button>
            </span>
          </span>
        )}
        <span class="timeline-words" id="timeline-words" aria-live="polite">
          {words}
        </span>
        {!isWhole && (
          <button class="link" id="timeline-clear" onClick={() => store.dispatch(setWindow({ from: '', to: '' }, 'clear the date window'))}>
            Clear
          </button>
        )}
      </div>
      <svg
        ref={svg}
        class={`histogram${drag ? ' dragging' : ''}`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        tabindex={0}
        role="slider"
        aria-label="Date window over evidence per month: drag to draw or move it; arrow keys step, Shift+arrows resize, Space plays"
        aria-valuemin={0}
        aria-valuemax={axis.length - 1}
        aria-valuenow={Math.floor(shown.to) - 1}
        aria-valuetext={words}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      >
        {axis.map((m, i) => {
          const h = ((months[m] ?? 0) / max) * (HEIGHT - 4);
          const isIn = isWhole || (i + 0.5 >= shown.from && i + 0.5 <= shown.to);
          return (
            <rect key={m} x={i * slot + 0.5} y={HEIGHT - h} width={Math.max(1, slot - 1)} height={h} class={isIn ? 'in' : 'out'}>
              <title>{`${monthLabel(m)}: ${months[m] ?? 0} evidence sentence(s)`}</title>
            </rect>
          );
        })}
        {!isWhole && <rect class="window" x={shown.from * slot} y={0} width={Math.max(2, (shown.to - shown.from) * slot)} height={HEIGHT} />}
        {!isWhole && <line class="playhead" x1={shown.to * slot} x2={shown.to * slot} y1={0} y2={HEIGHT} />}
      </svg>
      <div class="ticks" aria-hidden="true">
        {axis.map((m, i) =>
          m.endsWith('-01') || i === 0 || axis.length <= 14 ? (
            <span key={m} style={{ left: `${(i / axis.length) * 100}%` }}>
              {m.endsWith('-01') || i === 0 ? monthLabel(m) : monthLabel(m).slice(0, 3)}
            </span>
          ) : null,
        )}
      </div>
    </div>
  );
}
