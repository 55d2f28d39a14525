// React 19 with the tags themselves: React 19 sets a prop as a property when the element has it, and listens to
// `on<event-name>` props. `trust-signals/all.js` registers every tag before the first render.
import { StrictMode, useEffect, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import 'trust-signals/all.js';
import { describeEvent, loadScene } from '../shared/scene.js';

function App() {
  const [scene, setScene] = useState([]);
  const [events, setEvents] = useState([]);
  useEffect(() => void loadScene().then(setScene), []);
  const log = (event) => setEvents((list) => [...list, describeEvent(event)]);
  return (
    <main data-react-version={version} data-ready={scene.length > 0 ? 'true' : undefined}>
      <h1>React 19</h1>
      <div id="scene">
        {scene.map(({ tag, props }) => {
          const Tag = tag;
          return <Tag key={tag} {...props} ontrust-submit={log} />;
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
