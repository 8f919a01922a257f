// The Airlock sidebar. The extension pushes the whole state; this file only draws it and sends
// back allow-listed messages. Everything is rendered with textContent: reviewed code, file names
// and messages are hostile input. Invisible and bidirectional control characters are shown as
// visible markers, never applied.
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const saved = vscode.getState() || {};
  let focusKey = typeof saved.focusKey === 'string' ? saved.focusKey : undefined;
  let cards = [];
  let keyed = new Map();

  const CONTROL = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

  function post(message) {
    vscode.postMessage(message);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = String(text);
    }
    return node;
  }

  /** Appends text, turning each control character into a visible, labelled marker. */
  function appendText(parent, text) {
    let rest = String(text);
    while (rest.length > 0) {
      const match = CONTROL.exec(rest);
      if (!match) {
        parent.appendChild(el('span', 'text', rest));
        return;
      }
      if (match.index > 0) {
        parent.appendChild(el('span', 'text', rest.slice(0, match.index)));
      }
      const code = 'U+' + match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      const marker = el('span', 'control-char', code);
      marker.setAttribute('title', 'invisible control character ' + code);
      parent.appendChild(marker);
      rest = rest.slice(match.index + 1);
    }
  }

  function textEl(tag, className, text) {
    const node = el(tag, className);
    appendText(node, text);
    return node;
  }

  function button(label, className, onClick, key) {
    const node = el('button', className, label);
    node.setAttribute('type', 'button');
    node.addEventListener('click', onClick);
    if (key) {
      node.setAttribute('data-key', key);
      node.addEventListener('focus', function () {
        focusKey = key;
        vscode.setState({ focusKey: key });
      });
      keyed.set(key, node);
    }
    return node;
  }

  const ACTIONS = {
    review: 'Review Changes',
    audit: 'Audit Workspace',
    clear: 'Clear Flags',
    output: 'Show Output',
    whyBlocked: 'Why blocked?',
    installGate: 'Install Merge Gate',
    createKey: 'Create Reviewer Key',
    critique: 'Critique Changes',
    setApiKey: 'Set API Key',
  };

  const STATE_LABELS = {
    open: 'open',
    unresolved: 'unresolved',
    resolved: 'resolved',
    stale: 'stale: code changed since it was resolved',
    invalid: 'invalid resolution',
  };

  const STATE_ACTIONS = {
    idle: ['review', 'audit'],
    'not-git': ['audit'],
    error: ['output', 'review', 'audit'],
    'no-folder': [],
    loading: [],
  };

  function actionButton(action, primary) {
    return button(
      ACTIONS[action],
      primary ? 'primary' : 'secondary',
      function () {
        post({ type: 'action', action: action });
      },
      'action:' + action,
    );
  }

  function header(state) {
    const node = el('header', 'header');
    node.appendChild(textEl('h1', 'title', state.title));
    const line = el('p', 'progress', state.status === 'ready' ? state.progress : '');
    line.setAttribute('role', 'status');
    node.appendChild(line);
    return node;
  }

  function statusView(state) {
    const node = el('section', 'state ' + state.status);
    node.appendChild(textEl('p', 'detail', state.detail));
    const actions = el('div', 'actions');
    (STATE_ACTIONS[state.status] || []).forEach(function (action, i) {
      actions.appendChild(actionButton(action, i === 0));
    });
    node.appendChild(actions);
    return node;
  }

  function deltaView(delta) {
    const node = el('section', delta.adds.length === 0 ? 'delta none' : 'delta');
    node.setAttribute('aria-label', 'Capability delta');
    node.appendChild(textEl('p', 'summary', delta.summary));
    if (delta.adds.length > 0) {
      const list = el('ul', 'delta-items');
      delta.adds.forEach(function (add) {
        list.appendChild(el('li', 'badge', add.kind + ' ' + add.label + ' (' + add.findings + ')'));
      });
      node.appendChild(list);
    }
    return node;
  }

  function explainView(explain) {
    const node = el('section', 'explain');
    node.setAttribute('aria-label', 'Rule explanation');
    node.appendChild(textEl('h2', '', explain.ruleId));
    node.appendChild(el('p', 'card-meta', explain.category + ' · default severity ' + explain.severity));
    node.appendChild(textEl('p', '', explain.summary));
    node.appendChild(textEl('p', '', explain.why));
    node.appendChild(
      button(
        'Close',
        'secondary',
        function () {
          post({ type: 'closeExplain' });
        },
        'explain:close',
      ),
    );
    return node;
  }

  function toggle(list, value) {
    return list.indexOf(value) >= 0
      ? list.filter(function (v) {
          return v !== value;
        })
      : list.concat([value]);
  }

  function filtersView(state) {
    const node = el('section', 'filters');
    node.setAttribute('aria-label', 'Filters');
    const f = state.filters;
    const rows = [
      [
        'Category',
        state.available.categories.map(function (c) {
          return [c.category, c.count];
        }),
        'categories',
      ],
      [
        'Severity',
        state.available.severities.map(function (s) {
          return [s.severity, s.count];
        }),
        'severities',
      ],
      [
        'State',
        (state.available.states || []).map(function (s) {
          return [s.state, s.count];
        }),
        'states',
      ],
    ];
    rows.forEach(function (row) {
      const line = el('div', 'filter-row');
      line.setAttribute('role', 'group');
      line.setAttribute('aria-label', row[0]);
      row[1].forEach(function (entry) {
        const value = entry[0];
        const pressed = (f[row[2]] || []).indexOf(value) >= 0;
        const chip = button(
          value + ' ' + entry[1],
          'chip',
          function () {
            const next = { type: 'filter', categories: f.categories, severities: f.severities, states: f.states || [] };
            next[row[2]] = toggle(next[row[2]], value);
            post(next);
          },
          'filter:' + row[2] + ':' + value,
        );
        chip.setAttribute('aria-pressed', pressed ? 'true' : 'false');
        line.appendChild(chip);
      });
      node.appendChild(line);
    });
    if (f.categories.length > 0 || f.severities.length > 0 || (f.states || []).length > 0) {
      node.appendChild(
        button(
          'Clear filters',
          'link',
          function () {
            post({ type: 'filter', categories: [], severities: [], states: [] });
          },
          'filter:clear',
        ),
      );
    }
    return node;
  }

  function resolutionLine(r) {
    return textEl('p', 'resolution', r.verdict + ' by ' + r.reviewer + ' at ' + r.time + (r.note ? ': ' + r.note : ''));
  }

  /** A card's state, short id and (when the gate knows the flag) its Resolve…/Reopen… button. */
  function cardFooter(card, resolveType, keyPrefix) {
    const footer = el('div', 'card-footer');
    const state = el('span', 'card-state state-' + card.state, STATE_LABELS[card.state] || card.state);
    if (card.reason) {
      state.setAttribute('title', card.reason);
    }
    footer.appendChild(state);
    footer.appendChild(el('span', 'card-id', card.id));
    if (card.state !== 'open') {
      footer.appendChild(
        button(
          card.state === 'resolved' ? 'Reopen…' : 'Resolve…',
          'link',
          function () {
            post({ type: resolveType, index: card.index });
          },
          keyPrefix + card.index,
        ),
      );
    }
    return footer;
  }

  function cardView(card) {
    const item = el('li', 'card sev-' + card.severity);
    const open = button(
      '',
      'card-open',
      function () {
        post({ type: 'open', index: card.index });
      },
      'card:' + card.index,
    );
    open.setAttribute(
      'aria-label',
      card.severity + ' ' + card.category + ' ' + card.ruleId + ': ' + card.message + ', ' + card.path + ' line ' + card.line,
    );
    const meta = el('span', 'card-meta');
    meta.appendChild(el('span', 'severity', card.severity));
    meta.appendChild(el('span', 'category', card.category));
    meta.appendChild(textEl('span', 'rule', card.ruleId));
    open.appendChild(meta);
    open.appendChild(textEl('span', 'message', card.message));
    open.appendChild(textEl('span', 'card-meta path', card.path + ':' + card.line + ':' + card.column));
    item.appendChild(open);
    cards.push(open);
    if (card.snippet) {
      const code = textEl('pre', 'snippet', card.snippet);
      code.addEventListener('click', function () {
        post({ type: 'open', index: card.index });
      });
      item.appendChild(code);
    }
    if (card.resolution) {
      item.appendChild(resolutionLine(card.resolution));
    }
    if (card.reason && card.state !== 'resolved' && card.state !== 'unresolved') {
      item.appendChild(textEl('p', 'reason', card.reason));
    }
    const footer = cardFooter(card, 'resolve', 'resolve:');
    footer.appendChild(
      button(
        'Explain',
        'link',
        function () {
          post({ type: 'explain', index: card.index });
        },
        'explain:' + card.index,
      ),
    );
    item.appendChild(footer);
    return item;
  }

  // A model critique: plain text only, marked as the model's, never as a resolution of a static flag.
  function critiqueCardView(card) {
    const item = el('li', 'card critique sev-' + card.severity);
    const where =
      card.line !== undefined ? card.path + ':' + card.line + ':' + card.column : card.path + ' (unanchored: ' + card.unanchored + ')';
    const open = button(
      '',
      'card-open',
      function () {
        post({ type: 'openCritique', index: card.index });
      },
      'critique:' + card.index,
    );
    open.setAttribute('aria-label', 'model critique, ' + card.severity + ' ' + card.category + ': ' + card.claim + ', ' + where);
    const meta = el('span', 'card-meta');
    meta.appendChild(el('span', 'source-model', card.kind === 'gap' ? 'model suspects' : 'model critique'));
    meta.appendChild(el('span', 'severity', card.severity));
    meta.appendChild(el('span', 'category', card.category));
    open.appendChild(meta);
    open.appendChild(textEl('span', 'message', card.claim));
    open.appendChild(textEl('span', 'card-meta path', where));
    item.appendChild(open);
    cards.push(open);
    if (card.quote) {
      item.appendChild(textEl('pre', 'snippet', card.quote));
    }
    if (card.unanchored) {
      item.appendChild(
        el(
          'p',
          'reason',
          card.unanchored === 'ambiguous'
            ? 'Unanchored: the quoted code appears more than once.'
            : 'Unanchored: the quoted code is not in the change.',
        ),
      );
    }
    item.appendChild(textEl('p', 'critique-text', card.reasoning));
    item.appendChild(textEl('p', 'critique-text', 'Check: ' + card.check));
    if (card.near.length > 0) {
      item.appendChild(el('p', 'card-meta', 'Beside flag' + (card.near.length === 1 ? ' ' : 's ') + card.near.join(', ')));
    }
    if (card.resolution) {
      item.appendChild(resolutionLine(card.resolution));
    }
    const footer = cardFooter(card, 'resolveCritique', 'resolve-critique:');
    item.appendChild(footer);
    return item;
  }

  function critiqueSummaryView(summary) {
    const node = el('section', 'critique-summary critique-' + summary.status);
    node.setAttribute('role', 'status');
    node.setAttribute('aria-label', 'Model critiques');
    node.appendChild(textEl('p', 'summary', summary.text));
    node.appendChild(textEl('p', 'card-meta cost', summary.cost));
    summary.notes.forEach(function (note) {
      node.appendChild(textEl('p', 'reason', note));
    });
    return node;
  }

  function gateView(gate) {
    const node = el('section', 'gate gate-' + gate.status);
    node.setAttribute('role', 'status');
    node.appendChild(textEl('p', 'gate-text', gate.text));
    if (gate.total > 0) {
      node.appendChild(el('p', 'gate-count', gate.resolved + ' of ' + gate.total + ' resolved'));
    }
    const actions = el('div', 'actions');
    if (gate.status !== 'ready') {
      actions.appendChild(actionButton('whyBlocked', true));
    }
    node.appendChild(actions);
    return node;
  }

  function groupsView(state) {
    const node = el('div', 'groups');
    if (state.shown === 0) {
      node.appendChild(el('p', 'state', state.total === 0 ? state.detail : 'No flags match the filters.'));
      return node;
    }
    state.groups.forEach(function (group) {
      const file = el('section', 'file');
      const title = textEl('h2', 'path', group.path);
      title.appendChild(el('span', 'badge', ' ' + group.count));
      file.appendChild(title);
      group.categories.forEach(function (category) {
        const section = el('div', 'category');
        section.appendChild(el('h3', '', category.category));
        const list = el('ul', 'cards');
        category.cards.forEach(function (card) {
          list.appendChild(cardView(card));
        });
        section.appendChild(list);
        file.appendChild(section);
      });
      if (group.critiques && group.critiques.length > 0) {
        const section = el('div', 'category critiques');
        section.appendChild(el('h3', '', 'model critiques'));
        const list = el('ul', 'cards');
        group.critiques.forEach(function (card) {
          list.appendChild(critiqueCardView(card));
        });
        section.appendChild(list);
        file.appendChild(section);
      }
      node.appendChild(file);
    });
    return node;
  }

  function render(state) {
    cards = [];
    keyed = new Map();
    const parts = [header(state)];
    if (state.status !== 'ready') {
      parts.push(statusView(state));
    } else {
      if (state.gate) {
        parts.push(gateView(state.gate));
      }
      if (state.delta) {
        parts.push(deltaView(state.delta));
      }
      if (state.critique) {
        parts.push(critiqueSummaryView(state.critique));
      } else if (state.mode === 'review') {
        const actions = el('div', 'actions');
        actions.appendChild(actionButton('critique', false));
        parts.push(actions);
      }
      if (state.explain) {
        parts.push(explainView(state.explain));
      }
      if (state.total > 0) {
        parts.push(filtersView(state));
      }
      parts.push(groupsView(state));
      if (state.notAnalyzed > 0) {
        parts.push(el('p', 'progress', state.notAnalyzed + ' file(s) could not be analyzed; each is flagged.'));
      }
    }
    app.replaceChildren.apply(app, parts);
    app.setAttribute('aria-busy', state.status === 'loading' ? 'true' : 'false');
    const again = focusKey ? keyed.get(focusKey) : undefined;
    if (again) {
      again.focus();
    }
  }

  // Arrow keys move between cards; Tab and Enter work as everywhere else (they are real buttons).
  app.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    const at = cards.indexOf(event.target);
    if (at < 0) {
      return;
    }
    const next = cards[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message && message.type === 'state' && message.state && typeof message.state === 'object') {
      render(message.state);
    }
  });

  post({ type: 'ready' });
})();
