/* The report form saves itself: a few seconds after typing stops, and when the page
   is hidden or closed. Without JavaScript the form works the same, saving on every
   step change and on "Spara utkast". */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = document.getElementById("autosave-status");
  var timer = null;
  var dirty = false;

  function data() {
    var values = new FormData(form);
    values.set("action", "autosave");
    return values;
  }

  function saved(response) {
    var type = response.headers.get("content-type") || "";
    if (!response.ok || type.indexOf("application/json") === -1) {
      dirty = true; // e.g. signed out: the next step change keeps the text for later
      return;
    }
    response.json().then(function (result) {
      var time = new Date().toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit" });
      status.textContent = result.not_saved && result.not_saved.length
        ? "Utkastet sparades kl. " + time + ", utom text med personnummer."
        : "Utkastet sparades automatiskt kl. " + time + ".";
    });
  }

  function save(leaving) {
    if (!dirty) return;
    dirty = false;
    if (leaving && navigator.sendBeacon) {
      navigator.sendBeacon(form.action, data());
      return;
    }
    fetch(form.action, { method: "POST", body: data(), credentials: "same-origin" })
      .then(saved)
      .catch(function () { dirty = true; });
  }

  form.addEventListener("input", function () {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 4000);
  });
  form.addEventListener("submit", function () { dirty = false; clearTimeout(timer); });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") save(true);
  });
  window.addEventListener("pagehide", function () { save(true); });
})();
