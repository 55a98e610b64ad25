import { h, replace } from './dom.js';
import { start } from './live-journal.js';
import { showJournal } from './journal.js';
import { showMessage } from './message.js';
import { showPatients, showRelationships, showDirectory, showOutbox } from './state.js';
import { showFaults } from './faults.js';

// The console's contents page: one route per view, chosen by the location hash.

const view = document.getElementById('view');
let leave = null;
let shown = 0;

const routes = [
  [/^\/journal\/(\d+)$/, m => showMessage(view, m[1]), 'journal'],
  [/^\/journal$/, (m, query) => showJournal(view, query), 'journal'],
  [/^\/patients(?:\/(\d+))?$/, m => showPatients(view, m[1]), 'patients'],
  [/^\/lr$/, () => showRelationships(view), 'lr'],
  [/^\/directory$/, () => showDirectory(view), 'directory'],
  [/^\/outbox$/, () => showOutbox(view), 'outbox'],
  [/^\/faults$/, () => showFaults(view), 'faults'],
];

async function route() {
  if (typeof leave === 'function') leave();
  leave = null;
  const current = ++shown;
  const hash = location.hash.replace(/^#/, '') || '/journal';
  const [path, search] = hash.split('?');
  const query = new URLSearchParams(search ?? '');
  const found = routes.find(([pattern]) => pattern.test(path));
  for (const link of document.querySelectorAll('nav a')) {
    if (found !== undefined && link.dataset.section === found[2]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!found) {
    replace(view, h('h2', null, 'Not found'), h('p', null, 'No console view at this address. ', h('a', { href: '#/journal' }, 'Go to the journal.')));
    return;
  }
  const [pattern, show] = found;
  const stop = await show(path.match(pattern), query);
  // A view left before it finished loading stops at once (its live listener must not outlive it).
  if (current === shown) leave = stop;
  else if (typeof stop === 'function') stop();
}

start(document.getElementById('live-status'));
window.addEventListener('hashchange', route);
route();
