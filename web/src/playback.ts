/**
 * Timeline playback (the I/O edge of state/timeline.ts: a timer). Starting is one undoable
 * change; each frame replaces the present state (no undo step per frame); it stops by itself at
 * the end of the data, or when paused. `isPlaying` tells the timeline's buttons.
 */
import { canvasBounds, playbackStart, playFrame, setWindow, startPlayback, stepWindow } from './state/timeline.ts';
import type { Store } from './state/store.ts';
import { Observable } from './ui/observable.ts';

export class Playback {
  readonly isPlaying = new Observable(false);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: Store) {
    // Anything else that changes the canvas (undo, a new search) stops playback.
    store.subscribe((change) => {
      if (this.isPlaying.value && change.kind === 'canvas' && change.label !== 'play the timeline') this.pause();
    });
  }

  play(): void {
    const s = this.store.state;
    const bounds = canvasBounds(s);
    if (!bounds) return;
    this.store.dispatch(startPlayback(playbackStart(s.filters, s.timeline, bounds)));
    this.isPlaying.set(true);
    this.schedule();
  }

  pause(): void {
    clearTimeout(this.timer);
    this.isPlaying.set(false);
  }

  toggle(): void {
    if (this.isPlaying.value) this.pause();
    else this.play();
  }

  /** One step by hand (one undoable change); pauses playback. */
  step(direction: 1 | -1): void {
    this.pause();
    const s = this.store.state;
    const bounds = canvasBounds(s);
    const next = bounds && stepWindow(s.filters, s.timeline, bounds, direction);
    if (next) this.store.dispatch(setWindow(next, direction > 0 ? 'step the timeline forward' : 'step the timeline back'));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.frame(), 1000 / this.store.state.timeline.speed);
  }

  private frame(): void {
    const s = this.store.state;
    const bounds = canvasBounds(s);
    const next = bounds && stepWindow(s.filters, s.timeline, bounds, 1);
    if (!next) return this.pause();
    this.store.dispatch(playFrame(next));
    this.schedule();
  }
}
