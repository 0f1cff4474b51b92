// The baseline: what most people would write for "a list and a clustered map of these services".
// Fetches the directory named by ?data=, builds one <li> per service (DOM methods, no innerHTML),
// puts every service on a Leaflet map through leaflet.markercluster with chunkedLoading, and
// filters the list on each keystroke with a case-insensitive substring match over the name,
// description and tags (all their languages), computed afresh on each keystroke. The map does
// not follow the search (most such pages filter only the list).
//
// "Ready" (the `baseline-ready` event) is when the list is in the document and markercluster has
// processed the last marker (its chunkProgress says processed === total), in the microtask after
// that last chunk, i.e. once it has put the clusters of the current view on the map.
(function () {
  'use strict';
  var dataUrl = new URLSearchParams(location.search).get('data');
  var list = document.getElementById('list');
  var count = document.getElementById('count');
  var search = document.getElementById('search');
  var rows = [];
  var total = 0;

  function text(value) {
    if (value == null) return '';
    if (typeof value === 'string') return value;
    return value.it || Object.values(value)[0] || '';
  }
  function allText(value) {
    if (value == null) return '';
    if (typeof value === 'string') return value;
    return Object.values(value).join(' ');
  }

  // maxZoom: a tile layer would give it; markercluster needs one and there are no tiles here.
  var map = L.map('map', { maxZoom: 18 });
  var listDone = false;
  var markersDone = false;
  function maybeReady() {
    if (!listDone || !markersDone) return;
    document.dispatchEvent(new CustomEvent('baseline-ready', { detail: { count: total } }));
  }
  var cluster = L.markerClusterGroup({
    chunkedLoading: true,
    chunkProgress: function (processed, all) {
      if (processed === all) {
        queueMicrotask(function () {
          markersDone = true;
          maybeReady();
        });
      }
    },
  });

  fetch(dataUrl)
    .then(function (response) { return response.json(); })
    .then(function (directory) {
      var categories = new Map();
      directory.categories.forEach(function (c) { categories.set(c.id, text(c.name)); });
      var services = directory.services;
      total = services.length;

      var fragment = document.createDocumentFragment();
      services.forEach(function (service) {
        var li = document.createElement('li');
        var name = document.createElement('strong');
        name.textContent = text(service.name);
        var meta = document.createElement('span');
        meta.textContent = categories.get(service.category) + (service.municipality ? ' · ' + service.municipality : '');
        li.append(name, meta);
        fragment.append(li);
        rows.push({ li: li, service: service });
      });
      list.append(fragment);
      count.textContent = total + ' servizi';
      listDone = true;

      var bounds = L.latLngBounds(services.map(function (s) { return [s.lat, s.lon]; }));
      map.fitBounds(bounds, { padding: [32, 32] });
      map.addLayer(cluster);
      var markers = services.map(function (service) {
        var marker = L.marker([service.lat, service.lon], { title: text(service.name) });
        marker.bindPopup(function () {
          var box = document.createElement('div');
          var title = document.createElement('strong');
          title.textContent = text(service.name);
          var body = document.createElement('p');
          body.textContent = text(service.description);
          box.append(title, body);
          return box;
        });
        return marker;
      });
      cluster.addLayers(markers);
    });

  search.addEventListener('input', function () {
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var s = row.service;
      var hit =
        query === '' ||
        allText(s.name).toLowerCase().includes(query) ||
        allText(s.description).toLowerCase().includes(query) ||
        (s.tags || []).some(function (tag) { return tag.toLowerCase().includes(query); });
      row.li.hidden = !hit;
      if (hit) shown++;
    });
    count.textContent = shown + ' servizi';
  });
})();
