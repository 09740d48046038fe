/** The article reader: the text with typed mentions (a click adds the entity to the canvas), and the relations it states. */
import { fetchArticle } from '../api.ts';
import type { Controller } from '../controller.ts';
import { relationWords } from '../format.ts';
import { splitByHighlights } from '../graph/highlights.ts';
import { useRemote } from './hooks.ts';
import { RemoteView } from './remote-view.tsx';

function paragraphsWithOffsets(text: string): { text: string; start: number }[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index }));
}

export function ArticleReader({ controller, id }: { controller: Controller; id: string }) {
  const remote = useRemote(() => fetchArticle(id), [id]);
  const toCanvas = (entityId: string, name: string) => void controller.openEntity(entityId, { name });
  return (
    <RemoteView remote={remote} loading="Loading article…">
      {(article) =>
        !article ? (
          <p>No such article.</p>
        ) : (
          <>
            <p>
              <a href="#/articles">← All articles</a> · <a href="#/graph" onClick={(e) => (e.preventDefault(), history.back())}>back</a>
            </p>
            <h1 class="article-title">{article.title}</h1>
            <p class="muted">
              {article.source ?? 'unknown outlet'} · {article.published ?? 'undated'}
              {article.url && (
                <>
                  {' · '}
                  <a href={article.url} target="_blank" rel="noopener noreferrer">
                    original
                  </a>
                </>
              )}
            </p>
            <div class="reader">
              <div class="article-text">
                {paragraphsWithOffsets(article.text).map((paragraph) => (
                  <p key={paragraph.start}>
                    {splitByHighlights(
                      paragraph.text,
                      paragraph.start,
                      article.mentions.filter((m) => m.start >= paragraph.start && m.end <= paragraph.start + paragraph.text.length),
                    ).map((run, i) =>
                      run.span ? (
                        <button key={i} class={`mention type-${run.span.entity.type}`} title={`${run.span.entity.name} (${run.span.entity.type}): add to the canvas`} onClick={() => toCanvas(run.span!.entity.id, run.span!.entity.name)}>
                          {run.text}
                        </button>
                      ) : (
                        run.text
                      ),
                    )}
                  </p>
                ))}
              </div>
              <aside>
                <h2>Relations stated ({article.relations.length})</h2>
                <ul class="article-relations">
                  {article.relations.map((r) => (
                    <li key={r.id}>
                      <button class="link" onClick={() => toCanvas(r.source.id, r.source.name)}>
                        {r.source.name}
                      </button>{' '}
                      {relationWords(r.type)}{' '}
                      <button class="link" onClick={() => toCanvas(r.target.id, r.target.name)}>
                        {r.target.name}
                      </button>
                    </li>
                  ))}
                </ul>
              </aside>
            </div>
          </>
        )
      }
    </RemoteView>
  );
}
