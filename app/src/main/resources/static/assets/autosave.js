// Autosave of the profile form: posts the form in the background a moment after each change
// and every half minute while there are unsaved changes. Without scripts, the form's
// "save draft" button does the same.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  var status = document.getElementById('autosave-status');
  if (!form || !status || !window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }
  var dirty = false;
  var timer = null;
  var submitting = false;

  function save() {
    if (!dirty || submitting) {
      return;
    }
    dirty = false;
    fetch(form.getAttribute('data-autosave'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'X-Asylon-Autosave': 'fetch'},
      body: new URLSearchParams(new FormData(form))
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      status.textContent = status.getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString(document.documentElement.lang);
    }).catch(function () {
      dirty = true;
      status.textContent = status.getAttribute('data-failed');
    });
  }

  function changed(delay) {
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  form.addEventListener('input', function () { changed(3000); });
  form.addEventListener('change', function () { changed(1000); });
  form.addEventListener('submit', function () {
    submitting = true;
    window.clearTimeout(timer);
  });
  window.setInterval(save, 30000);
})();
