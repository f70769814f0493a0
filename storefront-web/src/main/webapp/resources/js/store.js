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
