/** The UI's own state, beside the investigation: where the analyst is, and what the status line says. */
import { parseHash, type Route } from './state/url.ts';
import { Observable } from './ui/observable.ts';

export interface Status {
  text: string;
  kind: 'info' | 'error' | 'busy';
  /** An error because the server or the database was unreachable: it clears once they are back. */
  isOutage?: boolean;
}

export const route = new Observable<Route>(parseHash(''));

/** Who signs the notes written here: the writer the API token names (the server says which), else nobody. */
export const writer = new Observable<string | null>(null);

let routesShown = 0;
route.subscribe(() => routesShown++);
/** True when this tab showed another route of the app before the current one: Back stays inside the app. */
export const canGoBack = () => routesShown > 1;
export const status = new Observable<Status | null>(null);
/** False while requests find the database unreachable; panels retry when it turns true. */
export const isDatabaseUp = new Observable<boolean>(true);
/** The sidebar with filters is open (it collapses to give the canvas the whole width). */
export const isSidebarOpen = new Observable<boolean>(localStorage.getItem('entente-sidebar') !== 'closed');

let statusTimer: ReturnType<typeof setTimeout> | undefined;
/** Shows a status line; info lines clear themselves after a while. */
export function say(text: string | null, kind: Status['kind'] = 'info', options: { isOutage?: boolean } = {}): void {
  clearTimeout(statusTimer);
  status.set(text ? { text, kind, ...(options.isOutage ? { isOutage: true } : {}) } : null);
  if (text && kind === 'info') statusTimer = setTimeout(() => status.set(null), 8000);
}

/** The canvas's context menu: on an entity or group (id), or on the background (null), at a point in the page. */
export const contextMenu = new Observable<{ id: string | null; x: number; y: number } | null>(null);

/** Lasso mode: a drag on the canvas draws a free shape whose entities get selected. */
export const isLassoOn = new Observable(false);

/** Entities the map could not place (no location known), listed beside it. */
export const notPlaced = new Observable<{ id: string; label: string; type: string }[]>([]);
