// The intervention page's step-back dialog, opened by its button and closed by Annuleren or Escape (the scope's
// temperature chart is drawn by trend.js).
(function () {
  'use strict';

  function dialog() {
    var box = document.getElementById('terugtrekdialoog');
    var open = document.getElementById('terugtrekken-openen');
    var close = document.getElementById('terugtrekken-sluiten');
    if (!box || typeof box.showModal !== 'function') {
      return;
    }
    if (box.dataset.open === 'ja') {
      // shown again with errors: make it modal, with the error summary in focus
      box.removeAttribute('open');
      box.showModal();
      var summary = box.querySelector('#foutsamenvatting');
      if (summary) {
        summary.focus();
      }
    }
    if (open) {
      open.addEventListener('click', function () {
        box.showModal();
      });
    }
    if (close) {
      close.addEventListener('click', function () {
        box.close();
        if (open) {
          open.focus();
        }
      });
    }
  }

  dialog();
})();
