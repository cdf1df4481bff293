// Draws a daily temperature as an ECharts line: every element of class temperatuurlijn (the temperature page's trend
// of one buurt × theme, the intervention page's scope), from the table the page already shows (rows with data-dag and
// data-score), with the level boundaries as dashed lines and, when data-exit is set, the exit level as a solid line.
// Without JavaScript the table is the chart. Texts and boundaries come from data-* attributes, so this file has no
// language of its own.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }

  function draw(element) {
    var d = element.dataset;
    var scores = new Intl.NumberFormat(d.taal || 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var days = new Intl.DateTimeFormat(d.taal || 'nl-NL', { day: 'numeric', month: 'short' });
    try {
      var rows = Array.prototype.slice.call(document.querySelectorAll(d.reeks + ' tbody tr[data-dag]'));
      var points = rows.map(function (row) {
        return [row.dataset.dag, Number(row.dataset.score)];
      });
      var lines = [
        { yAxis: Number(d.gespannen), name: d.niveauTense },
        { yAxis: Number(d.verhit), name: d.niveauHeated },
        { yAxis: Number(d.escalerend), name: d.niveauEscalating }
      ];
      if (d.exit) {
        lines.push({ yAxis: Number(d.exit), name: d.exitNaam,
          lineStyle: { type: 'solid', width: 2.5, color: '#a90061' },
          label: { position: 'insideStartTop', color: '#a90061', fontWeight: 'bold',
            formatter: function (m) { return m.name; } } });
      }
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
          type: 'line', name: d.score, data: points, showSymbol: points.length < 40, step: false,
          lineStyle: { width: 2.5, color: '#154273' }, itemStyle: { color: '#154273' },
          markLine: {
            silent: true, symbol: 'none',
            lineStyle: { type: 'dashed', color: '#595959' },
            label: { position: 'end', color: '#1a1a1a', formatter: function (m) { return m.name; } },
            data: lines
          }
        }]
      });
      element.dataset.getekend = String(points.length);
      window.addEventListener('resize', function () { chart.resize(); });
    } catch (e) {
      element.textContent = d.fout;
      element.dataset.getekend = 'fout';
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('.temperatuurlijn'), draw);
})();
