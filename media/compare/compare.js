// The comparison view's script. Every piece of article text arrives as data and goes on the page through
// textContent or setAttribute, never innerHTML, so markup in an article shows as text.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const SVG = 'http://www.w3.org/2000/svg';
  /** Topics whose tables are drawn at once; the others when opened. */
  const OPEN_AT_FIRST = 12;

  let strings = {};
  let order = [];
  const topics = new Map();
  const sorts = new Map();
  let focusTopic;
  /** How the page was drawn: one init per load, then updates of changed topics only. */
  const renders = { init: 0, update: 0, topicsRedrawn: 0 };

  const COLUMNS = [
    { id: 'figure', value: (row) => row.min, text: (row) => `${row.text} (${row.display})`, className: 'figure' },
    { id: 'claimant', value: (row) => row.claimant.toLowerCase(), text: (row) => row.claimant },
    { id: 'side', value: (row) => row.side.toLowerCase(), text: (row) => row.side },
    { id: 'outlet', value: (row) => row.outlet.toLowerCase(), text: (row) => row.outlet },
    { id: 'date', value: (row) => row.published, text: (row) => row.published },
    { id: 'article', value: (row) => (row.title || row.articleName).toLowerCase(), text: (row) => row.title || row.articleName },
    { id: 'status', value: (row) => row.status, text: (row) => row.status },
    { id: 'sources', value: (row) => row.independent, text: (row) => row.sources },
    { id: 'links', value: (row) => row.links.length, text: (row) => row.links.join('; ') },
  ];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function sideClass(index) {
    return index < 0 ? 'side-none' : `side-${index % 6}`;
  }

  function sortedRows(topic) {
    const sort = sorts.get(topic.id);
    if (!sort) return topic.rows;
    const column = COLUMNS.find((candidate) => candidate.id === sort.column);
    const rows = [...topic.rows];
    rows.sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.direction;
    });
    return rows;
  }

  function plotOf(topic) {
    const bars = topic.plot;
    const width = 720;
    const labelWidth = 170;
    const rowHeight = 18;
    const height = bars.length * rowHeight + 26;
    const finite = bars.flatMap((bar) => (bar.max === null ? [bar.min] : [bar.min, bar.max]));
    const top = Math.max(10, ...finite) * 1.2;
    const scale = (value) => labelWidth + (Math.log10(1 + value) / Math.log10(1 + top)) * (width - labelWidth - 16);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'plot');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', strings.plot || 'Figures by claimant');
    const add = (tag, attributes, text) => {
      const node = document.createElementNS(SVG, tag);
      for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
      if (text !== undefined) node.textContent = text;
      svg.appendChild(node);
      return node;
    };
    const axisY = bars.length * rowHeight + 4;
    add('line', { class: 'axis', x1: labelWidth, x2: width - 8, y1: axisY, y2: axisY });
    for (let tick = 0, value = 0; value <= top; tick++, value = 10 ** tick) {
      add('text', { class: 'tick', x: scale(value), y: axisY + 14, 'text-anchor': 'middle' }, value.toLocaleString('en-US'));
    }
    bars.forEach((bar, index) => {
      const y = index * rowHeight + 10;
      const group = sideClass(bar.sideIndex);
      add('text', { x: labelWidth - 6, y: y + 4, 'text-anchor': 'end' }, `${bar.claimant}  ${bar.display}`);
      const x1 = scale(bar.min);
      const x2 = bar.max === null ? width - 12 : scale(bar.max);
      if (x2 - x1 < 2) add('circle', { class: `point ${group}`, cx: x1, cy: y, r: 4 });
      else add('line', { class: `range ${group}`, x1, x2, y1: y, y2: y });
      if (bar.max === null) add('polygon', { class: `point ${group}`, points: `${width - 12},${y - 5} ${width - 4},${y} ${width - 12},${y + 5}` });
    });
    return svg;
  }

  function post(message) {
    vscode.postMessage(message);
  }

  function openRow(row) {
    post({ type: 'open', article: row.article, claimId: row.claimId });
  }

  /** Arrow keys move between rows (one row of a table is in the tab order); Enter opens the claim. */
  function onRowKey(event, topic) {
    const row = event.currentTarget;
    const rows = [...row.parentElement.children];
    const index = rows.indexOf(row);
    let target;
    if (event.key === 'ArrowDown') target = rows[Math.min(index + 1, rows.length - 1)];
    else if (event.key === 'ArrowUp') target = rows[Math.max(index - 1, 0)];
    else if (event.key === 'Home') target = rows[0];
    else if (event.key === 'End') target = rows[rows.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openRow(topic.rows.find((candidate) => candidate.key === row.dataset.key));
      return;
    } else if (event.key === 'm' || event.key === 'M') {
      const data = topic.rows.find((candidate) => candidate.key === row.dataset.key);
      post({ type: 'moveFigure', topic: topic.id, article: data.article, claimId: data.claimId, figure: data.figure });
      return;
    }
    if (!target) return;
    event.preventDefault();
    for (const other of rows) other.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }

  function tableOf(topic) {
    const table = el('table');
    const head = el('thead');
    const headRow = el('tr');
    const sort = sorts.get(topic.id);
    for (const column of COLUMNS) {
      const th = el('th', undefined, strings[`column.${column.id}`] || column.id);
      th.tabIndex = 0;
      th.dataset.column = column.id;
      th.setAttribute('aria-sort', sort && sort.column === column.id ? (sort.direction > 0 ? 'ascending' : 'descending') : 'none');
      const toggle = () => {
        const current = sorts.get(topic.id);
        sorts.set(topic.id, { column: column.id, direction: current && current.column === column.id ? -current.direction : 1 });
        renderTopic(topic.id);
        const again = document.querySelector(`section[data-topic="${CSS.escape(topic.id)}"] th[data-column="${column.id}"]`);
        if (again) again.focus();
      };
      th.addEventListener('click', toggle);
      th.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle();
        }
      });
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    table.appendChild(head);
    const body = el('tbody');
    sortedRows(topic).forEach((row, index) => {
      const tr = el('tr');
      tr.dataset.key = row.key;
      tr.tabIndex = index === 0 ? 0 : -1;
      tr.title = row.quote;
      for (const column of COLUMNS) {
        const td = el('td', column.className, column.text(row));
        if (column.id === 'claimant') td.prepend(el('span', `swatch ${sideClass(row.sideIndex)}`));
        if (column.id === 'figure' && row.revised) td.classList.add('revised');
        tr.appendChild(td);
      }
      tr.addEventListener('click', () => openRow(row));
      tr.addEventListener('keydown', (event) => onRowKey(event, topic));
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function button(label, onClick, primary) {
    const node = el('button', primary ? 'primary' : undefined, label);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function fillDetails(details, topic) {
    details.querySelectorAll(':scope > :not(summary)').forEach((node) => node.remove());
    details.appendChild(el('div', 'muted', topic.summary));
    if (topic.partial) {
      details.appendChild(el('p', 'muted', strings.loading || 'Loading…'));
      post({ type: 'loadTopic', topic: topic.id });
      return;
    }
    if (topic.conflicts.length || topic.revisions.length) {
      const flags = el('div', 'flags');
      for (const text of topic.conflicts) flags.appendChild(el('div', 'flag conflict', `${strings.conflict || 'Conflict'}: ${text}`));
      for (const text of topic.revisions) flags.appendChild(el('div', 'flag revision', `${strings.revision || 'Revision'}: ${text}`));
      details.appendChild(flags);
    }
    const actions = el('div', 'actions');
    actions.appendChild(button(strings.rename || 'Rename…', () => post({ type: 'renameTopic', topic: topic.id }))).dataset.action = 'rename';
    actions.appendChild(button(strings.merge || 'Merge into…', () => post({ type: 'mergeTopic', topic: topic.id }))).dataset.action = 'merge';
    for (const suggestion of topic.suggestions) {
      const accept = button(`${strings.accept || 'Link'}: ${suggestion.label}`, () =>
        post({ type: 'acceptLink', topic: topic.id, kind: suggestion.type, from: suggestion.from, to: suggestion.to }), true);
      accept.dataset.suggestion = `${suggestion.from}|${suggestion.to}`;
      actions.appendChild(accept);
    }
    details.appendChild(actions);
    details.appendChild(plotOf(topic));
    details.appendChild(tableOf(topic));
  }

  function sectionOf(topic, open) {
    const section = el('section', 'topic');
    section.dataset.topic = topic.id;
    const details = el('details');
    const summary = el('summary');
    summary.appendChild(el('h2', undefined, topic.label));
    summary.appendChild(el('span', 'topic-id muted', topic.id));
    if (topic.conflicts.length) summary.appendChild(el('span', 'badge conflict', strings.conflict || 'Conflict'));
    if (topic.revisions.length) summary.appendChild(el('span', 'badge revision', strings.revision || 'Revision'));
    summary.appendChild(el('span', 'badge', String(topic.rowCount)));
    details.appendChild(summary);
    details.addEventListener('toggle', () => {
      if (details.open && details.children.length === 1) fillDetails(details, topics.get(topic.id));
    });
    if (open) {
      details.open = true;
      fillDetails(details, topic);
    }
    section.appendChild(details);
    if (topic.id === focusTopic) section.classList.add('focused');
    return section;
  }

  function renderTopic(id) {
    const topic = topics.get(id);
    const old = root.querySelector(`section[data-topic="${CSS.escape(id)}"]`);
    if (!topic) {
      if (old) old.remove();
      return;
    }
    const wasOpen = old ? old.querySelector('details').open : order.indexOf(id) < OPEN_AT_FIRST || id === focusTopic;
    const fresh = sectionOf(topic, wasOpen);
    renders.topicsRedrawn++;
    if (old) old.replaceWith(fresh);
    else root.appendChild(fresh);
  }

  function renderAll() {
    root.textContent = '';
    if (order.length === 0) {
      root.appendChild(el('p', 'empty muted', strings.empty || 'No figures to compare yet.'));
      return;
    }
    order.forEach((id) => renderTopic(id));
  }

  /** Puts the sections in `order`, moving only those out of place. */
  function reorder() {
    let previous = null;
    for (const id of order) {
      const section = root.querySelector(`section[data-topic="${CSS.escape(id)}"]`);
      if (!section) continue;
      const expected = previous ? previous.nextElementSibling : root.firstElementChild;
      if (section !== expected) root.insertBefore(section, expected);
      previous = section;
    }
  }

  function showFocus(id) {
    focusTopic = id;
    root.querySelectorAll('section.topic.focused').forEach((section) => section.classList.remove('focused'));
    const section = id && root.querySelector(`section[data-topic="${CSS.escape(id)}"]`);
    if (!section) return;
    section.classList.add('focused');
    const details = section.querySelector('details');
    if (!details.open) details.open = true;
    if (details.children.length === 1) fillDetails(details, topics.get(id));
    section.scrollIntoView({ block: 'start' });
    const row = section.querySelector('tbody tr');
    if (row) row.focus();
  }

  /** What is on the page, for tests: read from the DOM, not from the data. */
  function content() {
    return {
      topics: [...root.querySelectorAll('section.topic')].map((section) => ({
        id: section.dataset.topic,
        label: section.querySelector('h2').textContent,
        badges: [...section.querySelectorAll('summary .badge')].map((badge) => badge.textContent),
        flags: [...section.querySelectorAll('.flag')].map((flag) => flag.textContent),
        suggestions: [...section.querySelectorAll('button[data-suggestion]')].map((node) => node.textContent),
        plotBars: section.querySelectorAll('svg.plot line.range, svg.plot circle.point').length,
        headers: [...section.querySelectorAll('th')].map((th) => th.textContent),
        rows: [...section.querySelectorAll('tbody tr')].map((tr) => ({ key: tr.dataset.key, cells: [...tr.children].map((td) => td.textContent) })),
      })),
      focused: document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key || null : null,
      text: root.textContent,
      renders: { ...renders },
      elements: {
        /** Scripts of the page (VS Code adds one of its own to every webview): ours has the nonce. */
        scripts: [...document.scripts].map((script) => (script.nonce ? 'nonce' : script.src ? 'src' : 'inline')),
        img: document.querySelectorAll('img').length,
        injected: root.querySelectorAll('script, img, iframe, object, embed, [onerror], [onclick], [onload]').length,
        /** Set only if article text had run as script. */
        ran: typeof window.pwned !== 'undefined',
      },
    };
  }

  /** For tests: a real DOM event on a row (by its key) or on any element ('css:' and a selector). */
  function press(target, key) {
    const row = target.startsWith('css:')
      ? root.querySelector(target.slice(4))
      : [...root.querySelectorAll('tbody tr')].find((tr) => tr.dataset.key === target);
    if (!row) return false;
    row.focus();
    if (key === 'click') row.click();
    else row.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    return true;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    switch (message.type) {
      case 'init':
        renders.init++;
        strings = message.strings;
        order = message.topics.map((topic) => topic.id);
        topics.clear();
        for (const topic of message.topics) topics.set(topic.id, topic);
        focusTopic = message.focus;
        renderAll();
        if (message.focus) showFocus(message.focus);
        break;
      case 'update': {
        renders.update++;
        const wasEmpty = order.length === 0;
        for (const id of message.removed) topics.delete(id);
        for (const topic of message.changed) topics.set(topic.id, topic);
        order = message.order;
        if (wasEmpty || order.length === 0) renderAll();
        else {
          for (const id of message.removed) renderTopic(id);
          for (const topic of message.changed) renderTopic(topic.id);
          reorder();
        }
        break;
      }
      case 'focus':
        showFocus(message.topic);
        break;
      case 'read':
        post({ type: 'content', requestId: message.requestId, content: content() });
        break;
      case 'press':
        post({ type: 'pressed', requestId: message.requestId, found: press(message.rowKey, message.key), content: content() });
        break;
    }
  });

  post({ type: 'ready' });
})();
