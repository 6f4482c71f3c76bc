// Draws a citizen's development (<canvas data-chart="progression">) from the JSON block that belongs to it: the
// means always shown, each dimension hidden until chosen in the legend. The same figures stand in the table below.
(function () {
  const colours = ['#08519c', '#d95f02', '#1b7837', '#525252', '#7b3294', '#a6761d', '#1b9e77', '#e7298a',
    '#66a61e', '#e6ab02', '#386cb0', '#bf5b17', '#666666'];
  const format = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  document.querySelectorAll('canvas[data-chart="progression"]').forEach((canvas) => {
    const block = document.querySelector('script[data-for="' + canvas.id + '"]');
    if (!block || typeof Chart === 'undefined') return;
    const chart = JSON.parse(block.textContent);
    // on a phone the legend of every dimension would crowd out the lines: put it below and give the box room
    const narrow = canvas.parentElement.clientWidth < 600;
    if (narrow) canvas.parentElement.style.height = '32rem';
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: chart.dates,
        datasets: chart.lines.map((line, i) => ({
          label: line.label, data: line.values, hidden: line.hidden,
          borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length],
          borderWidth: i < 2 ? 3 : 2, borderDash: i === 1 ? [6, 3] : [], pointRadius: 3, spanGaps: true
        }))
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Vurdering (1-5)' } } },
        plugins: { legend: { position: narrow ? 'bottom' : 'top', labels: { boxWidth: narrow ? 14 : 40 } }, tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' +
          (c.raw === null ? 'ikke vurderet' : format.format(c.raw)) } } }
      }
    });
  });
})();
