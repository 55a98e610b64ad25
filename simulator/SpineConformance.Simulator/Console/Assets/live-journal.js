import { getJson } from './api.js';

// New journal summaries as they arrive: Server-Sent Events from /admin/journal/stream, falling back to polling
// /admin/journal when the stream cannot be held open (a proxy that buffers, a browser without EventSource).

const pollEveryMs = 2000;
const listeners = new Set();
const seen = new Set();
let status = 'Connecting…';
let statusElement = null;

function setStatus(message, state) {
  status = message;
  if (statusElement) {
    statusElement.textContent = message;
    statusElement.dataset.state = state;
  }
}

function deliver(summary) {
  if (seen.has(summary.id)) return;
  seen.add(summary.id);
  for (const listener of listeners) listener(summary);
}

/** Calls listener with each new summary; returns the function that stops it. */
export function onEntry(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks summaries already shown (from a list fetch) so the stream does not deliver them again. */
export function markSeen(summaries) {
  for (const summary of summaries) seen.add(summary.id);
}

function startPolling() {
  setStatus(`Live: polling every ${pollEveryMs / 1000} s`, 'polling');
  const poll = async () => {
    try {
      const summaries = await getJson('/admin/journal?limit=200');
      summaries.reverse().forEach(deliver);
      setStatus(`Live: polling every ${pollEveryMs / 1000} s`, 'polling');
    } catch {
      setStatus('Simulator unreachable; retrying…', 'down');
    }
    setTimeout(poll, pollEveryMs);
  };
  setTimeout(poll, pollEveryMs);
}

/** Starts listening once for the whole page. */
export function start(statusNode) {
  statusElement = statusNode;
  setStatus(status, 'connecting');
  if (!('EventSource' in window)) {
    startPolling();
    return;
  }

  const stream = new EventSource('/admin/journal/stream');
  stream.addEventListener('open', () => setStatus('Live: streaming', 'live'));
  stream.addEventListener('entry', event => deliver(JSON.parse(event.data)));
  stream.addEventListener('error', () => {
    // The browser reconnects by itself (sending Last-Event-ID) unless the stream was refused outright.
    if (stream.readyState === EventSource.CLOSED) {
      startPolling();
    } else {
      setStatus('Reconnecting…', 'connecting');
    }
  });
}
