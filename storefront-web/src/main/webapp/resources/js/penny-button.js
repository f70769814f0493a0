// Include beside a Penny button's iframe (<iframe data-penny-button src=".../embed/...">) on any
// page: lets the button set its own height. Only messages from Penny's origin (this script's) count.
(function () {
  "use strict";
  var script = document.currentScript;
  var penny = script ? new URL(script.src, window.location.href).origin : null;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!penny || event.origin !== penny || !data || data.type !== "penny:resize") {
      return;
    }
    var frames = document.querySelectorAll("iframe[data-penny-button]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.min(Math.max(Number(data.height) || 0, 60), 2000);
        frames[i].style.height = height + "px";
      }
    }
  });
})();
