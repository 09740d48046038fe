/**
 * The article reader: the text with typed mentions (a click adds the entity to the canvas) and a
 * colour key for them; the sentence a link points at (#/article/ID?at=START-END) highlighted and
 * scrolled to; the relations the article states, each with its claim status and, on a click, its
 * sentences here (a click on one highlights it in the text).
 */
import { useEffect, useState } from 'preact/hooks';
import { fetchArticle, type ArticleDetails, type ArticleSentence } from '../api.ts';
import type { Controller } from '../controller.ts';
import { CLAIM_STATUS_WORDS, claimedBy, plural, relationWords } from '../format.ts';
import { splitByHighlights } from '../graph/highlights.ts';
import { TYPE_STYLE } from '../graph/style.ts';
import { articleHash, type SentenceRange } from '../state/url.ts';
import { canGoBack } from '../ui-state.ts';
import { useRemote } from './hooks.ts';
import { RemoteView } from './remote-view.tsx';

type Mention = ArticleDetails['mentions'][number];

function paragraphsWithOffsets(text: string): { text: string; start: number }[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index }));
}

/** A paragraph cut where the highlighted sentence starts and ends: [text, start, isSentence] pieces. */
export function piecesOf(paragraph: { text: string; start: number }, at: SentenceRange | null): { text: string; start: number; isSentence: boolean }[] {
  const end = paragraph.start + paragraph.text.length;
  if (!at || at.end <= paragraph.start || at.start >= end) return [{ ...paragraph, isSentence: false }];
  const cuts = [paragraph.start, Math.max(at.start, paragraph.start), Math.min(at.end, end), end];
  const pieces: { text: string; start: number; isSentence: boolean }[] = [];
  for (let i = 0; i < 3; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    if (to > from) pieces.push({ text: paragraph.text.slice(from - paragraph.start, to - paragraph.start), start: from, isSentence: i === 1 });
  }
  return pieces;
}

function Piece({ piece, mentions, toCanvas }: { piece: { text: string; start: number }; mentions: Mention[]; toCanvas: (id: string, name: string) => void }) {
  const inside = mentions.filter((m) => m.start >= piece.start && m.end <= piece.start + piece.text.length);
  return (
    <>
      {splitByHighlights(piece.text, piece.start, inside).map((run, i) =>
        run.span ? (
          <button key={i} class={`mention type-${run.span.entity.type}`} title={`${run.span.entity.name} (${run.span.entity.type}): add to the canvas`} onClick={() => toCanvas(run.span!.entity.id, run.span!.entity.name)}>
            {run.text}
          </button>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

export function ArticleReader({ controller, id, at }: { controller: Controller; id: string; at: SentenceRange | null }) {
  const remote = useRemote(() => fetchArticle(id), [id]);
  const toCanvas = (entityId: string, name: string) => void controller.openEntity(entityId, { name });
  const article = remote.phase === 'ready' ? remote.data : null;
  // The sentence a link points at: brought into view and focused (screen readers read it), once the text is there.
  useEffect(() => {
    const mark = document.querySelector<HTMLElement>('#article-view .evidence-sentence');
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    document.body.dataset.sentenceShown = `${at?.start}-${at?.end}`;
  }, [article, at?.start, at?.end]);
  return (
    <RemoteView remote={remote} loading="Loading article…">
      {(article) =>
        !article ? (
          <p>No such article.</p>
        ) : (
          <>
            <p>
              <a href="#/articles">← All articles</a> ·{' '}
              <a
                id="reader-back"
                href="#/graph"
                title="Back to where you were (the graph when the article was opened from outside)"
                onClick={(e) => {
                  // Back within the app; an article opened from outside goes to the graph, never to a blank page.
                  if (!canGoBack()) return;
                  e.preventDefault();
                  history.back();
                }}
              >
                back
              </a>
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
                    {piecesOf(paragraph, at).map((piece) =>
                      piece.isSentence ? (
                        <mark key={piece.start} class="evidence-sentence" tabIndex={-1} aria-label="The sentence the link points at">
                          <Piece piece={piece} mentions={article.mentions} toCanvas={toCanvas} />
                        </mark>
                      ) : (
                        <Piece key={piece.start} piece={piece} mentions={article.mentions} toCanvas={toCanvas} />
                      ),
                    )}
                  </p>
                ))}
              </div>
              <aside>
                <ColourKey mentions={article.mentions} hasSentence={at !== null} />
                <h2>Relations stated ({article.relations.length})</h2>
                <ul class="article-relations">
                  {article.relations.map((r) => (
                    <StatedRelation key={r.id} articleId={article.id} relation={r} />
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

/** What the highlights mean: the entity types the text marks, and the linked sentence. */
function ColourKey({ mentions, hasSentence }: { mentions: Mention[]; hasSentence: boolean }) {
  const types = Object.keys(TYPE_STYLE).filter((t) => mentions.some((m) => m.entity.type === t));
  if (!types.length && !hasSentence) return null;
  return (
    <section class="colour-key" aria-label="Colour key">
      <h2>Highlights</h2>
      <ul>
        {types.map((t) => (
          <li key={t}>
            <span class={`key-swatch mention type-${t}`}>{t}</span>
          </li>
        ))}
        {hasSentence && (
          <li>
            <mark class="key-swatch evidence-sentence">the sentence linked to</mark>
          </li>
        )}
      </ul>
    </section>
  );
}

/** "2 asserted, 1 attributed": the claim statuses of a relation's sentences in this article. */
function statusSummary(sentences: ArticleSentence[]): string {
  const counts = new Map<string, number>();
  for (const s of sentences) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${CLAIM_STATUS_WORDS[status]?.word ?? status.toLowerCase()}`).join(', ');
}

/** A relation the article states: its claim status, and its sentences here on a click. */
function StatedRelation({ articleId, relation: r }: { articleId: string; relation: ArticleDetails['relations'][number] }) {
  const [isOpen, setOpen] = useState(false);
  const sentences = r.evidence.nodes;
  return (
    <li class={`stated class-${r.class}`}>
      <button class="link stated-relation" aria-expanded={isOpen} title="Show the sentences that state it in this article" onClick={() => setOpen(!isOpen)}>
        {r.source.name} {relationWords(r.type)} {r.target.name}
      </button>
      <span class="muted"> · {statusSummary(sentences) || 'no sentence'}</span>
      {isOpen && (
        <ol class="stated-sentences" aria-label={`${plural(sentences.length, 'sentence')} stating it`}>
          {sentences.map((s) => {
            const status = CLAIM_STATUS_WORDS[s.status] ?? { word: s.status.toLowerCase(), meaning: '' };
            const by = claimedBy(s.status, s.attributedTo);
            return (
              <li key={s.id}>
                <span class={`claim-badge claim-${status.word}`} title={status.meaning}>
                  {status.word}
                </span>
                {by && <span class="claimed-by"> {by}</span>}{' '}
                <a href={articleHash(articleId, s)} title="Highlight it in the text">
                  {s.sentence}
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}
