// On a phone the sections form one row that scrolls sideways: show the current one.
(function () {
  var current = document.querySelector('.top nav [aria-current="page"]');
  var row = current && current.closest("ul");
  if (row && row.scrollWidth > row.clientWidth) {
    var box = current.getBoundingClientRect(), room = row.getBoundingClientRect();
    row.scrollLeft += box.left - room.left - (room.width - box.width) / 2;
  }
})();
