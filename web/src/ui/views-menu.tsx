/**
 * Saved views: save the investigation by name (on the server, for everyone who can reach it),
 * list and reopen them, copy a link, delete; export and import a view as a file.
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError, deleteView, listViews, renameView, setToken, type ViewSummary } from '../api.ts';
import type { Controller } from '../controller.ts';
import { viewDeleted, viewRenamed } from '../state/actions.ts';
import { toJson } from '../state/serialize.ts';
import { say } from '../ui-state.ts';
import { useInvestigation, useRemote } from './hooks.ts';
import { RemoteView } from './remote-view.tsx';

export function ViewsMenu({ controller }: { controller: Controller }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <div class="menu">
      <button id="views-button" aria-expanded={isOpen} aria-controls="views-panel" onClick={() => setOpen(!isOpen)}>
        Views ▾
      </button>
      {isOpen && <ViewsPanel controller={controller} close={() => setOpen(false)} />}
    </div>
  );
}

function ViewsPanel({ controller, close }: { controller: Controller; close: () => void }) {
  const state = useInvestigation(controller.store);
  const [name, setName] = useState(state.view?.name ?? '');
  const [needsToken, setNeedsToken] = useState(false);
  const [token, setTokenText] = useState('');
  const [revision, setRevision] = useState(0);
  const views = useRemote(listViews, [revision]);
  const file = useRef<HTMLInputElement>(null);

  const save = async (asNew: boolean) => {
    if (needsToken && token) setToken(token);
    try {
      if (await controller.saveView(name.trim() || 'Untitled investigation', { asNew })) {
        setNeedsToken(false);
        setRevision((r) => r + 1);
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') setNeedsToken(true);
    }
  };
  const exportFile = () => {
    const blob = new Blob([toJson(state, name || 'investigation')], { type: 'application/json' });
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${(name || 'entente-view').replace(/[^\w.-]+/g, '-')}.json` });
    document.body.append(a);
    a.click();
    a.remove();
  };
  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    controller.importFile(await chosen.text(), chosen.name);
    input.value = '';
    close();
  };
  const copyLink = async (view: ViewSummary) => {
    const link = `${location.origin}${location.pathname}#/view/${encodeURIComponent(view.id)}`;
    await navigator.clipboard?.writeText(link).catch(() => {});
    say(`Link to "${view.name}" copied: ${link}`);
  };
  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') setNeedsToken(true);
    else say((error as Error).message, 'error');
  };
  const remove = async (view: ViewSummary) => {
    try {
      await deleteView(view.id);
      controller.store.dispatch(viewDeleted(view.id));
      setRevision((r) => r + 1);
      say(`Deleted "${view.name}".`);
    } catch (error) {
      failed(error);
    }
  };
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const rename = async () => {
    if (!renaming) return;
    if (needsToken && token) setToken(token);
    try {
      const renamed = await renameView(renaming.id, renaming.name);
      controller.store.dispatch(viewRenamed({ id: renamed.id, name: renamed.name }));
      setRenaming(null);
      setRevision((r) => r + 1);
      say(`Renamed to "${renamed.name}".`);
    } catch (error) {
      failed(error);
    }
  };
  const isEmpty = Object.keys(state.nodes).length === 0;

  return (
    <div id="views-panel" class="popover" role="dialog" aria-label="Saved views">
      <form onSubmit={(e) => (e.preventDefault(), void save(false))}>
        <label for="view-name">Save this investigation as</label>
        <div class="row">
          <input id="view-name" value={name} maxLength={120} placeholder="Name, e.g. Caucasus tensions" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          <button type="submit" class="primary" disabled={isEmpty}>
            {state.view ? 'Save' : 'Save view'}
          </button>
          {state.view && (
            <button type="button" onClick={() => void save(true)} disabled={isEmpty}>
              Save as new
            </button>
          )}
        </div>
        {state.view && <p class="muted">{state.modified ? `Changed since saved as "${state.view.name}".` : `Saved as "${state.view.name}".`}</p>}
        {needsToken && (
          <div class="row">
            <label for="view-token">This server needs its API token to save views:</label>
            <input id="view-token" type="password" value={token} onInput={(e) => setTokenText((e.target as HTMLInputElement).value)} />
          </div>
        )}
      </form>
      <h3>Saved views</h3>
      <RemoteView remote={views} loading="Loading views…">
        {(list) =>
          list.length === 0 ? (
            <p class="muted">No saved views yet.</p>
          ) : (
            <ul class="view-list">
              {list.map((view) => (
                <li key={view.id}>
                  {renaming?.id === view.id ? (
                    <form class="row" onSubmit={(e) => (e.preventDefault(), void rename())}>
                      <input aria-label={`New name for ${view.name}`} value={renaming.name} maxLength={120} onInput={(e) => setRenaming({ id: view.id, name: (e.target as HTMLInputElement).value })} />
                      <button type="submit" disabled={!renaming.name.trim()}>
                        Rename
                      </button>
                      <button type="button" onClick={() => setRenaming(null)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <a href={`#/view/${encodeURIComponent(view.id)}`} onClick={close} title={view.name}>
                      {view.name}
                    </a>
                  )}
                  <span class="muted">
                    {' '}
                    {view.elementCount.toLocaleString('en')} elements · {new Date(view.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                  </span>
                  <span class="row-actions">
                    <button onClick={() => void copyLink(view)} title="Copy a link that opens this view">
                      Copy link
                    </button>
                    <button onClick={() => setRenaming({ id: view.id, name: view.name })} aria-label={`Rename ${view.name}`}>
                      Rename
                    </button>
                    <button onClick={() => void remove(view)} aria-label={`Delete ${view.name}`}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </RemoteView>
      <h3>File</h3>
      <div class="row">
        <button id="export-json" onClick={exportFile} disabled={isEmpty} title="Download this investigation as a view file (JSON)">
          Export view file
        </button>
        <label class="button">
          Import view file…
          <input ref={file} type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
        </label>
      </div>
    </div>
  );
}
