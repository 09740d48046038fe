/** The article list: by text or by the entity they mention, with the total, 50 at a time. */
import { useEffect, useState } from 'preact/hooks';
import { ARTICLES_PAGE, fetchArticles, fetchEntity, type ArticlePage } from '../api.ts';
import { plural } from '../format.ts';
import { articlesHash } from '../state/url.ts';
import { say } from '../ui-state.ts';
import { useRemote } from './hooks.ts';
import { RemoteView } from './remote-view.tsx';

export function ArticleList({ text, entity }: { text: string; entity: string | null }) {
  const [query, setQuery] = useState(text);
  const [more, setMore] = useState<ArticlePage['nodes']>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const first = useRemote(() => fetchArticles({ text, entityId: entity, after: null }), [text, entity]);
  const named = useRemote(() => (entity ? fetchEntity(entity) : Promise.resolve(null)), [entity]);
  useEffect(() => {
    setMore([]);
    setCursor(null);
  }, [text, entity]);
  const loadMore = async (after: string | null) => {
    try {
      const next = await fetchArticles({ text, entityId: entity, after });
      setMore((m) => [...m, ...next.nodes]);
      setCursor(next.pageInfo.hasNextPage ? next.pageInfo.endCursor : '');
    } catch (error) {
      say((error as Error).message, 'error');
    }
  };
  const entityName = named.phase === 'ready' ? named.data?.name : undefined;
  return (
    <>
      <h1>{entity ? `Articles that mention ${entityName ?? '…'}` : 'Articles'}</h1>
      {entity && (
        <p>
          <a href={articlesHash({ text })}>all articles</a>
        </p>
      )}
      <form onSubmit={(e) => (e.preventDefault(), (location.hash = articlesHash({ text: query.trim(), entity })))}>
        <input type="search" placeholder="Search article text…" aria-label="Search article text" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </form>
      <RemoteView remote={first} loading="Loading articles…">
        {(page) => {
          const rows = [...page.nodes, ...more];
          const next = cursor === null ? (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : '') : cursor;
          return (
            <>
              <p class="muted" id="article-total">
                {page.totalCount === 0 ? 'No articles match.' : `${plural(page.totalCount, 'article')}${rows.length < page.totalCount ? `, showing ${rows.length}` : ''}`}
              </p>
              <ul class="article-list">
                {rows.map((a) => (
                  <li key={a.id}>
                    <a href={`#/article/${encodeURIComponent(a.id)}`}>{a.title}</a>
                    <span class="muted">
                      {' '}
                      {a.source ?? ''} · {a.published ?? 'undated'}
                    </span>
                  </li>
                ))}
              </ul>
              {next && (
                <button id="more-articles" onClick={() => void loadMore(next)}>
                  Show {Math.min(ARTICLES_PAGE, page.totalCount - rows.length)} more
                </button>
              )}
            </>
          );
        }}
      </RemoteView>
    </>
  );
}
