// A kept page's form has no token of its own (home/templatetags/form_state.py): fetch this
// visitor's CSRF token and form token as the page loads, and hold the form back until they
// have come if the visitor is quicker.
(function () {
  "use strict";
  var markers = document.querySelectorAll("input[data-form-state]");
  if (!markers.length) return;
  var url = markers[0].getAttribute("data-form-state");
  var state = fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  });

  function fill(form, values) {
    Object.keys(values).forEach(function (name) {
      var input = form.querySelector('input[name="' + name + '"]');
      if (input && !input.value) input.value = values[name];
    });
  }

  markers.forEach(function (marker) {
    var form = marker.form;
    if (!form || marker.value) return;
    var ready = state.then(function (values) { fill(form, values); });
    form.addEventListener("submit", function (event) {
      if (marker.value) return;
      event.preventDefault();
      // Without the token the server refuses the form kindly (home.views.csrf_failure).
      ready.catch(function () {}).then(function () { HTMLFormElement.prototype.submit.call(form); });
    });
  });
})();
