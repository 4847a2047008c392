// On a phone the sections form one row that scrolls sideways: show the current one.
(function () {
  var current = document.querySelector('.top nav [aria-current="page"]');
  var row = current && current.closest("ul");
  if (row && row.scrollWidth > row.clientWidth) {
    var box = current.getBoundingClientRect(), room = row.getBoundingClientRect();
    row.scrollLeft += box.left - room.left - (room.width - box.width) / 2;
  }
})();

// A form sent back refused: take the reader to its first field to fix (on a phone the
// errors may be a few screens below the top), unless the page focuses a field of its own.
(function () {
  var first = document.querySelector('main [aria-invalid="true"]');
  if (!first || document.querySelector("[autofocus]")) {
    return;
  }
  var field = first.closest(".field") || first;
  field.scrollIntoView({ block: "start" });
  first.focus({ preventScroll: true });
})();
