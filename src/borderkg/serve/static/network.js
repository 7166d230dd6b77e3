// borderkg network page: hovering an actor (or finding one by name) highlights it and its ties.
// The drawing is server-side SVG; each actor is a plain link to its page. No libraries.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) return;
  var actors = svg.querySelectorAll("a.actor"), ties = svg.querySelectorAll("line.tie");
  function highlight(chosen) {  // chosen: set of actor indices, or null to clear
    svg.classList.toggle("focus", chosen !== null);
    var near = {};
    Array.prototype.forEach.call(ties, function (line) {
      var hot = chosen !== null && (chosen[line.dataset.a] || chosen[line.dataset.b]);
      line.classList.toggle("hot", !!hot);
      if (hot) { near[line.dataset.a] = true; near[line.dataset.b] = true; }
    });
    Array.prototype.forEach.call(actors, function (actor) {
      actor.classList.toggle("hot", chosen !== null && !!(chosen[actor.dataset.i] || near[actor.dataset.i]));
    });
  }
  Array.prototype.forEach.call(actors, function (actor) {
    actor.addEventListener("mouseenter", function () { var one = {}; one[actor.dataset.i] = true; highlight(one); });
    actor.addEventListener("mouseleave", function () { highlight(null); });
  });
  var find = document.getElementById("network-find");
  if (find) find.addEventListener("input", function () {
    var text = find.value.trim().toLowerCase(), found = {}, any = false;
    if (!text) { highlight(null); return; }
    Array.prototype.forEach.call(actors, function (actor) {
      if (actor.textContent.toLowerCase().indexOf(text) >= 0) { found[actor.dataset.i] = true; any = true; }
    });
    highlight(any ? found : {});
  });
})();
