import { getJson, send, part } from './api.js';
import { h, replace, table, row, text, time, notice, facts } from './dom.js';

// What the simulator holds: patients and their permissions, LRs and privacy alerts, the SDS directory, the outbox.

async function load(view, title, render) {
  replace(view, h('h2', null, title), h('p', null, 'Loading…'));
  try {
    replace(view, h('h2', null, title), ...(await render()));
  } catch (error) {
    replace(view, h('h2', null, title), notice(`${title} could not be read: ${error.message}`, true));
  }
}

function who(by) {
  if (!by) return '—';
  const parts = [
    by.userId && `user ${by.userId}`,
    by.roleProfileId && `role profile ${by.roleProfileId}`,
    by.jobRole && `job role ${by.jobRole}`,
    by.systemAsid && `system ${by.systemAsid}`,
    by.messageId && `message ${by.messageId}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '—';
}

export function showPatients(view, nhsNumber) {
  return load(view, 'Patients', async () => {
    const patients = await getJson('/admin/patients');
    const history = h('section', { id: 'history', 'aria-live': 'polite' });
    const rows = patients.map(p => row([
      h('a', { href: `#/patients/${part(p.nhsNumber)}` }, p.nhsNumber), p.view, p.store,
    ], { class: p.nhsNumber === nhsNumber ? 'selected' : null }));
    if (nhsNumber) {
      const changes = await getJson(`/admin/patients/${part(nhsNumber)}/permissions/history`);
      replace(history, table(`Permission history of ${nhsNumber}`, ['#', 'When', 'Function', 'Before', 'After', 'By'],
        changes.map(c => row([c.sequence, time(c.changedAt), c.function, c.oldValue ?? 'Ask', c.newValue ?? 'Ask', who(c.by)]))));
    }
    return [
      h('p', null, 'Permissions held per patient (Ask means no decision is held). Choose an NHS number for its history.'),
      table('Patients and their permissions', ['NHS number', 'View', 'Store'], rows, { id: 'patients' }),
      history,
    ];
  });
}

export function showRelationships(view) {
  return load(view, 'Legitimate relationships and alerts', async () => {
    const [relationships, alerts] = await Promise.all([getJson('/admin/lr'), getJson('/admin/alerts')]);
    const subject = s => s?.workgroupId ? `workgroup ${s.workgroupId}` : `role profile ${text(s?.roleProfileId)} (user ${text(s?.userId)})`;
    return [
      table('Legitimate relationships', ['Id', 'NHS number', 'Subject', 'Type', 'Reason', 'Status', 'Started', 'Expires', 'Created by', 'History'],
        relationships.map(lr => row([
          lr.id, lr.nhsNumber, subject(lr.subject), lr.lrType, lr.accessReason, lr.status, time(lr.startedAt),
          lr.expiresAt ? time(lr.expiresAt) : '—', who(lr.createdBy),
          lr.history.length === 0 ? '—' : h('ul', { class: 'compact' }, lr.history.map(c =>
            h('li', null, time(c.at), ` ${c.from} → ${c.to} (reason ${c.reasonCode}) by ${who(c.by)}`))),
        ])), { id: 'relationships' }),
      table('Privacy officer alerts', ['#', 'Raised', 'LR', 'NHS number', 'Reason', 'By'],
        alerts.map(a => row([a.id, time(a.raisedAt), a.lrId, a.nhsNumber, a.reason, who(a.by)])), { id: 'alerts' }),
    ];
  });
}

export function showDirectory(view) {
  return load(view, 'SDS directory', async () => {
    const d = await getJson('/admin/directory');
    const reliability = r => `${r.retries} retries every ${r.retryInterval}, persist ${r.persistDuration}, duplicate elimination ${r.duplicateElimination}, ack ${r.ackRequested}, sync reply ${r.syncReplyMode}`;
    return [
      facts([['Spine party key', d.spinePartyKey]]),
      table('Accredited systems', ['ASID', 'Party key', 'CPA id', 'ODS', 'Description', 'MHS endpoint', 'Reliability', 'Interactions'],
        d.systems.map(s => row([s.asid, s.partyKey, s.cpaId, s.odsCode, s.description, s.mhsEndpoint ?? 'none (sync only)', reliability(s.reliability),
          h('details', null, h('summary', null, `${s.interactions.length} registered`), h('ul', { class: 'compact' }, s.interactions.map(i => h('li', null, i))))])),
        { id: 'systems' }),
      table('Users and role profiles', ['User id', 'Name', 'Role profiles'],
        d.users.map(u => row([u.userId, u.name, h('ul', { class: 'compact' }, u.roleProfiles.map(p =>
          h('li', null, `${p.roleProfileId}: ${p.jobRole} at ${p.odsCode}${p.workgroups.length ? ' — workgroups ' + p.workgroups.join(', ') : ''}`)))])),
        { id: 'users' }),
      table('Workgroups', ['Id', 'Name', 'ODS', 'Type', 'Status', 'Administrators'],
        d.workgroups.map(w => row([w.workgroupId, w.name, w.odsCode, w.type, w.status, w.administrators.join(', ')])), { id: 'workgroups' }),
      table('Organisations', ['ODS', 'Name'], d.organisations.map(o => row([o.odsCode, o.name])), { id: 'organisations' }),
    ];
  });
}

export function showOutbox(view, done) {
  const outcome = h('div', { 'aria-live': 'polite' }, done ? notice(done, false) : null);
  return load(view, 'Outbox', async () => {
    const messages = await getJson('/admin/outbox');
    const rows = messages.slice().reverse().map(m => {
      const redeliver = h('button', { type: 'button', class: 'small' }, 'Redeliver');
      redeliver.addEventListener('click', async () => {
        redeliver.disabled = true;
        try {
          const copy = await send('POST', `/admin/outbox/${part(m.id)}/redeliver`);
          await showOutbox(view, `Message ${m.id} queued again as ${copy.id} (same MessageId ${copy.messageId}).`);
        } catch (error) {
          replace(outcome, notice(`Redelivery failed: ${error.message}`, true));
          redeliver.disabled = false;
        }
      });
      return row([m.id, redeliver, m.interactionId, m.endpoint, m.messageId,
        h('a', { href: `#/journal?conversationId=${part(m.conversationId)}` }, m.conversationId),
        m.refToMessageId, m.state, `${m.attempts} of ${m.maxAttempts}`, time(m.nextAttemptAt), time(m.expiresAt), m.lastOutcome]);
    });
    return [
      h('p', null, 'Asynchronous replies on their way to clients\' MHS endpoints. Redeliver sends the same message (same MessageId) again, to test duplicate elimination.'),
      outcome,
      table('Outbound messages, newest first', ['#', 'Action', 'Interaction', 'Endpoint', 'MessageId', 'ConversationId', 'RefToMessageId', 'State', 'Attempts', 'Next attempt', 'Expires', 'Last outcome'], rows, { id: 'outbox' }),
    ];
  });
}
