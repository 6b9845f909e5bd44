(function () {
  "use strict";
  var select = document.getElementById("check-filter");
  var failing = document.getElementById("failing-only");
  var counter = document.getElementById("shown-count");
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
  select.addEventListener("change", apply);
  failing.addEventListener("change", apply);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-filter]"), function (link) {
    link.addEventListener("click", function () {
      select.value = link.getAttribute("data-filter");
      apply();
    });
  });
  apply();
  document.documentElement.setAttribute("data-report-ready", "1");
})();
