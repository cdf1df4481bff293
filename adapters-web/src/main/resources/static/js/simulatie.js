// Draws the days a flare-up went unseen per wijk, the current network beside the what-if, as ECharts bars, from the
// table the page already shows (rows carry data-wijk, data-huidig and data-wat-als). Without JavaScript the table is
// the chart. Texts come from data-* attributes, so this file has no language of its own.
(function () {
  'use strict';
  var element = document.getElementById('grafiek-ongezien');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var d = element.dataset;
  var numbers = new Intl.NumberFormat(d.taal || 'nl-NL', { maximumFractionDigits: 1 });
  try {
    var rows = Array.prototype.slice.call(document.querySelectorAll(d.tabel + ' tbody tr[data-wijk]'));
    var wijken = rows.map(function (row) { return row.dataset.wijk; });
    var value = function (text) { var n = text ? Number(text) : NaN; return isNaN(n) ? null : n; };
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: false },
      grid: { left: 48, right: 24, top: 40, bottom: 80 },
      legend: { top: 0, textStyle: { color: '#1a1a1a' } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (v) { return v === null ? '–' : numbers.format(v) + ' ' + d.eenheid; }
      },
      xAxis: { type: 'category', data: wijken, axisLabel: { color: '#1a1a1a', rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: d.eenheid, axisLabel: { color: '#1a1a1a' } },
      series: [
        { type: 'bar', name: d.huidig, itemStyle: { color: '#154273' },
          data: rows.map(function (row) { return value(row.dataset.huidig); }) },
        { type: 'bar', name: d.watAls, itemStyle: { color: '#b35900', decal: { symbol: 'rect', dashArrayX: [1, 0],
          dashArrayY: [2, 3], rotation: 0.8, color: 'rgba(255,255,255,0.6)' } },
          data: rows.map(function (row) { return value(row.dataset.watAls); }) }
      ]
    });
    element.dataset.getekend = String(rows.length);
    window.addEventListener('resize', function () { chart.resize(); });
  } catch (e) {
    element.textContent = d.fout;
    element.dataset.getekend = 'fout';
  }
})();
