// Draws every <canvas data-chart="…"> from the JSON block that belongs to it, on load and in every part of the page
// htmx swaps in. The page carries the same figures in a table, so the charts are an addition, not the only way in.
(function () {
  const colours = ['#08519c', '#d95f02', '#1b7837', '#525252', '#7b3294'];
  const dashes = [[], [6, 3], [2, 2], [8, 4], [1, 3]];
  const stackColours = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  const numberFormat = (decimals) => new Intl.NumberFormat('da-DK',
    { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const missing = 'ingen data';

  const draw = {
    stacked: (canvas, chart) => {
      const format = numberFormat(1);
      return new Chart(canvas, {
        type: 'bar',
        data: { labels: chart.periods, datasets: chart.lines.map((line, i) => ({
          label: line.label, data: line.values, backgroundColor: stackColours[i % stackColours.length],
          borderColor: '#ffffff', borderWidth: 1 })) },
        options: { animation: false, maintainAspectRatio: false,
          scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } },
            y: { stacked: true, title: { display: true, text: chart.unit }, ticks: { callback: (v) => format.format(v) } } },
          plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' +
            (c.raw === null ? missing : format.format(c.raw) + ' ' + chart.unit) } } } }
      });
    },
    band: (canvas, d) => {
      const format = numberFormat(1);
      return new Chart(canvas, {
        type: 'line',
        data: { labels: d.periods, datasets: [
          { label: (d.bandLabel || '90 %-interval') + ', nedre', data: d.lower, borderColor: '#6b9ac4', backgroundColor: 'rgba(158,202,225,0.35)', pointRadius: 0, borderWidth: 1 },
          { label: (d.bandLabel || '90 %-interval') + ', øvre', data: d.upper, borderColor: '#6b9ac4', backgroundColor: 'rgba(158,202,225,0.35)', pointRadius: 0, borderWidth: 1, fill: '-1' },
          { label: d.expectedLabel || 'Forventet', data: d.expected, borderColor: '#525252', borderDash: [6, 3], pointRadius: 0, borderWidth: 2 },
          { label: d.actualLabel || 'Faktisk', data: d.actual, borderColor: '#08519c', backgroundColor: '#08519c', pointRadius: 2, borderWidth: 3 }
        ].concat(d.target === undefined ? [] : [{ label: d.targetLabel || 'Mål', data: d.target, borderColor: '#b2182b', borderDash: [2, 2], pointRadius: 0, borderWidth: 2 }]) },
        options: { animation: false, maintainAspectRatio: false, spanGaps: false,
          scales: { y: { title: { display: true, text: d.unit || 'pct.' }, ticks: { callback: (v) => format.format(v) } } },
          plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + (c.raw === null ? missing : format.format(c.raw)) } } } }
      });
    },
    line: (canvas, chart) => {
      const format = numberFormat(chart.unit === 'pct.' ? 1 : 0);
      return new Chart(canvas, {
        type: 'line',
        data: { labels: chart.periods, datasets: chart.lines.map((line, i) => ({
          label: line.label, data: line.values, borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length], borderDash: dashes[i % dashes.length],
          borderWidth: i === 0 ? 3 : 2, pointRadius: 0, spanGaps: false })) },
        options: { animation: false, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
          scales: { y: { title: { display: true, text: chart.unit }, ticks: { callback: (v) => format.format(v) } },
            x: { ticks: { maxTicksLimit: 10 } } },
          plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + (c.raw === null ? missing : format.format(c.raw)) } } } }
      });
    }
  };

  const drawAll = (root) => {
    if (typeof Chart === 'undefined') return;
    root.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
      if (canvas.dataset.drawn) return;
      const block = document.querySelector('script[data-for="' + canvas.id + '"]');
      const kind = draw[canvas.dataset.chart];
      if (block && kind) {
        kind(canvas, JSON.parse(block.textContent));
        canvas.dataset.drawn = 'ja';
      }
    });
  };

  // Forms that ask before they do something that cannot be undone: <form data-confirm="Slet målet?">
  const confirmations = (root) => root.querySelectorAll('form[data-confirm]').forEach((form) => {
    if (form.dataset.confirmReady) return;
    form.dataset.confirmReady = 'ja';
    form.addEventListener('submit', (e) => {
      if (!window.confirm(form.dataset.confirm)) {
        e.preventDefault();
      } else {
        const confirmed = form.querySelector('input[name="bekraeftet"]');
        if (confirmed) confirmed.value = 'ja';
      }
    });
  });

  const ready = (root) => { drawAll(root); confirmations(root); };
  document.addEventListener('DOMContentLoaded', () => ready(document));
  document.addEventListener('htmx:afterSettle', (e) => ready(e.detail.elt || document));
})();
