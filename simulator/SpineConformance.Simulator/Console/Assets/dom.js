// Every value shown comes from messages anyone can send, so nodes are built from text only:
// children that are strings become text nodes, attributes are set one by one, and no HTML is ever parsed.

/** Creates an element: h('a', { href: '#/x', class: 'y' }, 'text', childNode, [more, children]). */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/** A value for a cell: a dash for nothing, so an empty cell never reads as a rendering fault. */
export function text(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** Local time with milliseconds, the ISO instant in the tooltip. */
export function time(iso) {
  if (!iso) return h('span', null, '—');
  const at = new Date(iso);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const shown = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
  return h('time', { datetime: iso, title: iso }, shown);
}

/** A table with a caption, header cells and rows of cells (each a value or a node); `empty` is shown when there are no rows. */
export function table(caption, headings, rows, attributes, empty = 'None yet.') {
  return scroll(h('table', attributes,
    h('caption', null, caption),
    h('thead', null, h('tr', null, headings.map(heading => h('th', { scope: 'col' }, heading)))),
    h('tbody', null, rows.length === 0
      ? h('tr', null, h('td', { colspan: headings.length, class: 'empty' }, empty))
      : rows)));
}

/** Lets a wide table scroll sideways instead of widening the page. */
export function scroll(wide) {
  return h('div', { class: 'table-scroll' }, wide);
}

export function row(cells, attributes) {
  return h('tr', attributes, cells.map(cell => h('td', null, cell instanceof Node ? cell : text(cell))));
}

/** A definition list from [term, value] pairs. */
export function facts(pairs, id) {
  return h('dl', { class: 'facts', id }, pairs.map(([term, value]) => [h('dt', null, term), h('dd', null, value instanceof Node ? value : text(value))]));
}

/** A message for the user in a live region (role=alert for failures). */
export function notice(message, isError) {
  return h('p', { class: isError ? 'notice error' : 'notice', role: isError ? 'alert' : 'status' }, message);
}
