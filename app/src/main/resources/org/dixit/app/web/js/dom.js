// Shared helpers of the dixit pages. Every piece of archive data (article text, titles, names,
// quotes) is untrusted: it only ever enters the page as text nodes or attribute values, never as
// markup. No innerHTML anywhere.
'use strict';

const dixit = (() => {
  const SAFE_HREF = /^(https?:\/\/|\/(?!\/)|\?|#)/i;

  /** A link target as given when it is a web address or a path on this site; '#' otherwise. */
  function safeHref(href) {
    return typeof href === 'string' && SAFE_HREF.test(href) ? href : '#';
  }

  /**
   * Builds an element. attrs: 'class', 'text' (textContent), 'on<event>' (listener), 'href'
   * (checked by safeHref), anything else set as an attribute. Children: nodes or strings (as text).
   */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'href') e.setAttribute('href', safeHref(v));
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Empties an element and fills it with the given children. */
  function fill(target, ...children) {
    target.replaceChildren();
    for (const c of children.flat()) {
      if (c !== null && c !== undefined && c !== false) target.append(c instanceof Node ? c : String(c));
    }
    return target;
  }

  /** The page's query-string parameters. */
  function params() {
    return new URLSearchParams(window.location.search);
  }

  /** The address of a page of this UI with query parameters (empty values left out). */
  function page(name, query) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(query || {})) {
      if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
    }
    const qs = p.toString();
    return '/' + name + '.html' + (qs ? '?' + qs : '');
  }

  /** An id as a path segment of the API: encoded, slashes kept (the API's id routes accept them). */
  function idPath(id) {
    return encodeURIComponent(id).replace(/%2F/gi, '/');
  }

  /** GETs an API path; resolves to the JSON answer, rejects with the API's error message. */
  async function api(path, query) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(query || {})) {
      if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
    }
    const qs = p.toString();
    const res = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    if (!res.ok) {
      const err = new Error(body && body.error ? body.error : 'the server answered ' + res.status);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  /** Shows an error message in place of a page's content. */
  function showError(target, err) {
    fill(target, el('p', { class: 'error', role: 'alert', text: err && err.message ? err.message : String(err) }));
  }

  /** The position of a quote in its article, from its id ("article#3" gives 3). */
  function quotePosition(quoteId) {
    const i = quoteId.lastIndexOf('#');
    return i < 0 ? null : quoteId.slice(i + 1);
  }

  /** A quote's text as printed: direct quotes between guillemets. */
  function quoteText(q) {
    return q.type === 'direct' ? '« ' + q.text + ' »' : q.text;
  }

  /** A small coloured label for a quote type. */
  function typeBadge(type) {
    return el('span', { class: 'badge t-' + type, text: type });
  }

  /** The speaker of a hit or quote, linked to their page when the archive knows them. */
  function speakerLink(name, speakerId) {
    if (!name) return el('span', { class: 'muted', text: 'unattributed' });
    return speakerId ? el('a', { class: 'speaker', href: page('speaker', { id: speakerId }), text: name })
      : el('span', { class: 'speaker', text: name });
  }

  /** Fills the months between the first and last of {month: count} (YYYY-MM keys) with zeros. */
  function monthSeries(counts) {
    const months = Object.keys(counts).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
    const yearOnly = Object.keys(counts).filter((m) => /^\d{4}$/.test(m))
      .reduce((n, m) => n + counts[m], 0);
    const labels = [];
    const values = [];
    if (months.length) {
      let [y, mo] = months[0].split('-').map(Number);
      const [ly, lm] = months[months.length - 1].split('-').map(Number);
      while (y < ly || (y === ly && mo <= lm)) {
        const key = y + '-' + String(mo).padStart(2, '0');
        labels.push(key);
        values.push(counts[key] || 0);
        mo += 1;
        if (mo > 12) { mo = 1; y += 1; }
      }
    }
    return { labels, values, yearOnly };
  }

  /** Draws a bar chart of quotes per month in a canvas (Chart.js); returns the chart. */
  function monthChart(canvas, counts, onClick) {
    const s = monthSeries(counts);
    if (typeof Chart === 'undefined') {
      canvas.replaceWith(el('p', { class: 'muted', text: 'chart unavailable (Chart.js did not load)' }));
      return null;
    }
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: s.labels, datasets: [{ label: 'quotes', data: s.values, backgroundColor: '#3b6ea8', maxBarThickness: 48 }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        onClick: onClick ? (evt, items) => { if (items.length) onClick(s.labels[items[0].index]); } : undefined,
      },
    });
  }

  return {
    el, fill, params, page, idPath, api, showError, quotePosition, quoteText, typeBadge, speakerLink,
    monthSeries, monthChart, safeHref,
  };
})();
