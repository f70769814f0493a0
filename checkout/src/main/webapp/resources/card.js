// The card page's only script (served from the zone's origin, allowed by its CSP): tells the
// store's page, and only that origin, when the payment has a result, and reloads while the bank's
// answer is awaited. It never reads or sends card details.
(function () {
  "use strict";
  var body = document.body;
  var status = body.getAttribute("data-status");
  var origin = body.getAttribute("data-parent-origin");
  var payment = body.getAttribute("data-payment");
  if (window.parent !== window && origin) {
    window.parent.postMessage({ type: "penny.payment", payment: payment, status: status }, origin);
  }
  var wait = document.querySelector("[data-reload]");
  if (wait) {
    setTimeout(function () {
      window.location.reload();
    }, 1000 * Number(wait.getAttribute("data-reload")));
  }
})();
