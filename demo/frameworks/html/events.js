// Events bubble out of the element like any DOM event: listen on it, or on an ancestor.
const line = document.getElementById('event-line');
const timeline = document.querySelector('ahrca-timeline');
timeline.addEventListener('ahrca-load', (event) => {
  line.textContent = `ahrca-load: the data came from ${new URL(event.detail.source).pathname}`;
});
timeline.addEventListener('ahrca-error', (event) => {
  line.textContent = `ahrca-error: ${event.detail.reason}`;
});
