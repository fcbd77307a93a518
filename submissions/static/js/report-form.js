/* The report form saves itself: two seconds after typing stops, before following a link
   away from the page, and when the page is hidden or closed. A save that fails says so
   ("Inte sparat – försöker igen") and is tried again, less and less often; leaving the
   page with text that is not saved asks first. Every save carries the draft's version
   and what each field showed (the hidden fields draft_version and draft_base), so a save
   from an older tab never overwrites newer text (submissions/drafts.py).
   Without JavaScript the form works the same, saving on every button. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData || !window.Promise) return;
  // The form's own "action" property is its button named "action": read the attribute.
  var url = form.getAttribute("data-autosave") || form.getAttribute("action") || window.location.pathname;
  var status = document.getElementById("autosave-status");
  var version = form.querySelector("input[name='draft_version']");
  var base = form.querySelector("input[name='draft_base']");
  var DELAY = 2000;
  var LONGEST_WAIT = 60000;
  var timer = null;
  var retryTimer = null;
  var retryWait = DELAY;
  var dirty = false; // typed since the last save began
  var running = null; // the save under way (a promise of true when saved)
  var blocked = false; // refused (a conflict, too much text): saving again does not help
  var leaving = false;

  function show(text, problem) {
    if (!status) return;
    status.textContent = text;
    status.className = problem ? "message message--error" : "note";
  }

  function clock() {
    return new Date().toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit" });
  }

  function labelOf(name) {
    var field = form.elements[name];
    var first = field && field.length !== undefined && !field.tagName ? field[0] : field;
    var fieldset = first && first.closest ? first.closest("fieldset") : null;
    var label = first && first.id ? document.querySelector("label[for='" + first.id + "']") : null;
    var text = fieldset && fieldset.querySelector("legend") && first.type === "radio"
      ? fieldset.querySelector("legend").textContent
      : label ? label.textContent : name;
    return text.replace("(obligatoriskt)", "").trim();
  }

  function payload() {
    var values = new FormData(form);
    values.set("action", "autosave");
    return values;
  }

  function setValue(name, value, sent) {
    var field = form.elements[name];
    if (!field) return;
    if (field.tagName) {
      if (field.value === (sent.get(name) || "")) field.value = value;
      return;
    }
    for (var i = 0; i < field.length; i += 1) field[i].checked = field[i].value === value;
  }

  function small(values) {
    var size = 0;
    values.forEach(function (value) { size += typeof value === "string" ? value.length * 3 : 0; });
    return size < 60000; // browsers allow keepalive requests of at most 64 kB
  }

  function unsaved() {
    return dirty || running !== null || retryTimer !== null || blocked;
  }

  function retry() {
    dirty = true;
    show("Inte sparat – försöker igen om " + Math.round(retryWait / 1000) + " sekunder.", true);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () { retryTimer = null; save(); }, retryWait);
    retryWait = Math.min(retryWait * 2, LONGEST_WAIT);
    return false;
  }

  function answered(response, sent) {
    var type = response.headers.get("content-type") || "";
    if (type.indexOf("application/json") === -1) return retry();
    return response.json().then(function (result) {
      if (response.status === 401 || response.status === 409 || response.status === 422) {
        // Signed out, changed elsewhere, too long: trying again would not help.
        blocked = response.status !== 401 || !result.kept;
        show(result.message, true);
        if (result.login_url && status) {
          var link = document.createElement("a");
          link.href = result.login_url;
          link.textContent = "Logga in igen";
          status.appendChild(document.createTextNode(" "));
          status.appendChild(link);
        }
        return false;
      }
      if (!response.ok || !result.saved) return retry();
      // Saved: the next save is made from this version (never after a refused save).
      if (version) version.value = result.version;
      if (base) base.value = result.base;
      retryWait = DELAY;
      blocked = false;
      Object.keys(result.merged || {}).forEach(function (name) {
        setValue(name, result.merged[name], sent);
      });
      var refused = Object.keys(result.errors || {});
      if (refused.length) {
        blocked = true;
        show("Utkastet sparades kl. " + clock() + ", utom " + refused.map(function (name) {
          return "“" + labelOf(name) + "”: " + result.errors[name];
        }).join(" "), true);
        return false;
      }
      show("Utkastet sparades automatiskt kl. " + clock() + ".", false);
      return true;
    });
  }

  /* Save now; resolves to true when everything typed is saved. */
  function save() {
    clearTimeout(timer);
    if (running) {
      return running.then(function () { return dirty ? save() : !unsaved(); });
    }
    if (!dirty) return Promise.resolve(!unsaved());
    clearTimeout(retryTimer);
    retryTimer = null;
    dirty = false;
    var sent = payload();
    running = fetch(url, {
      method: "POST",
      body: sent,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      keepalive: small(sent) // finishes even if the page is closed meanwhile
    })
      .then(function (response) { return answered(response, sent); }, retry)
      .catch(retry)
      .then(function (done) { running = null; return done; });
    return running;
  }

  function changed() {
    dirty = true;
    blocked = false;
    clearTimeout(timer);
    timer = setTimeout(save, DELAY);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);

  // A button's save waits for a save under way, so the two never cross.
  form.addEventListener("submit", function (event) {
    clearTimeout(timer);
    if (running) {
      event.preventDefault();
      var button = event.submitter;
      running.then(function () {
        if (form.requestSubmit) form.requestSubmit(button || undefined);
        else form.submit();
      });
      return;
    }
    leaving = true;
    dirty = false;
  });

  // A link away from the page saves first; if that fails, ask before leaving.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey ||
        event.ctrlKey || event.shiftKey || event.altKey || link.target ||
        link.hasAttribute("download") || !unsaved()) return;
    if (link.pathname === window.location.pathname && link.search === window.location.search &&
        link.hash) return; // within the page
    event.preventDefault();
    show("Sparar …", false);
    save().then(function (saved) {
      if (saved || window.confirm("Det du skrivit är inte sparat. Lämna sidan ändå?")) {
        leaving = true;
        window.location.href = link.href;
      }
    });
  });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !unsaved()) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // Hidden (another tab, the phone locked): save, and read the answer when back.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && dirty) save();
  });
  // Closed: a beacon is all there is time for. Its answer is never read, so a page the
  // browser brings back (the back button) is loaded afresh with the draft's new version.
  var beaconSent = false;
  window.addEventListener("pagehide", function () {
    if (!dirty || !navigator.sendBeacon) return;
    dirty = false;
    beaconSent = navigator.sendBeacon(url, payload());
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && beaconSent) window.location.reload();
  });

  show("Det du skriver sparas automatiskt.", false);
})();
