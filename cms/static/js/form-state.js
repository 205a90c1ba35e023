// A kept page's form has no token of its own (home/templatetags/form_state.py): fetch this
// visitor's CSRF token and form token when they start the form, or at the latest when they send it.
(function () {
  "use strict";
  var pending = {};

  function state(url) {
    if (!pending[url]) {
      pending[url] = fetch(url, { credentials: "same-origin", cache: "no-store" }).then(
        function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        }
      );
    }
    return pending[url];
  }

  function fill(form, values) {
    Object.keys(values).forEach(function (name) {
      var input = form.querySelector('input[name="' + name + '"]');
      if (input && !input.value) input.value = values[name];
    });
  }

  document.querySelectorAll("input[data-form-state]").forEach(function (marker) {
    var form = marker.form;
    var url = marker.getAttribute("data-form-state");
    if (!form || marker.value) return;
    function load() {
      return state(url).then(function (values) { fill(form, values); });
    }
    form.addEventListener("focusin", load, { once: true });
    form.addEventListener("submit", function (event) {
      if (marker.value) return;
      event.preventDefault();
      // Without the token the server refuses the form kindly (home.views.csrf_failure).
      load().catch(function () {}).then(function () { HTMLFormElement.prototype.submit.call(form); });
    });
  });
})();
