// The dyad dashboard: overview, dyad, actor, network, map, events and article views over `dyad serve`'s API, sharing filters kept in the URL.
import { createRoot } from 'react-dom/client';
import { useRoute, hrefOf, sharedFilters, useLoad } from './route.js';
import { api } from './api.js';
import { FilterBar, TimeBrush } from './ui.js';
import { Overview } from './views/Overview.js';
import { Events } from './views/Events.js';
import { ArticleView } from './views/Article.js';
import { Network } from './views/Network.js';
import { MapView } from './views/Map.js';
import { DyadView } from './views/Dyad.js';
import { ActorView } from './views/Actor.js';
import './style.css';

const VIEWS = [['overview', 'Overview'], ['dyad', 'Dyad'], ['network', 'Network'], ['map', 'Map'], ['events', 'Events']] as const;

/**
 * What the database leaves out, as its ingest runs recorded: ingest (and the demo) keep only events the coder's
 * confidence model rates at or above its threshold, because many lower-rated ones are wrong, and a reader must know
 * the table is filtered, and by which dyad.
 */
function ConfidenceNote() {
  const meta = useLoad(() => api.meta(), []);
  const p = meta.data?.min_confidence;
  if (p === undefined || p === null || p <= 0) return null;
  const versions = meta.data!.dyad_versions;
  return (
    <p className="confidence-note" role="note">
      Showing only events the coder&apos;s confidence model rates at {p} or above (the threshold they were ingested with,
      by dyad {versions.join(', ')}): lower-rated events, often wrongly coded, were left out.{' '}
      <code>dyad ingest --min-confidence</code> sets another threshold.
    </p>
  );
}

function App() {
  const route = useRoute();
  const shared = sharedFilters(route.filters);
  const view = route.view === 'actor' && !route.param ? 'overview' : route.view;
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to the view</a>
      <header>
        <h1><a href={hrefOf('overview', shared)}>dyad</a></h1>
        <nav aria-label="Views">{VIEWS.map(([v, label]) => <a key={v} href={hrefOf(v, v === 'dyad' ? { ...shared, a: route.filters['a'] ?? '', b: route.filters['b'] ?? '' } : shared)} aria-current={view === v ? 'page' : undefined} className={view === v ? 'active' : ''}>{label}</a>)}</nav>
      </header>
      <ConfidenceNote />
      <FilterBar key={JSON.stringify(shared)} view={view} filters={shared} param={route.param} />
      {view !== 'article' && <TimeBrush filters={shared} />}
      <main id="main" tabIndex={-1}>
        {view === 'network' ? <Network filters={route.filters} />
          : view === 'map' ? <MapView filters={route.filters} />
          : view === 'events' ? <Events filters={route.filters} />
          : view === 'dyad' ? <DyadView filters={route.filters} />
          : view === 'actor' && route.param ? <ActorView key={route.param} code={route.param} filters={route.filters} />
          : view === 'article' && route.param ? <ArticleView id={route.param} filters={route.filters} />
          : <Overview filters={route.filters} />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
