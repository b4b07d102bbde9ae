// Finder pages (knowledge bank, activities, programmes, partners): on a phone the filter panel
// folds under its "Filters" summary, so the results come up without scrolling past every
// filter. It stays open when a filter is chosen or the form has an error, and always on wider
// screens (where the summary is hidden by the style sheet). Without JavaScript it is open.
(function () {
  "use strict";
  var panels = document.querySelectorAll("details.finder-more");
  if (!panels.length || !window.matchMedia) {
    return;
  }
  var phone = window.matchMedia("(max-width: 48rem)");
  var chosen = false;
  new URLSearchParams(window.location.search).forEach(function (value, key) {
    if (key !== "q" && key !== "page" && value !== "") {
      chosen = true;
    }
  });
  function apply() {
    panels.forEach(function (panel) {
      var error = panel.closest("form").querySelector(".form-errors, .field-error");
      panel.open = !phone.matches || chosen || Boolean(error);
    });
  }
  apply();
  phone.addEventListener("change", apply);
})();
