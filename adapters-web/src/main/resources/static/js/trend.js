// Draws the daily temperature of one buurt × theme as an ECharts line, from the table that the page already shows
// (the rows carry data-dag and data-score), with the level boundaries as dashed lines. Without JavaScript the table
// is the chart. Texts and boundaries come from data-* attributes, so this file has no language of its own.
(function () {
  'use strict';
  var element = document.getElementById('trend');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var d = element.dataset;
  var scores = new Intl.NumberFormat(d.taal || 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var days = new Intl.DateTimeFormat(d.taal || 'nl-NL', { day: 'numeric', month: 'short' });
  try {
    var rows = Array.prototype.slice.call(document.querySelectorAll(d.reeks + ' tbody tr[data-dag]'));
    var points = rows.map(function (row) {
      return [row.dataset.dag, Number(row.dataset.score)];
    });
    var boundaries = [
      { yAxis: Number(d.gespannen), name: d.niveauTense },
      { yAxis: Number(d.verhit), name: d.niveauHeated },
      { yAxis: Number(d.escalerend), name: d.niveauEscalating }
    ];
    var highest = Math.max.apply(null, points.map(function (p) { return p[1]; }).concat([Number(d.verhit)]));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      grid: { left: 48, right: 96, top: 24, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: function (p) {
          return days.format(new Date(p[0].value[0])) + '<br>' + d.score + ' ' + scores.format(p[0].value[1]);
        }
      },
      xAxis: {
        type: 'time',
        axisLabel: { color: '#1a1a1a', hideOverlap: true, formatter: function (v) { return days.format(new Date(v)); } }
      },
      yAxis: { type: 'value', min: 0, max: Math.ceil((highest + 1) / 2) * 2, interval: 2,
        axisLabel: { color: '#1a1a1a' } },
      series: [{
        type: 'line', name: d.score, data: points, showSymbol: false, step: false,
        lineStyle: { width: 2.5, color: '#154273' }, itemStyle: { color: '#154273' },
        markLine: {
          silent: true, symbol: 'none',
          lineStyle: { type: 'dashed', color: '#595959' },
          label: { position: 'end', color: '#1a1a1a', formatter: function (m) { return m.name; } },
          data: boundaries
        }
      }]
    });
    element.dataset.getekend = String(points.length);
    window.addEventListener('resize', function () { chart.resize(); });
  } catch (e) {
    element.textContent = d.fout;
    element.dataset.getekend = 'fout';
  }
})();
