/* cofoundry event pages (with header.js, the only scripts; the pages work without them). On the form that
   creates an event, the time zone field starts at the browser's own zone (when it is one of
   the zones offered and the field still holds the server's default). */
(function () {
  "use strict";
  var field = document.querySelector("input[data-zone-default]");
  if (!field || field.value !== field.getAttribute("data-zone-default")) {
    return;
  }
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var offered = Array.prototype.some.call(
      document.querySelectorAll("#zones option"),
      function (option) { return option.value === zone; }
    );
    if (zone && offered) {
      field.value = zone;
    }
  } catch (e) {
    /* an old browser without Intl: the server's default stays */
  }
})();
