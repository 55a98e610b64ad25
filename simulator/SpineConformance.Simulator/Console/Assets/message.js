import { getJson, part } from './api.js';
import { h, replace, facts, table, row, text, time, notice } from './dom.js';

// One exchange in full: both directions laid out line by line, the findings (each XPath a button that highlights
// its element in the request), timings, correlation ids and the entries they tie this one to.

function codeBlock(id, label, message) {
  const lines = message.text === '' ? [] : message.text.split('\n');
  const pre = h('pre', { id, class: `code ${message.format}`, tabindex: '0', 'aria-label': label },
    lines.map((line, index) => h('span', { class: 'line', 'data-line': index + 1 }, line, '\n')));
  return h('section', { class: 'message', 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, label, ' ', h('span', { class: 'format' }, `(${message.format}, ${lines.length} lines)`)),
    message.note ? notice(message.note, false) : null,
    lines.length === 0 ? h('p', { class: 'empty' }, 'No body.') : pre);
}

function highlight(request, finding, status) {
  for (const marked of request.querySelectorAll('.line.hl')) marked.classList.remove('hl', 'hl-first');
  if (finding.fromLine === null || finding.fromLine === undefined) {
    status.textContent = `${finding.finding.xPath} is not an element of the request body (the finding is about the HTTP request or the message as a whole).`;
    return;
  }
  const lines = [...request.querySelectorAll('.line')].slice(finding.fromLine - 1, finding.toLine);
  lines.forEach((line, index) => line.classList.add('hl', ...(index === 0 ? ['hl-first'] : [])));
  lines[0]?.scrollIntoView({ block: 'center' });
  status.textContent = `Highlighted lines ${finding.fromLine}–${finding.toLine} of the request: the ${finding.located} for ${finding.finding.xPath}.`;
}

function findingsTable(findings, request, status) {
  const rows = findings.map(located => {
    const f = located.finding;
    const where = h('button', { type: 'button', class: 'xpath', title: 'Highlight in the request' }, f.xPath);
    where.addEventListener('click', () => highlight(request, located, status));
    return row([
      h('span', { class: `severity ${String(f.severity).toLowerCase()}` }, f.severity),
      f.ruleId,
      f.faultName,
      where,
      f.expected,
      f.actual,
      f.line,
      f.message,
    ], { class: 'finding' });
  });
  return table(`Validation findings (${findings.length})`, ['Severity', 'Rule', 'Spine fault', 'XPath', 'Expected', 'Actual', 'Line', 'Message'], rows, { id: 'findings' },
    'No findings: the message passed every check the simulator made.');
}

function relatedList(related) {
  if (related.length === 0) return h('p', { class: 'empty' }, 'No other exchange in memory shares an id with this one.');
  return h('ul', { id: 'related' }, related.map(r => h('li', null,
    h('a', { href: `#/journal/${part(r.entry.id)}` }, `#${r.entry.id} ${r.entry.direction} ${text(r.entry.interactionId)} (${r.entry.statusCode})`),
    ' — ', r.reason)));
}

export async function showMessage(view, id) {
  replace(view, h('p', null, 'Loading…'));
  let detail;
  try {
    detail = await getJson(`/admin/journal/${part(id)}/view`);
  } catch (error) {
    replace(view, h('p', null, h('a', { href: '#/journal' }, '← Journal')), notice(error.message, true));
    return;
  }

  const s = detail.summary;
  const c = detail.correlation;
  const status = h('p', { class: 'highlight-status', role: 'status', 'aria-live': 'polite' });
  const request = codeBlock('request', 'Request', detail.request);
  const response = codeBlock('response', 'Response', detail.response);
  const conversationLink = c.conversationId
    ? h('a', { href: `#/journal?conversationId=${part(c.conversationId)}` }, c.conversationId)
    : null;

  replace(view,
    h('p', null, h('a', { href: '#/journal' }, '← Journal')),
    h('h2', null, `Exchange #${s.id}: `, text(s.interactionId)),
    h('div', { class: 'panels' },
      h('section', { 'aria-label': 'Exchange' }, h('h3', null, 'Exchange'), facts([
        ['Received', time(s.receivedAt)],
        ['Took', `${Number(s.durationMs).toFixed(1)} ms`],
        ['Direction', s.direction],
        ['Path', s.path],
        ['SOAPAction', detail.soapAction],
        ['Content-Type', detail.requestContentType],
        ['HTTP status', String(s.statusCode)],
        ['Outcome', s.outcome],
        ['NHS number', s.nhsNumber],
        ['Sender ASID', s.senderAsid],
        ['Attempt', c.attempt],
      ], 'exchange-facts')),
      h('section', { 'aria-label': 'Correlation' }, h('h3', null, 'Correlation'), facts([
        ['wsa:MessageID', c.wsaMessageId],
        ['wsa:RelatesTo (response)', c.relatesTo],
        ['ebXML MessageId', c.ebxmlMessageId],
        ['ConversationId', conversationLink ?? text(null)],
        ['RefToMessageId', c.refToMessageId],
      ], 'correlation-facts'), h('h3', null, 'Related'), relatedList(detail.related))),
    findingsTable(detail.findings, request, status),
    status,
    h('div', { class: 'messages' }, request, response));
}
