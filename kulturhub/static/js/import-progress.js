/* Progress of a CSV import (evaluation/import_job.html): asks the status endpoint every
   1.5 seconds while the job runs, moves the bar and the counts, and announces the end in the
   page's polite live region. Without JavaScript the page's "Refresh" link does the same. */
(function () {
  "use strict";

  var box = document.querySelector("[data-import-status-url]");
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute("data-import-status-url");
  var bar = document.getElementById("import-bar");
  var percent = document.getElementById("import-percent");
  var status = document.getElementById("import-status");
  var announce = document.getElementById("import-announce");
  var refresh = document.getElementById("import-refresh");
  var counts = {
    total_rows: document.getElementById("import-total"),
    created_rows: document.getElementById("import-created"),
    unchanged_rows: document.getElementById("import-unchanged")
  };

  function show(data) {
    bar.value = data.percent;
    bar.textContent = data.percent + " %";
    percent.textContent = data.percent + " %";
    status.textContent = data.status_label;
    Object.keys(counts).forEach(function (key) {
      if (counts[key]) {
        counts[key].textContent = data[key];
      }
    });
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        show(data);
        if (data.finished) {
          announce.textContent = data.message;
          if (refresh) {
            refresh.textContent = refresh.getAttribute("data-finished-label") || refresh.textContent;
          }
        } else {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(function () {
        // A dropped connection: try again, less often; the Refresh link still works.
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
})();
