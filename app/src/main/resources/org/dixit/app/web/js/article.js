// The article page: the text with every quote highlighted, its speaker mention and cue marked,
// and the evidence for each attribution on hover and in the list beside the text.
'use strict';

(() => {
  const { el, fill, page, api } = dixit;
  const root = document.getElementById('article');

  function who(q) {
    if (!q.speaker) return 'no speaker found';
    let s = q.speaker;
    if (q.speaker_mention && q.speaker_mention !== q.speaker) s += ' (as "' + q.speaker_mention + '")';
    if (q.speaker_role) s += ', ' + q.speaker_role;
    return s;
  }

  /** The evidence of a quote as plain text, for the title (hover) of its marks. */
  function evidence(q, n) {
    const lines = ['Quote ' + n + ' · ' + q.type + ' · speaker: ' + who(q)];
    if (q.cue) lines.push('cue: "' + q.cue + '"');
    lines.push('rule: ' + q.evidence.rule + ' · confidence ' + q.confidence.toFixed(2));
    if (q.evidence.chain.length) lines.push('chain: ' + q.evidence.chain.join(' → '));
    return lines.join('\n');
  }

  function marksOf(quotes) {
    const marks = [];
    quotes.forEach((q, i) => {
      marks.push({ start: q.start, end: q.end, rank: 0, kind: 'quote', q: i });
      if (q.speaker_start !== null && q.speaker_end !== null) {
        marks.push({ start: q.speaker_start, end: q.speaker_end, rank: 1, kind: 'speaker', q: i });
      }
      if (q.cue_start !== null && q.cue_end !== null) {
        marks.push({ start: q.cue_start, end: q.cue_end, rank: 2, kind: 'cue', q: i });
      }
    });
    return marks;
  }

  function makeMark(quotes) {
    return (m, cont) => {
      const q = quotes[m.q];
      const n = m.q + 1;
      if (m.kind === 'quote') {
        // data-n feeds the number shown before the quote by CSS (not part of the text)
        return el('mark', { class: 'q t-' + q.type, 'data-q': m.q, id: cont ? null : 'q' + m.q,
          'data-n': cont ? null : n, title: evidence(q, n) });
      }
      if (m.kind === 'speaker') {
        return el('span', { class: 'spk', 'data-q': m.q,
          title: 'speaker of quote ' + n + ': ' + who(q) + '\nchain: ' + q.evidence.chain.join(' → ') });
      }
      return el('span', { class: 'cue', 'data-q': m.q, title: 'cue of quote ' + n + ': "' + q.cue + '"' });
    };
  }

  function quoteItem(q, i) {
    const n = i + 1;
    return el('li', { class: 'quote-item', 'data-q': i, id: 'item' + i },
      el('div', { class: 'item-head' },
        el('button', { type: 'button', class: 'num', title: 'show in the text', text: n,
          onclick: () => focus(i, true) }),
        dixit.typeBadge(q.type),
        dixit.speakerLink(q.speaker, q.speaker_id),
        q.cue ? el('span', { class: 'cue-word', text: q.cue }) : null),
      el('p', { class: 'item-text', text: dixit.quoteText(q) }),
      el('dl', { class: 'evidence' },
        el('dt', { text: 'rule' }), el('dd', { text: q.evidence.rule + ' (confidence ' + q.confidence.toFixed(2) + ')' }),
        q.speaker_mention ? [el('dt', { text: 'mention' }), el('dd', { text: q.speaker_mention })] : null,
        q.speaker_role ? [el('dt', { text: 'role' }), el('dd', { text: q.speaker_role })] : null,
        q.evidence.chain.length ? [el('dt', { text: 'chain' }),
          el('dd', {}, el('ol', { class: 'chain' }, q.evidence.chain.map((c) => el('li', { text: c }))))] : null),
      el('a', { class: 'appearances', href: page('quote', { id: q.quote_id }),
        text: q.cluster_size > 1 ? 'reported ' + q.cluster_size + ' times: compare' : 'quote page' }));
  }

  function activate(i, on) {
    for (const e of root.querySelectorAll('[data-q="' + i + '"]')) e.classList.toggle('active', on);
  }

  function focus(i, scroll) {
    for (const e of root.querySelectorAll('.focus')) e.classList.remove('focus');
    const mark = document.getElementById('q' + i);
    const item = document.getElementById('item' + i);
    if (mark) {
      mark.classList.add('focus');
      if (scroll) mark.scrollIntoView({ block: 'center' });
    }
    if (item) item.classList.add('focus');
  }

  function hover(container) {
    let current = null;
    container.addEventListener('mouseover', (e) => {
      const t = e.target.closest('[data-q]');
      const i = t ? t.getAttribute('data-q') : null;
      if (i === current) return;
      if (current !== null) activate(current, false);
      current = i;
      if (i !== null) activate(i, true);
    });
    container.addEventListener('mouseleave', () => {
      if (current !== null) activate(current, false);
      current = null;
    });
  }

  async function load() {
    const id = dixit.params().get('id');
    if (!id) {
      dixit.showError(root, new Error('no article id given'));
      return;
    }
    let a;
    try {
      a = await api('/api/articles/' + dixit.idPath(id));
    } catch (err) {
      dixit.showError(root, err);
      return;
    }
    document.title = 'dixit — ' + (a.title || a.id);
    const text = el('div', { class: 'article-text', id: 'article-text', lang: a.lang || null });
    spans.render(text, a.text, marksOf(a.quotes), makeMark(a.quotes));
    const list = el('ol', { class: 'quote-list', id: 'quote-list' }, a.quotes.map(quoteItem));
    fill(root,
      el('h1', { text: a.title || a.id }),
      el('p', { class: 'meta' },
        a.date ? el('time', { text: a.date }) : null,
        a.source ? el('span', { class: 'source', text: a.source }) : null,
        a.lang ? el('span', { text: a.lang }) : null,
        el('span', { class: 'muted', text: 'id ' + a.id }),
        /^https?:\/\//i.test(a.url || '')
          ? el('a', { href: a.url, rel: 'noopener noreferrer nofollow', text: 'original' }) : null),
      el('p', { class: 'legend' },
        el('span', { text: a.quotes.length + (a.quotes.length === 1 ? ' quote: ' : ' quotes: ') }),
        el('mark', { class: 'q t-direct', text: 'direct' }), ' ', el('mark', { class: 'q t-mixed', text: 'mixed' }), ' ',
        el('mark', { class: 'q t-indirect', text: 'indirect' }), ' ', el('mark', { class: 'q t-selon', text: 'selon' }),
        ' · ', el('span', { class: 'spk', text: 'speaker mention' }), ' · ', el('span', { class: 'cue', text: 'cue' }),
        el('span', { class: 'muted', text: ' — hover a quote for its evidence' })),
      el('div', { class: 'article-columns' }, text, el('aside', { class: 'side' }, el('h2', { text: 'Quotes' }), list)));
    hover(root);
    const want = dixit.params().get('quote');
    if (want !== null && want !== '') focus(want, true);
  }

  load();
})();
