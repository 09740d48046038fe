/** "+N more": what the API's cap left out of earlier requests, per entity, fetched on request. */
import type { Controller } from '../controller.ts';
import { relationWords } from '../format.ts';
import { currentOmissions } from '../state/actions.ts';
import { useInvestigation } from './hooks.ts';

export function MoreBar({ controller }: { controller: Controller }) {
  const state = useInvestigation(controller.store);
  const omissions = currentOmissions(state);
  if (omissions.length === 0) return null;
  return (
    <div class="more-bar" role="region" aria-label="Relations left out">
      {omissions.slice(0, 3).map((o) => {
        const total = o.counts.reduce((n, c) => n + c.count, 0);
        const names = o.around.map((id) => state.nodes[id]?.label ?? id).join(', ');
        return (
          <div class="more" key={o.around.join(',')}>
            <strong>+{total} more</strong> around {names}, left out as the weakest:{' '}
            <span class="muted">
              {o.counts
                .slice(0, 4)
                .map((c) => `${c.count} ${relationWords(c.key)}`)
                .join(', ')}
              {o.counts.length > 4 ? ', …' : ''}
            </span>{' '}
            <button onClick={() => void controller.fetchOmitted(o)}>Fetch them</button>
          </div>
        );
      })}
    </div>
  );
}
