/** What a panel shows while its data is on the way, or cannot come. */
import type { ComponentChildren } from 'preact';
import type { Remote } from './hooks.ts';

export function RemoteView<T>({ remote, loading, children }: { remote: Remote<T>; loading: string; children: (data: T) => ComponentChildren }) {
  switch (remote.phase) {
    case 'loading':
      return <p class="muted">{loading}</p>;
    case 'waiting':
      return (
        <p class="waiting" role="status">
          The graph database is not answering right now; this will load by itself once it is back.
        </p>
      );
    case 'failed':
      return <p class="error-text">{remote.message}</p>;
    case 'ready':
      return <>{children(remote.data)}</>;
  }
}
