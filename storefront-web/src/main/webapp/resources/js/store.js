// The personal part of a shared store page: the mini-cart's count. The page itself is the same
// for every visitor (and may come from the response cache); the count is fetched beside it.
(function () {
  "use strict";
  var count = document.getElementById("mini-cart-count");
  if (!count || !window.fetch) {
    return;
  }
  fetch(count.getAttribute("data-count-url"), {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (body) {
      if (body && typeof body.count === "number") {
        count.textContent = String(body.count);
        count.setAttribute("data-count", String(body.count));
      }
    })
    .catch(function () {});
})();

// The payment step: the checkout zone's card page (another origin, in the frame) says when the
// payment went through; only a message from that origin is listened to, and it only moves the
// shopper on to the order's page, where the server asks the zone itself.
(function () {
  "use strict";
  var step = document.getElementById("payment-step");
  if (!step) {
    return;
  }
  var zone = step.getAttribute("data-zone-origin");
  var orderUrl = step.getAttribute("data-order-url");
  window.addEventListener("message", function (event) {
    if (event.origin !== zone || !event.data || event.data.type !== "penny.payment") {
      return;
    }
    if (event.data.status === "authorized" || event.data.status === "captured") {
      window.location.assign(orderUrl);
    }
  });
})();
