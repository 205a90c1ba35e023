// The library's filters and sort apply as soon as they change; without scripts, the
// "Apply filters" button does the same. Either way the URL carries the whole search.
document.querySelectorAll("[data-library-form]").forEach((form) => {
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) {
      form.requestSubmit();
    }
  });
  form.querySelectorAll("[data-apply]").forEach((element) => {
    element.hidden = true;
  });
});
