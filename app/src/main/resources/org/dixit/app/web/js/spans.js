// Renders a text with marked spans (quotes, speaker mentions, cues) as nested elements.
// Offsets are Unicode code points (as the archive gives them), not UTF-16 units. Spans that nest
// become nested elements; a span that crosses the end of another is split at that end, so every
// character is still marked by every span that covers it.
'use strict';

const spans = (() => {
  /**
   * @param container element to fill (its content is replaced)
   * @param text      the text (plain string; only ever inserted as text nodes)
   * @param marks     [{start, end, rank, ...}] in code points; rank orders marks that start
   *                  together and have the same length (lower = outer)
   * @param make      function(mark, isContinuation) returning the element for a mark
   */
  function render(container, text, marks, make) {
    const cps = Array.from(text);
    const slice = (a, b) => cps.slice(a, b).join('');
    const order = (a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.rank - b.rank;
    const valid = marks
      .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start
        && m.end <= cps.length)
      .map((m) => Object.assign({}, m, { cont: false }))
      .sort(order);

    function build(parent, from, to, list) {
      let pos = from;
      let rest = list;
      while (rest.length) {
        const m = rest[0];
        const inner = [];
        const after = [];
        for (const o of rest.slice(1)) {
          if (o.start < m.end) {
            if (o.end <= m.end) {
              inner.push(o);
            } else {
              inner.push(Object.assign({}, o, { end: m.end }));
              after.push(Object.assign({}, o, { start: m.end, cont: true }));
            }
          } else {
            after.push(o);
          }
        }
        if (m.start > pos) parent.append(document.createTextNode(slice(pos, m.start)));
        const e = make(m, m.cont);
        parent.append(e);
        build(e, m.start, m.end, inner);
        pos = m.end;
        rest = after.sort(order);
      }
      if (to > pos) parent.append(document.createTextNode(slice(pos, to)));
    }

    container.replaceChildren();
    build(container, 0, cps.length, valid);
  }

  return { render };
})();
