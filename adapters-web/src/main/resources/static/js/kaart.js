// Draws the buurten of the register as a choropleth of inhabitants with ECharts (served from the jar).
// The element carries its texts and the data address in data-* attributes, so this file has no language in it.
(function () {
  'use strict';
  var element = document.getElementById('kaart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var d = element.dataset;
  var numbers = new Intl.NumberFormat(d.taal || 'nl-NL');

  fetch(d.bron, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (geo) {
      element.textContent = '';
      echarts.registerMap('buurten', geo);
      var data = geo.features.map(function (f) {
        return { name: f.properties.code, value: f.properties.inwoners, naam: f.properties.naam };
      });
      var known = data.map(function (x) { return x.value; }).filter(function (v) { return v !== null; });
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption({
        aria: { enabled: false },
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            var count = p.data && p.data.value !== null && p.data.value !== undefined
              ? numbers.format(p.data.value) + ' ' + d.inwoners : d.onbekend;
            return (p.data ? p.data.naam : p.name) + ' (' + p.name + ')<br>' + count;
          }
        },
        visualMap: {
          min: 0, max: Math.max.apply(null, known), left: 16, bottom: 16, calculable: false,
          text: [d.meer, d.minder], inRange: { color: ['#e6edf5', '#6b8fb8', '#154273'] },
          formatter: function (v) { return numbers.format(Math.round(v)); }
        },
        series: [{
          type: 'map', map: 'buurten', nameProperty: 'code', roam: true, aspectScale: 0.63,
          data: data,
          itemStyle: { areaColor: '#d9d9d9', borderColor: '#333', borderWidth: 0.8 },
          label: { show: false },
          emphasis: { label: { show: true, formatter: function (p) { return p.data ? p.data.naam : p.name; } },
            itemStyle: { areaColor: '#ffb612' } },
          select: { disabled: true }
        }]
      });
      element.dataset.getekend = String(data.length);
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () {
      element.textContent = d.fout;
      element.dataset.getekend = 'fout';
    });
})();
