/**
 * Short links, the I/O edge of state/link.ts: a canvas whose address would pass the link limit
 * is kept on the server (shareCanvas, 30 days) and the address bar shows #/v/ID instead. Keyed
 * by what is on the canvas (the selection, positions and viewport travel in the stored state but
 * do not make a new link), asked for once the canvas has stayed the same for a moment, so timeline
 * playback or a run of expansions stores one link, not one per step.
 */
import { shareCanvas } from './api.ts';
import { LINK_LIMIT } from './state/link.ts';
import { toJson } from './state/serialize.ts';
import type { Investigation } from './state/types.ts';
import { hashOf } from './state/url.ts';
import { say } from './ui-state.ts';

/** Quiet time before a long canvas is stored. */
const SETTLE_MS = 600;

/** Canvas key → short link hash. */
const known = new Map<string, string>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** The link limit, or N from ?linkLimit=N in the page's address (short links on a small canvas, or none on a large one: the e2e tests). */
export function linkLimit(): number {
  const given = Number(new URLSearchParams(location.search).get('linkLimit'));
  return given > 0 ? given : LINK_LIMIT;
}

const keyOf = (s: Investigation) => hashOf({ ...s, selection: { kind: 'none' } });

/** `s` was opened from short link `id`: its address is that link. */
export function rememberShortLink(s: Investigation, id: string): void {
  known.set(keyOf(s), `#/v/${encodeURIComponent(id)}`);
}

/**
 * The address of `s` now: its short link when it has one, else the full link. A full link over
 * the limit gets a short link shortly: `onShort` puts it in the address bar if `s` is still shown.
 */
export function addressOf(s: Investigation, onShort: (hash: string, key: string) => void): string {
  const full = hashOf(s);
  if (!full.startsWith('#/graph')) return full;
  // A canvas opened from a short link keeps it, whatever the limit here.
  const key = keyOf(s);
  const short = known.get(key);
  if (short) return short;
  if (full.length <= linkLimit()) return full;
  clearTimeout(timer);
  timer = setTimeout(() => void shorten(s, key, onShort), SETTLE_MS);
  return full;
}

/** True when `s` is still the canvas `key` names. */
export const isStill = (s: Investigation, key: string) => keyOf(s) === key;

async function shorten(s: Investigation, key: string, onShort: (hash: string, key: string) => void): Promise<void> {
  try {
    const shared = await shareCanvas(toJson(s, ''));
    const hash = `#/v/${encodeURIComponent(shared.id)}`;
    known.set(key, hash);
    onShort(hash, key);
  } catch (error) {
    say(`This canvas is too large for a link, and the server could not keep it behind a short one: ${error instanceof Error ? error.message : String(error)} Save it as a view or export it instead.`, 'error');
  }
}
