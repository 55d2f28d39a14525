// React 18 with the generated wrappers of @trust-signals/react: React 18 passes every prop to a custom element as
// an attribute, so the wrappers (made with @lit/react) set properties and add event listeners instead.
import { StrictMode, useEffect, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import * as wrappers from '@trust-signals/react';
import { describeEvent, loadScene } from '../shared/scene.js';

/** `trust-star-rating` → the `TrustStarRating` wrapper. */
const wrapperOf = (tag) => wrappers[tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())];

function App() {
  const [scene, setScene] = useState([]);
  const [events, setEvents] = useState([]);
  useEffect(() => void loadScene().then(setScene), []);
  const log = (event) => setEvents((list) => [...list, describeEvent(event)]);
  return (
    <main data-react-version={version} data-ready={scene.length > 0 ? 'true' : undefined}>
      <h1>React 18</h1>
      <div id="scene">
        {scene.map(({ tag, props }) => {
          const Wrapper = wrapperOf(tag);
          if (!Wrapper) throw new Error(`@trust-signals/react has no wrapper for <${tag}>`);
          return <Wrapper key={tag} {...props} {...(tag === 'trust-nps-survey' ? { onTrustSubmit: log } : {})} />;
        })}
      </div>
      <h2>Events</h2>
      <ul id="events">
        {events.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
