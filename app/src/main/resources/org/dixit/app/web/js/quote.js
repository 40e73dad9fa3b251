// The quote page: one quotation, and every article that reported it, first seen first, with the
// words each report removed or added compared with the first.
'use strict';

(() => {
  const { el, fill, page, api } = dixit;
  const root = document.getElementById('quote');
  const KINDS = {
    identical: 'same text',
    repunctuated: 'same words, other punctuation',
    shortened: 'shortened',
    extended: 'more words',
    reworded: 'words changed',
  };

  /** The wording of a report: kept words plain, removed ones struck through, added ones underlined. */
  function wording(a) {
    if (a.first || !a.diff.parts.length) return el('span', { class: 'wording', text: a.text });
    const out = el('span', { class: 'wording' });
    a.diff.parts.forEach((p, i) => {
      if (i > 0) out.append(' ');
      if (p.change === 'removed') out.append(el('del', { class: 'removed', title: 'not in this report', text: p.text }));
      else if (p.change === 'added') out.append(el('ins', { class: 'added', title: 'not in the first report', text: p.text }));
      else out.append(el('span', { text: p.text }));
    });
    return out;
  }

  function appearanceRow(a, focusId) {
    return el('tr', { class: (a.first ? 'first ' : '') + (a.quote_id === focusId ? 'current' : '') },
      el('td', {}, a.first ? el('span', { class: 'badge first-seen', text: 'first seen' }) : null,
        a.date ? el('time', { text: a.date }) : el('span', { class: 'muted', text: 'undated' })),
      el('td', { text: a.source || '' }),
      el('td', {}, el('a', { href: page('article', { id: a.article_id, quote: dixit.quotePosition(a.quote_id) }),
        text: a.title || a.article_id })),
      el('td', {}, dixit.speakerLink(a.speaker, a.speaker_id)),
      el('td', {}, wording(a)),
      el('td', {}, el('span', { class: 'badge diff-' + a.diff.kind, text: KINDS[a.diff.kind] || a.diff.kind },
        a.diff.removed || a.diff.added ? ' −' + a.diff.removed + ' +' + a.diff.added : '')));
  }

  async function load() {
    const id = dixit.params().get('id');
    if (!id) {
      dixit.showError(root, new Error('no quote id given'));
      return;
    }
    let r;
    try {
      r = await api('/api/quotes/' + dixit.idPath(id));
    } catch (err) {
      dixit.showError(root, err);
      return;
    }
    const q = r.quote;
    const c = r.cluster;
    const appearances = c ? c.appearances : [{
      quote_id: q.quote_id, article_id: q.article_id, date: q.date, source: q.source, title: q.title,
      speaker: q.speaker, speaker_id: q.speaker_id, type: q.type, text: q.text, first: true,
      diff: { kind: 'identical', removed: 0, added: 0, parts: [] },
    }];
    const first = appearances[0];
    fill(root,
      el('h1', { text: 'Quotation' }),
      el('blockquote', { class: 'quote big t-' + q.type, text: dixit.quoteText(q) }),
      el('p', { class: 'meta' }, dixit.speakerLink(q.speaker, q.speaker_id),
        q.cue ? el('span', { class: 'cue-word', text: q.cue }) : null, dixit.typeBadge(q.type),
        el('a', { href: page('article', { id: q.article_id, quote: dixit.quotePosition(q.quote_id) }),
          text: 'in context' })),
      el('p', { class: 'summary' }, c
        ? 'Reported ' + appearances.length + ' times; first seen ' + (first.date || 'undated')
          + (first.source ? ' in ' + first.source : '') + '.'
          + (c.reworded ? ' Some reports change the words: check them below.' : '')
        : 'Reported once in the archive.'),
      el('table', { class: 'table appearances', id: 'appearances' },
        el('thead', {}, el('tr', {}, ['Date', 'Outlet', 'Article', 'Attributed to', 'Wording (vs first)', 'Difference']
          .map((h) => el('th', { text: h })))),
        el('tbody', {}, appearances.map((a) => appearanceRow(a, q.quote_id)))),
      el('p', { class: 'legend muted' }, 'In each report: ', el('del', { class: 'removed', text: 'words of the first report it lacks' }),
        ', ', el('ins', { class: 'added', text: 'words it adds' }), '. Punctuation, case and accents are not differences.'));
  }

  load();
})();
