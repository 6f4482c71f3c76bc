// Draws every <canvas data-chart="line"> from the JSON block that belongs to it.
// The page carries the same figures in a table, so the charts are an addition, not the only way in.
(function () {
  const colours = ['#08519c', '#d95f02', '#1b7837', '#525252'];
  const dashes = [[], [6, 3], [2, 2], [8, 4]];
  const numberFormat = (decimals) => new Intl.NumberFormat('da-DK',
    { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

  document.querySelectorAll('canvas[data-chart="line"]').forEach((canvas) => {
    const block = document.querySelector('script[data-for="' + canvas.id + '"]');
    if (!block || typeof Chart === 'undefined') return;
    const chart = JSON.parse(block.textContent);
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
