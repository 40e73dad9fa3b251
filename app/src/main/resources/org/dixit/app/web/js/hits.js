// A list of quote hits (search page, speaker page) and its pager.
'use strict';

const hits = (() => {
  const { el, fill, page } = dixit;

  /** One hit: the quote, then who said it, when, where, and links to check it. */
  function hit(h) {
    const pos = dixit.quotePosition(h.quote_id);
    const meta = el('div', { class: 'meta' },
      dixit.speakerLink(h.speaker_name || h.speaker, h.speaker_id),
      h.cue ? el('span', { class: 'cue-word', title: 'speech cue', text: h.cue }) : null,
      dixit.typeBadge(h.type),
      h.date ? el('time', { text: h.date }) : null,
      h.source ? el('span', { class: 'source', text: h.source }) : null);
    const links = el('div', { class: 'links' },
      el('a', { class: 'in-context', href: page('article', { id: h.article_id, quote: pos }),
        text: h.title ? 'in context: ' + h.title : 'in context' }),
      el('a', { class: 'appearances', href: page('quote', { id: h.quote_id }),
        text: h.cluster_size > 1 ? 'reported ' + h.cluster_size + ' times' : 'quote page' }));
    return el('li', { class: 'hit' },
      el('blockquote', { class: 'quote t-' + h.type, text: dixit.quoteText(h) }), meta, links);
  }

  /** Fills a list with hits, or a "nothing found" line. */
  function render(list, result) {
    if (!result.hits.length) {
      fill(list, el('li', { class: 'muted', text: 'No quote matches.' }));
      return;
    }
    fill(list, result.hits.map(hit));
  }

  /** Previous/next links; onPage(offset) is called with the new offset. */
  function pager(nav, total, offset, limit, onPage) {
    const items = [];
    if (offset > 0) {
      items.push(el('button', { type: 'button', onclick: () => onPage(Math.max(0, offset - limit)), text: '← previous' }));
    }
    items.push(el('span', { class: 'muted',
      text: total ? (offset + 1) + '–' + Math.min(total, offset + limit) + ' of ' + total : '' }));
    if (offset + limit < total && offset + limit <= 10000) {
      items.push(el('button', { type: 'button', onclick: () => onPage(offset + limit), text: 'next →' }));
    }
    fill(nav, items);
  }

  return { render, pager };
})();
