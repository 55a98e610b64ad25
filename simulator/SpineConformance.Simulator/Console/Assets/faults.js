import { getJson, send, part } from './api.js';
import { h, replace, table, row, notice } from './dom.js';

// Fault rules: make the simulator misbehave on purpose. Rules are tried in order; the first match wins.

const kinds = ['SoapFault', 'MessageError', 'HttpStatus', 'WithholdReply', 'DuplicateReply', 'DelayReply', 'LoseAcknowledgements',
  'BusinessError', 'DelayResponse', 'DropConnection', 'EmptyResponse', 'TruncatedResponse', 'NoResponse', 'BusinessErrorReply'];

const fields = [
  { name: 'interaction', label: 'Interaction', hint: 'e.g. GET_RESOURCE_PERMISSIONS_INUK01; any when empty' },
  { name: 'nhsNumber', label: 'NHS number', hint: 'any when empty' },
  { name: 'subject', label: 'Subject', hint: 'what the request is about: NHS number, member or queried SDS user id, or workgroup id; any when empty' },
  { name: 'sender', label: 'Sender', hint: 'ASID (sync) or party key (ebXML); any when empty' },
  { name: 'messageId', label: 'Message id', hint: 'wsa:MessageID (sync) or eb:MessageId (ebXML); any when empty' },
  { name: 'header', label: 'HTTP header', hint: 'e.g. X-Test-Case; matches requests carrying it' },
  { name: 'headerValue', label: 'Header value', hint: "the header's exact value; any value when empty" },
  { name: 'code', label: 'Code', hint: 'SOAP fault / ebXML error code, or the AE reason for BusinessError and BusinessErrorReply' },
  { name: 'text', label: 'Text', hint: 'error text' },
  { name: 'httpStatus', label: 'HTTP status', type: 'number', hint: '100–599, for HttpStatus and MessageError' },
  { name: 'delay', label: 'Delay', hint: 'ISO 8601, e.g. PT5S, for DelayReply, DelayResponse and NoResponse' },
  { name: 'remainingUses', label: 'Remaining uses', type: 'number', hint: 'for ever when empty' },
];

function ruleRow(rule, reload, message) {
  const remove = h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete fault rule ${rule.id}` }, 'Delete');
  remove.addEventListener('click', async () => {
    try {
      await send('DELETE', `/admin/fault-rules/${part(rule.id)}`);
      await reload();
    } catch (error) {
      replace(message, notice(`The rule could not be deleted: ${error.message}`, true));
    }
  });
  const also = [rule.subject ? `subject ${rule.subject}` : null, rule.messageId ? `message id ${rule.messageId}` : null,
    rule.header ? (rule.headerValue ? `${rule.header}: ${rule.headerValue}` : `header ${rule.header}`) : null].filter(Boolean).join('; ');
  return row([rule.id, rule.kind, rule.interaction ?? 'any', rule.nhsNumber ?? 'any', rule.sender ?? 'any', also || '–',
    rule.reasons?.length ? rule.reasons.map(r => r.code).join(', ') : rule.code,
    rule.reasons?.length ? rule.reasons.map(r => r.text ?? '').join('; ') : rule.text,
    rule.httpStatus, rule.delay, rule.remainingUses === 0 ? '0 (used up)' : rule.remainingUses ?? 'for ever', remove], { 'data-rule': rule.id });
}

export async function showFaults(view) {
  const message = h('div');
  const list = h('div');
  const reload = async () => {
    try {
      const rules = await getJson('/admin/fault-rules');
      replace(list, table('Fault rules in force, first match wins', ['#', 'Kind', 'Interaction', 'NHS number', 'Sender', 'Subject / message id / header', 'Code', 'Text', 'HTTP', 'Delay', 'Remaining uses', 'Action'],
        rules.map(rule => ruleRow(rule, reload, message)), { id: 'fault-rules' }));
    } catch (error) {
      replace(list, notice(`The fault rules could not be read: ${error.message}`, true));
    }
  };

  const form = h('form', { id: 'fault-form', class: 'form-grid', 'aria-label': 'Add a fault rule' },
    h('div', { class: 'field' }, h('label', { for: 'fault-kind' }, 'Kind'),
      h('select', { id: 'fault-kind', name: 'kind', required: true }, kinds.map(k => h('option', { value: k }, k)))),
    fields.map(f => h('div', { class: 'field' },
      h('label', { for: `fault-${f.name}` }, f.label),
      h('input', { id: `fault-${f.name}`, name: f.name, type: f.type ?? 'text', min: f.type === 'number' ? 0 : null, 'aria-describedby': `fault-${f.name}-hint`, autocomplete: 'off' }),
      h('small', { id: `fault-${f.name}-hint` }, f.hint))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Add rule')));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const rule = {};
    for (const [name, value] of data.entries()) {
      const trimmed = String(value).trim();
      if (trimmed === '') continue;
      rule[name] = ['httpStatus', 'remainingUses'].includes(name) ? Number(trimmed) : trimmed;
    }
    try {
      const stored = await send('POST', '/admin/fault-rules', rule);
      form.reset();
      replace(message, notice(`Fault rule ${stored.id} added.`, false));
      await reload();
    } catch (error) {
      replace(message, notice(`The rule was not added: ${error.message}`, true));
    }
  });

  replace(view, h('h2', null, 'Fault rules'), h('h3', null, 'Add a rule'), form, message, list);
  await reload();
}
