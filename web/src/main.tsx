// The dyad dashboard: overview, network, map, events and article views over `dyad serve`'s API, sharing filters kept in the URL.
import { createRoot } from 'react-dom/client';
import { useRoute, hrefOf } from './route.js';
import { FilterBar } from './ui.js';
import { Overview } from './views/Overview.js';
import { Events } from './views/Events.js';
import { ArticleView } from './views/Article.js';
import { Network } from './views/Network.js';
import { MapView } from './views/Map.js';
import './style.css';

const VIEWS = [['overview', 'Overview'], ['network', 'Network'], ['map', 'Map'], ['events', 'Events']] as const;

function App() {
  const route = useRoute();
  const { page: _page, event: _event, period: _period, ...shared } = route.filters;
  return (
    <>
      <header>
        <h1><a href={hrefOf('overview', shared)}>dyad</a></h1>
        <nav>{VIEWS.map(([view, label]) => <a key={view} href={hrefOf(view, shared)} className={route.view === view ? 'active' : ''}>{label}</a>)}</nav>
      </header>
      <FilterBar key={JSON.stringify(shared)} view={route.view} filters={shared} />
      <main>
        {route.view === 'network' ? <Network filters={shared} />
          : route.view === 'map' ? <MapView filters={shared} />
          : route.view === 'events' ? <Events filters={route.filters} />
          : route.view === 'article' && route.param ? <ArticleView id={route.param} filters={route.filters} />
          : <Overview filters={route.filters} />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
