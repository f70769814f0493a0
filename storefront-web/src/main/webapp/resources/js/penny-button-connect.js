// The pop-up that connects an embedded Penny button: hands the grant to the frame that opened it
// (only if that frame is on Penny's own origin) and closes.
(function () {
  "use strict";
  var grant = document.body.getAttribute("data-grant");
  if (window.opener && grant) {
    window.opener.postMessage({ type: "penny-button-grant", grant: grant }, window.location.origin);
    window.close();
  }
})();
