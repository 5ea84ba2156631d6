// React 19 passes props to custom elements as properties when the element has one (`src`,
// `theme`, `noControls`…) and attributes otherwise, and `on<event-name>` props add listeners for
// our `ahrca-*` events. Importing the widget's module defines the tag before React renders it.
import { useState } from 'react';
import 'ahrca-widgets/timeline';

/** Relative to the page, like any `src`. */
const DATA = '../../data/timeline-andijan.json';

export function App() {
  const [order, setOrder] = useState('oldest');
  const [status, setStatus] = useState('Waiting for the widget…');

  return (
    <>
      <header className="page-header">
        <p>
          <a href="../../index.html">← Gallery</a> · <a href="../html/">Plain HTML</a> · React · <a href="../vue/">Vue</a>
        </p>
        <h1>The timeline in React</h1>
        <p>
          <label>
            Order{' '}
            <select value={order} onChange={(event) => setOrder(event.target.value)}>
              <option value="oldest">Oldest first</option>
              <option value="newest">Newest first</option>
            </select>
          </label>
        </p>
      </header>
      <main>
        <ahrca-timeline
          src={DATA}
          theme="auto"
          heading-level="2"
          order={order}
          noControls
          onahrca-load={(event) => setStatus(`ahrca-load: the data came from ${new URL(event.detail.source).pathname}`)}
          onahrca-error={(event) => setStatus(`ahrca-error: ${event.detail.reason}`)}
        >
          <a href="https://example.org/andijan">The Andijan events and after</a>
        </ahrca-timeline>
        <p className="event-line" role="status">
          {status}
        </p>
      </main>
    </>
  );
}
