import { getJson, part } from './api.js';
import { h, replace, row, scroll, time, notice } from './dom.js';
import { onEntry, markSeen } from './live-journal.js';

// The home view: every exchange, newest first, live. Filters match anywhere in the field, ignoring case; a complete
// NHS number or interaction id is also sent to the server, so matches older than the recent list are found too.

const filters = [
  { key: 'interaction', label: 'Interaction', field: 'interactionId', server: v => /^[A-Z]{4}_IN\d{6}UK\d{2}$|^[A-Z_]+_INUK\d{2}$/.test(v) },
  { key: 'nhsNumber', label: 'NHS number', field: 'nhsNumber', server: v => /^\d{10}$/.test(v) },
  { key: 'asid', label: 'ASID', field: 'senderAsid', server: () => false },
  { key: 'conversationId', label: 'Conversation id', field: 'conversationId', server: () => false },
];

function matches(summary, values) {
  return filters.every(f => !values[f.key] || String(summary[f.field] ?? '').toLowerCase().includes(values[f.key].toLowerCase()));
}

function journalRow(summary) {
  const link = h('a', { href: `#/journal/${part(summary.id)}`, 'aria-label': `Exchange ${summary.id}` }, time(summary.receivedAt));
  const errors = h('span', { class: summary.errorCount > 0 ? 'count bad' : 'count' }, String(summary.errorCount));
  const status = h('span', { class: summary.statusCode >= 400 ? 'status bad' : 'status' }, String(summary.statusCode));
  const tr = row([
    link,
    h('span', { class: `direction ${summary.direction === 'Outbound' ? 'out' : 'in'}` }, summary.direction),
    summary.interactionId,
    summary.nhsNumber,
    summary.senderAsid,
    status,
    summary.outcome,
    errors,
  ], { 'data-id': summary.id, class: 'clickable' });
  tr.addEventListener('click', event => {
    if (event.target.closest('a') === null) location.hash = `#/journal/${part(summary.id)}`;
  });
  return tr;
}

export async function showJournal(view, query) {
  const values = Object.fromEntries(filters.map(f => [f.key, query.get(f.key) ?? '']));
  const entries = new Map();
  const body = h('tbody');
  const message = h('div');
  const count = h('p', { class: 'count-line', 'aria-live': 'polite' });

  const render = () => {
    const shown = [...entries.values()].filter(s => matches(s, values)).sort((a, b) => b.id - a.id);
    replace(body, shown.length === 0 ? h('tr', null, h('td', { colspan: 8, class: 'empty' }, 'No exchanges match yet. Send a message to the simulator and it appears here.')) : shown.map(journalRow));
    count.textContent = `${shown.length} exchange${shown.length === 1 ? '' : 's'} shown`;
  };

  const load = async () => {
    const params = new URLSearchParams({ limit: '500' });
    for (const f of filters) if (values[f.key] && f.server(values[f.key])) params.set(f.key, values[f.key]);
    try {
      const summaries = await getJson(`/admin/journal?${params}`);
      markSeen(summaries);
      // Merged, never cleared: an entry streamed in while this request was on its way must stay.
      for (const s of summaries) entries.set(s.id, s);
      replace(message);
    } catch (error) {
      replace(message, notice(`The journal could not be read: ${error.message}`, true));
    }
    render();
  };

  let pending;
  const inputs = filters.map(f => {
    const input = h('input', { id: `filter-${f.key}`, name: f.key, type: 'search', value: values[f.key], autocomplete: 'off', spellcheck: 'false' });
    input.addEventListener('input', () => {
      values[f.key] = input.value.trim();
      const search = new URLSearchParams(Object.entries(values).filter(([, v]) => v)).toString();
      history.replaceState(null, '', `#/journal${search ? '?' + search : ''}`);
      clearTimeout(pending);
      pending = setTimeout(load, 250);
    });
    return h('div', { class: 'field' }, h('label', { for: `filter-${f.key}` }, f.label), input);
  });

  const headings = ['Time', 'Direction', 'Interaction', 'NHS number', 'ASID', 'HTTP', 'Outcome', 'Errors'];
  replace(view,
    h('h2', null, 'Journal'),
    h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the journal', onsubmit: e => e.preventDefault() }, inputs),
    message,
    count,
    scroll(h('table', { id: 'journal', class: 'journal' },
      h('caption', { class: 'visually-hidden' }, 'Exchanges with the simulator, newest first'),
      h('thead', null, h('tr', null, headings.map(x => h('th', { scope: 'col' }, x)))),
      body)));

  const stop = onEntry(summary => {
    entries.set(summary.id, summary);
    render();
  });
  await load();
  return stop;
}
