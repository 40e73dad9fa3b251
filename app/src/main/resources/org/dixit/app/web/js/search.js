// The search page: the form and the URL hold the state, so every search is a link.
'use strict';

(() => {
  const { el, fill, api } = dixit;
  const FIELDS = ['q', 'speaker', 'from', 'to', 'source', 'type', 'lang', 'sort'];
  const LIMIT = 20;
  const FACET_TITLES = { speaker: 'Speakers', source: 'Outlets', month: 'Months', type: 'Types', lang: 'Languages' };
  const form = document.getElementById('search');
  const summary = document.getElementById('summary');
  let chart = null;

  function state() {
    const p = dixit.params();
    const s = {};
    for (const f of FIELDS) s[f] = p.get(f) || '';
    s.offset = Number(p.get('offset')) || 0;
    return s;
  }

  function go(s, replace) {
    const url = dixit.page('index', s).replace('/index.html', '/');
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    run();
  }

  function fromForm() {
    const s = {};
    for (const f of FIELDS) s[f] = document.getElementById(f).value.trim();
    s.offset = 0;
    return s;
  }

  function facetList(dim, values, s) {
    const shown = dim === 'month' ? values.slice().reverse().slice(0, 24) : values;
    return el('section', { class: 'facet' },
      el('h3', { text: FACET_TITLES[dim] || dim }),
      shown.length ? el('ul', {}, shown.map((v) => el('li', {},
        el('button', { type: 'button', class: 'facet-value', title: 'filter: ' + v.label,
          onclick: () => go(Object.assign({}, s, filterFor(dim, v.value), { offset: 0 })) },
        el('span', { class: 'label', text: v.label }), el('span', { class: 'count', text: v.count })))))
        : el('p', { class: 'muted', text: '—' }));
  }

  function filterFor(dim, value) {
    return dim === 'month' ? { from: value, to: value } : { [dim]: value };
  }

  function chips(s, speakerLabel) {
    const items = [];
    for (const f of ['speaker', 'from', 'to', 'source', 'type', 'lang']) {
      if (!s[f]) continue;
      const label = f === 'speaker' && speakerLabel ? speakerLabel : s[f];
      items.push(el('button', { type: 'button', class: 'chip', title: 'remove this filter',
        onclick: () => go(Object.assign({}, s, { [f]: '', offset: 0 })) }, f + ': ' + label + ' ✕'));
    }
    return items;
  }

  async function run() {
    const s = state();
    for (const f of FIELDS) document.getElementById(f).value = s[f];
    const hitList = document.getElementById('hits');
    summary.textContent = 'Searching…';
    let r;
    try {
      r = await api('/api/search', Object.assign({}, s, { limit: LIMIT, facets: 12 }));
    } catch (err) {
      fill(document.getElementById('facets'));
      fill(document.getElementById('pager'));
      fill(document.getElementById('chips'));
      dixit.showError(hitList, err);
      summary.textContent = '';
      return;
    }
    summary.textContent = r.total + (r.total === 1 ? ' quote' : ' quotes') + ' (' + r.took_ms.toFixed(1) + ' ms)'
      + (r.derived_stale ? ' — speakers and repeated quotes are being recomputed' : '');
    const speakerFacet = (r.facets.speaker || []).find((v) => v.value === s.speaker);
    fill(document.getElementById('chips'), chips(s, speakerFacet ? speakerFacet.label : null));
    fill(document.getElementById('facets'),
      Object.entries(r.facets).map(([dim, values]) => facetList(dim, values, s)));
    hits.render(hitList, r);
    hits.pager(document.getElementById('pager'), r.total, s.offset, LIMIT, (o) => go(Object.assign({}, s, { offset: o })));
    const counts = {};
    for (const v of r.facets.month || []) counts[v.value] = v.count;
    if (chart) chart.destroy();
    chart = dixit.monthChart(document.getElementById('months'), counts,
      (month) => go(Object.assign({}, s, { from: month, to: month, offset: 0 })));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(fromForm());
  });
  for (const id of ['type', 'lang', 'sort']) {
    document.getElementById(id).addEventListener('change', () => go(fromForm()));
  }
  window.addEventListener('popstate', run);
  run();
})();
