// The speaker page: names, roles, a timeline of quotes per month, and their quotes.
'use strict';

(() => {
  const { el, fill, api } = dixit;
  const LIMIT = 20;
  const head = document.getElementById('speaker');
  let chart = null;

  function state() {
    const p = dixit.params();
    return { id: p.get('id') || '', q: p.get('q') || '', offset: Number(p.get('offset')) || 0 };
  }

  function go(s) {
    history.pushState(null, '', dixit.page('speaker', s));
    load();
  }

  function counts(title, list) {
    return el('section', { class: 'facet' }, el('h3', { text: title }),
      list.length ? el('ul', {}, list.map((c) => el('li', {}, el('span', { class: 'label', text: c.name }),
        el('span', { class: 'count', text: c.count })))) : el('p', { class: 'muted', text: '—' }));
  }

  function outlets(facet) {
    return el('section', { class: 'facet' }, el('h3', { text: 'Outlets' }),
      facet.length ? el('ul', {}, facet.map((v) => el('li', {},
        el('a', { href: dixit.page('index', { speaker: state().id, source: v.value }) },
          el('span', { class: 'label', text: v.label })), el('span', { class: 'count', text: v.count }))))
        : el('p', { class: 'muted', text: '—' }));
  }

  async function load() {
    const s = state();
    if (!s.id) {
      dixit.showError(head, new Error('no speaker given'));
      return;
    }
    document.getElementById('q').value = s.q;
    let r;
    try {
      r = await api('/api/speakers/' + dixit.idPath(s.id), { q: s.q, offset: s.offset, limit: LIMIT });
    } catch (err) {
      dixit.showError(head, err);
      return;
    }
    const sp = r.speaker;
    document.title = 'dixit — ' + sp.name;
    fill(head,
      el('h1', { text: sp.name }),
      el('p', { class: 'meta' },
        el('span', { text: sp.quotes + (sp.quotes === 1 ? ' quote' : ' quotes') }),
        sp.first_date ? el('span', { text: sp.first_date + (sp.last_date && sp.last_date !== sp.first_date
          ? ' – ' + sp.last_date : '') }) : null,
        el('span', { class: 'muted', text: sp.kind === 'description' ? 'unnamed (a description)' : 'id ' + sp.id }),
        el('a', { href: dixit.page('index', { speaker: sp.id }), text: 'search their quotes' })),
      el('div', { class: 'speaker-facts' },
        counts('Roles', sp.roles), counts('Named as', sp.aliases), outlets(r.quotes.facets.source || [])));
    document.getElementById('timeline').hidden = false;
    if (chart) chart.destroy();
    chart = dixit.monthChart(document.getElementById('months'), sp.months,
      (month) => { window.location.href = dixit.page('index', { speaker: sp.id, from: month, to: month }); });
    const yearOnly = dixit.monthSeries(sp.months).yearOnly;
    document.getElementById('year-only').textContent = yearOnly
      ? yearOnly + ' more quote(s) dated only by year are not shown.' : '';
    document.getElementById('quotes').hidden = false;
    document.getElementById('summary').textContent = r.quotes.total + ' matching, newest first';
    hits.render(document.getElementById('hits'), r.quotes);
    hits.pager(document.getElementById('pager'), r.quotes.total, s.offset, LIMIT,
      (o) => go(Object.assign({}, s, { offset: o })));
  }

  document.getElementById('within').addEventListener('submit', (e) => {
    e.preventDefault();
    go({ id: state().id, q: document.getElementById('q').value.trim(), offset: 0 });
  });
  window.addEventListener('popstate', load);
  load();
})();
