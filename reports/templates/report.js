(function () {
  "use strict";
  var select = document.getElementById("check-filter");
  var failing = document.getElementById("failing-only");
  var counter = document.getElementById("shown-count");
  var changing = document.getElementById("changing-only");
  var samples = Array.prototype.slice.call(document.querySelectorAll("details.sample"));
  function apply() {
    var check = select.value, onlyFailing = failing.checked, shown = 0;
    samples.forEach(function (el) {
      var checks = (el.getAttribute("data-checks") || "").split(" ");
      var visible = (!check || checks.indexOf(check) >= 0) &&
        (!onlyFailing || el.getAttribute("data-passed") === "false");
      el.hidden = !visible;
      if (visible) { shown += 1; }
    });
    counter.textContent = String(shown);
  }
  // A jump to a sample (from the summary's examples or the history) opens it,
  // and shows it even when the filters had hidden it.
  function reveal() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (!target || !target.classList.contains("sample")) { return; }
    if (target.hidden) { select.value = ""; failing.checked = false; apply(); }
    target.open = true;
    target.scrollIntoView();
  }
  select.addEventListener("change", apply);
  failing.addEventListener("change", apply);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-filter]"), function (link) {
    link.addEventListener("click", function () {
      select.value = link.getAttribute("data-filter");
      apply();
    });
  });
  if (changing) {
    changing.addEventListener("change", function () {
      Array.prototype.forEach.call(document.querySelectorAll("tr[data-changes]"), function (row) {
        row.hidden = changing.checked && row.getAttribute("data-changes") === "false";
      });
    });
  }
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
  document.documentElement.setAttribute("data-report-ready", "1");
})();
