// Draws every <canvas data-chart="line"> from the JSON block that belongs to it.
// The page carries the same figures in a table, so the charts are an addition, not the only way in.
(function () {
  const colours = ['#08519c', '#d95f02', '#1b7837', '#525252', '#7b3294'];
  const dashes = [[], [6, 3], [2, 2], [8, 4], [1, 3]];
  const numberFormat = (decimals) => new Intl.NumberFormat('da-DK',
    { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // Calls draw(canvas, data) for every <canvas data-chart="type"> with its <script data-for> JSON block.
  const charts = (type, draw) => document.querySelectorAll('canvas[data-chart="' + type + '"]').forEach((canvas) => {
    const block = document.querySelector('script[data-for="' + canvas.id + '"]');
    if (block && typeof Chart !== 'undefined') draw(canvas, JSON.parse(block.textContent));
  });

  const stackColours = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  charts('stacked', (canvas, chart) => {
    const format = numberFormat(1);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.periods,
        datasets: chart.lines.map((line, i) => ({
          label: line.label, data: line.values, backgroundColor: stackColours[i % stackColours.length],
          borderColor: '#ffffff', borderWidth: 1
        }))
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { maxTicksLimit: 12 } },
          y: { stacked: true, title: { display: true, text: chart.unit }, ticks: { callback: (v) => format.format(v) } }
        },
        plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' +
          (c.raw === null ? 'ingen værdi' : format.format(c.raw) + ' ' + chart.unit) } } }
      }
    });
  });

  charts('band', (canvas, d) => {
    const format = numberFormat(1);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: d.periods,
        datasets: [
          { label: '90 %-interval, nedre', data: d.lower, borderColor: '#9ecae1', backgroundColor: 'rgba(158,202,225,0.35)', pointRadius: 0, borderWidth: 1 },
          { label: '90 %-interval, øvre', data: d.upper, borderColor: '#9ecae1', backgroundColor: 'rgba(158,202,225,0.35)', pointRadius: 0, borderWidth: 1, fill: '-1' },
          { label: 'Forventet', data: d.expected, borderColor: '#525252', borderDash: [6, 3], pointRadius: 0, borderWidth: 2 },
          { label: 'Faktisk', data: d.actual, borderColor: '#08519c', backgroundColor: '#08519c', pointRadius: 2, borderWidth: 3 }
        ]
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { y: { title: { display: true, text: 'pct.' }, ticks: { callback: (v) => format.format(v) } } },
        plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + (c.raw === null ? 'ingen værdi' : format.format(c.raw)) } } }
      }
    });
  });

  charts('line', (canvas, chart) => {
    const decimals = chart.unit === 'pct.' ? 1 : 0;
    const format = numberFormat(decimals);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: chart.periods,
        datasets: chart.lines.map((line, i) => ({
          label: line.label,
          data: line.values,
          borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length],
          borderDash: dashes[i % dashes.length],
          borderWidth: i === 0 ? 3 : 2,
          pointRadius: 0,
          spanGaps: false
        }))
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { title: { display: true, text: chart.unit }, ticks: { callback: (v) => format.format(v) } },
          x: { ticks: { maxTicksLimit: 10 } }
        },
        plugins: {
          tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + (c.raw === null ? 'ingen værdi' : format.format(c.raw)) } },
          legend: { labels: { usePointStyle: false } }
        }
      }
    });
  });
})();
