// The personal parts of a shared store page: who is signed in, and the mini-cart's count. The
// page itself is the same for every visitor (and may come from the response cache); these are
// fetched beside it from /session. Names are set as text, never as markup.
(function () {
  "use strict";
  var account = document.getElementById("store-account");
  var count = document.getElementById("mini-cart-count");
  if (!account || !window.fetch) {
    return;
  }
  function signedIn(me) {
    var link = document.createElement("a");
    link.id = "account-link";
    link.href = me.accountUrl;
    var name = document.createElement("bdi");
    name.textContent = me.name;
    link.appendChild(name);
    var form = document.createElement("form");
    form.method = "post";
    form.action = me.signOut.action;
    form.className = "sign-out-form";
    [["return", me.signOut.returnPath], ["csrf", me.signOut.csrf]].forEach(function (field) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = field[0];
      input.value = field[1];
      form.appendChild(input);
    });
    var button = document.createElement("button");
    button.type = "submit";
    button.id = "sign-out";
    button.textContent = "Sign out";
    form.appendChild(button);
    account.replaceChildren(link, form);
  }
  // The wallet's balance and the tab's progress, beside the account link on every store page.
  function wallet(me) {
    var shown = document.getElementById("header-wallet");
    if (!shown) {
      shown = document.createElement("a");
      shown.id = "header-wallet";
      shown.className = "header-wallet";
      shown.setAttribute("data-testid", "header-wallet");
      account.insertBefore(shown, account.querySelector("form"));
    }
    shown.href = me.wallet.url;
    shown.textContent =
      "Wallet " + me.wallet.balance + (me.wallet.tab ? " · Tab " + me.wallet.tab : "");
  }
  fetch(account.getAttribute("data-session-url"), {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (me) {
      if (me) {
        if (me.signedIn && account.getAttribute("data-loaded") !== "true") {
          signedIn(me);
        }
        if (me.signedIn && me.wallet) {
          wallet(me);
        }
        if (count && typeof me.cartCount === "number") {
          count.textContent = String(me.cartCount);
          count.setAttribute("data-count", String(me.cartCount));
        }
      }
    })
    .catch(function () {})
    .finally(function () {
      account.setAttribute("data-loaded", "true");
    });
})();

// A payment step (an order's, or paying a tab with a new card): the checkout zone's card page
// (another origin, in the frame) says when the payment went through; only a message from that
// origin is listened to, and it only moves the shopper on to the next page (the order's, the
// wallet's), where the server asks the zone itself.
(function () {
  "use strict";
  var step = document.getElementById("payment-step");
  if (!step) {
    return;
  }
  var zone = step.getAttribute("data-zone-origin");
  var nextUrl = step.getAttribute("data-next-url");
  window.addEventListener("message", function (event) {
    if (event.origin !== zone || !event.data || event.data.type !== "penny.payment") {
      return;
    }
    if (event.data.status === "authorized" || event.data.status === "captured") {
      window.location.assign(nextUrl);
    }
  });
})();
// One-click forms carry a one-time key, so that a double click moves money once. A shared page
// comes from the response cache with the key of its rendering; each page load takes a key of its
// own here, so that two purchases a minute apart from the same cached page are two purchases.
(function () {
  "use strict";
  var crypto = window.crypto;
  if (!crypto || !crypto.getRandomValues) {
    return;
  }
  document.querySelectorAll("input[data-form-key]").forEach(function (input) {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    input.value = Array.prototype.map
      .call(bytes, function (b) {
        return (b + 256).toString(16).slice(1);
      })
      .join("");
  });
})();
