// Draws the period report's charts with ECharts from data-* attributes the page filled in (figures computed by the
// core): signals per theme, days per temperature level per month, budget and spending per year. The tables under the
// charts show the same figures, so without JavaScript nothing is lost. No texts of its own: they come from the page.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = ['#2e7d32', '#f9a825', '#e65100', '#b71c1c'];
  var axis = { color: '#1a1a1a' };
  Array.prototype.forEach.call(document.querySelectorAll('.evaluatie-grafiek'), function (element) {
    var d = element.dataset;
    try {
      var rows = JSON.parse(d.reeks || '[]');
      var option;
      if (d.soort === 'staaf') {
        option = {
          grid: { left: 48, right: 16, top: 16, bottom: 96 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: rows.map(function (r) { return r[0]; }),
            axisLabel: { color: axis.color, rotate: 30, interval: 0 } },
          yAxis: { type: 'value', minInterval: 1, axisLabel: axis },
          series: [{ type: 'bar', data: rows.map(function (r) { return r[1]; }), itemStyle: { color: '#154273' } }]
        };
      } else if (d.soort === 'niveaus') {
        var levels = JSON.parse(d.niveaus);
        option = {
          grid: { left: 48, right: 16, top: 40, bottom: 40 },
          legend: { top: 0, textStyle: axis },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: rows.map(function (r) { return r[0]; }), axisLabel: axis },
          yAxis: { type: 'value', minInterval: 1, axisLabel: axis },
          series: levels.map(function (name, i) {
            return { name: name, type: 'bar', stack: 'dagen', itemStyle: { color: colours[i] },
              data: rows.map(function (r) { return r[i + 1]; }) };
          })
        };
      } else {
        option = {
          grid: { left: 72, right: 16, top: 40, bottom: 32 },
          legend: { top: 0, textStyle: axis },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: rows.map(function (r) { return String(r[0]); }), axisLabel: axis },
          yAxis: { type: 'value', axisLabel: axis },
          series: [
            { name: d.budget, type: 'bar', itemStyle: { color: '#154273' }, data: rows.map(function (r) { return r[1]; }) },
            { name: d.besteed, type: 'bar', itemStyle: { color: '#e65100' }, data: rows.map(function (r) { return r[2]; }) }
          ]
        };
      }
      option.aria = { enabled: false };
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(option);
      element.dataset.getekend = String(rows.length);
      window.addEventListener('resize', function () { chart.resize(); });
    } catch (e) {
      element.textContent = d.fout;
      element.dataset.getekend = 'fout';
    }
  });
})();
