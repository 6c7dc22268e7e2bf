// The article view: the text with the selected event's trigger, source, target and place highlighted, and every event coded from it beside.
import type { ReactNode } from 'react';
import { actorLabel, api, apiFilters, QUAD_COLOURS, type ArticleEvent, type Filters } from '../api.js';
import { hrefOf, useLoad } from '../route.js';
import { Status } from '../ui.js';

type Role = 'trigger' | 'source' | 'target' | 'location';

/** The article text as React nodes: plain text, never HTML, with <mark>s on the event's spans. */
function highlighted(text: string, event: ArticleEvent | null): ReactNode[] {
  if (!event) return [text];
  const at = text.indexOf(event.sentence);
  if (at < 0) return [text];
  const spans: Array<[number, number, Role]> = [];
  for (const role of ['trigger', 'source', 'target', 'location'] as const) {
    const span = event.evidence[role];
    if (span) spans.push([at + span[0], at + span[1], role]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const nodes: ReactNode[] = [];
  let pos = 0;
  for (const [start, end, role] of spans) {
    if (start < pos) continue;
    nodes.push(text.slice(pos, start));
    nodes.push(<mark key={`${role}-${start}`} className={`hl-${role}`} data-role={role}>{text.slice(start, end)}</mark>);
    pos = end;
  }
  nodes.push(text.slice(pos));
  return nodes;
}

export function ArticleView({ id, filters }: { id: string; filters: Filters }) {
  const { data, error, loading } = useLoad(() => api.article(id), [id]);
  const events = data?.events ?? [];
  const selected = events.find((e) => e.event_id === filters['event'] || e.id === filters['event']) ?? events[0] ?? null;
  return (
    <section aria-label="Article">
      <Status loading={loading} error={error} empty={!data}>
        <div className="article">
          <article>
            <h2 className="article-title">{data?.article.title ?? data?.article.id}</h2>
            <p className="meta">{data?.article.date} {data?.article.source ? `· ${data.article.source}` : ''} {data?.article.url ? <a href={data.article.url} rel="noreferrer noopener">original</a> : null}</p>
            <div className="article-text">{highlighted(data?.article.text ?? '', selected)}</div>
          </article>
          <aside>
            <h3>{events.length} event{events.length === 1 ? '' : 's'} coded</h3>
            <ol className="article-events">
              {events.map((e) => (
                <li key={e.id} className={e === selected ? 'selected' : ''}>
                  <a href={hrefOf('article', { ...apiFilters(filters), event: e.id }, id)}>
                    <span className="quad" style={{ background: QUAD_COLOURS[e.quad_class] }} /> <b>{actorLabel(e.source)}</b> {e.cameo} <b>{actorLabel(e.target)}</b>
                  </a>
                  <div className="detail">{e.cameo_label} · {e.date} · {e.location?.name ?? 'no place'} · {e.modality}</div>
                  <div className="detail words">“{e.sentence.slice(e.evidence.trigger[0], e.evidence.trigger[1])}” — {e.source.unknown ? 'unknown' : e.source.text} → {e.target?.text ?? '—'}</div>
                </li>
              ))}
            </ol>
          </aside>
        </div>
      </Status>
    </section>
  );
}
