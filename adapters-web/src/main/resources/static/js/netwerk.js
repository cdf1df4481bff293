// Draws the network with ECharts' graph series: active key persons, partners and members who do not count now
// (candidates, paused, departed, inactive partners) in three colours, the size of a node
// by its betweenness, single points of failure (cut vertices) as a diamond with a red edge. Clicking opens the member.
(function () {
  'use strict';
  var element = document.getElementById('netwerkgraaf');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var d = element.dataset;
  fetch(d.bron, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (graph) {
      element.textContent = '';
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      var nodes = graph.nodes.map(function (n) {
        return {
          id: n.id, name: n.name, category: n.category, symbolSize: n.symbolSize, value: n.value, url: n.url,
          symbol: n.cutVertex ? 'diamond' : 'circle',
          itemStyle: n.cutVertex ? { borderColor: '#b00020', borderWidth: 3 } : {}
        };
      });
      chart.setOption({
        aria: { enabled: false },
        tooltip: {
          formatter: function (p) {
            if (p.dataType === 'edge') {
              return '';
            }
            var cut = p.data.symbol === 'diamond' ? '<br>' + d.schakel : '';
            return p.data.name + cut;
          }
        },
        legend: [{ data: graph.categories.map(function (c) { return c.name; }), top: 8 }],
        color: ['#154273', '#d97706', '#9e9e9e'],
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          categories: graph.categories, data: nodes, links: graph.links,
          label: { show: true, position: 'right', fontSize: 11 },
          force: { repulsion: 320, edgeLength: [70, 160], gravity: 0.06 }, zoom: 1.4,
          lineStyle: { color: '#8a8a8a', width: 1.2, curveness: 0.05 },
          emphasis: { focus: 'adjacency' }
        }]
      });
      chart.on('click', function (p) {
        if (p.dataType === 'node' && p.data.url) {
          window.location.href = p.data.url;
        }
      });
      element.dataset.getekend = String(nodes.length);
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () {
      element.textContent = d.fout;
      element.dataset.getekend = 'fout';
    });
})();
