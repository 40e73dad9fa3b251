// The speakers page: the most quoted speakers, or those whose names contain some words.
'use strict';

(() => {
  const { el, fill, api, page } = dixit;
  const body = document.querySelector('#speakers tbody');

  function row(s) {
    return el('tr', {},
      el('td', {}, el('a', { href: page('speaker', { id: s.id }), text: s.name }),
        s.kind === 'description' ? el('span', { class: 'muted', text: ' (description)' }) : null),
      el('td', { class: 'num', text: s.quotes }),
      el('td', { text: s.roles.slice(0, 2).map((r) => r.name).join('; ') }),
      el('td', { text: s.aliases.filter((a) => a.name !== s.name).slice(0, 3).map((a) => a.name).join('; ') }),
      el('td', { text: s.first_date ? s.first_date + (s.last_date && s.last_date !== s.first_date ? ' – ' + s.last_date : '') : '' }));
  }

  async function load() {
    const q = dixit.params().get('q') || '';
    document.getElementById('q').value = q;
    try {
      const [list, stats] = await Promise.all([api('/api/speakers', { q, limit: 100 }), api('/api/stats', { top: 1 })]);
      const a = stats.archive;
      document.getElementById('stats').textContent = a.speakers + ' speakers, ' + a.quotes + ' quotes in '
        + a.articles + ' articles' + (a.first_date ? ' (' + a.first_date + ' – ' + a.last_date + ')' : '');
      fill(body, list.length ? list.map(row) : el('tr', {}, el('td', { colspan: 5, class: 'muted', text: 'No speaker found.' })));
    } catch (err) {
      fill(body, el('tr', {}, el('td', { colspan: 5 }, el('span', { class: 'error', text: err.message }))));
    }
  }

  document.getElementById('find').addEventListener('submit', (e) => {
    e.preventDefault();
    history.pushState(null, '', page('speakers', { q: document.getElementById('q').value.trim() }));
    load();
  });
  window.addEventListener('popstate', load);
  load();
})();
