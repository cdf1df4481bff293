// Draws the buurten of the register with ECharts (served from the jar): as a choropleth of inhabitants, or, when the
// element has data-temperatuur (the temperature API for one theme), coloured by temperature level, with a click
// through to the buurt's page. The element carries its texts and addresses in data-* attributes and the level colours
// come from the style sheet (--niveau-*), so this file has no language and no colours of its own.
(function () {
  'use strict';
  var element = document.getElementById('kaart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var d = element.dataset;
  var numbers = new Intl.NumberFormat(d.taal || 'nl-NL');
  var scores = new Intl.NumberFormat(d.taal || 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var LEVELS = ['CALM', 'TENSE', 'HEATED', 'ESCALATING'];

  function load(address, accept) {
    return fetch(address, { headers: { Accept: accept }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function levelName(level) {
    return d['niveau' + level.charAt(0) + level.slice(1).toLowerCase()] || level;
  }

  function levelColour(level) {
    return getComputedStyle(document.documentElement).getPropertyValue('--niveau-' + level.toLowerCase()).trim();
  }

  /** Inhabitants: a continuous scale, grey where CBS publishes no count. */
  function inhabitants(geo) {
    var data = geo.features.map(function (f) {
      return { name: f.properties.code, value: f.properties.inwoners, naam: f.properties.naam };
    });
    var known = data.map(function (x) { return x.value; }).filter(function (v) { return v !== null; });
    return {
      data: data,
      option: {
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
        }
      }
    };
  }

  /** Temperature: one colour per level (the legend is on the page), and a click opens the buurt. */
  function temperature(geo, answer) {
    var byCode = {};
    answer.buurten.forEach(function (b) { byCode[b.buurt] = b; });
    var data = geo.features.map(function (f) {
      var t = byCode[f.properties.code];
      var level = t ? t.niveau : null;
      return {
        name: f.properties.code, naam: f.properties.naam, value: level ? LEVELS.indexOf(level) : null,
        niveau: level, score: t ? t.score : null,
        url: level ? d.detail + encodeURIComponent(f.properties.code) + '/' + encodeURIComponent(d.thema) : null,
        itemStyle: level ? { areaColor: levelColour(level) } : undefined
      };
    });
    return {
      data: data,
      option: {
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            var line = p.data && p.data.niveau
              ? levelName(p.data.niveau) + ', ' + d.score + ' ' + scores.format(p.data.score) : d.onbekend;
            return (p.data ? p.data.naam : p.name) + ' (' + p.name + ')<br>' + line;
          }
        }
      }
    };
  }

  var requests = [load(d.bron, 'application/geo+json')];
  if (d.temperatuur) {
    requests.push(load(d.temperatuur, 'application/json'));
  }
  Promise.all(requests)
    .then(function (answers) {
      var geo = answers[0];
      element.textContent = '';
      echarts.registerMap('buurten', geo);
      var drawn = answers.length > 1 ? temperature(geo, answers[1]) : inhabitants(geo);
      var option = drawn.option;
      option.aria = { enabled: false };
      option.series = [{
        type: 'map', map: 'buurten', nameProperty: 'code', roam: true, aspectScale: 0.63,
        data: drawn.data,
        itemStyle: { areaColor: '#d9d9d9', borderColor: '#333', borderWidth: 0.8 },
        label: { show: false },
        emphasis: { label: { show: true, formatter: function (p) { return p.data ? p.data.naam : p.name; } },
          itemStyle: { areaColor: '#ffb612' } },
        select: { disabled: true }
      }];
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(option);
      chart.on('click', function (p) {
        if (p.data && p.data.url) {
          window.location.href = p.data.url;
        }
      });
      element.dataset.getekend = String(drawn.data.length);
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () {
      element.textContent = d.fout;
      element.dataset.getekend = 'fout';
    });
})();
