// The embeddable button's frame (Penny's origin, inside another site's page). Penny's session
// cookie does not reach a frame on another site, so purchases carry a grant: the first click opens
// a pop-up on Penny's origin where the shopper signs in and allows the button; the pop-up posts the
// grant back to this frame (to Penny's origin only). The frame tells the page around it its height
// and when the article is unlocked; nothing secret leaves it.
(function () {
  "use strict";
  var body = document.body;
  var base = body.getAttribute("data-base");
  var storageKey = "penny-button-grant:" + body.getAttribute("data-store");
  var unlock = document.getElementById("embed-unlock");
  var status = document.getElementById("embed-status");
  var read = document.getElementById("embed-read");
  var grant = null;
  var waiting = null;
  // The site the frame is on (the page around it), as the browser tells this frame's own script:
  // the grant the shopper gives is for this site only, and the unlock is announced to it only.
  var site = (function () {
    if (window.parent === window) {
      return window.location.origin;
    }
    if (window.location.ancestorOrigins && window.location.ancestorOrigins.length > 0) {
      return window.location.ancestorOrigins[0];
    }
    try {
      return new URL(document.referrer).origin;
    } catch (e) {
      return "null";
    }
  })();
  storageKey = storageKey + ":" + site;
  try {
    grant = window.sessionStorage.getItem(storageKey);
  } catch (e) {
    grant = null;
  }

  function resize() {
    if (window.parent !== window) {
      window.parent.postMessage(
        { type: "penny:resize", height: document.documentElement.scrollHeight }, "*");
    }
  }

  function say(text) {
    status.textContent = text;
    resize();
  }

  function remember(value) {
    grant = value;
    try {
      if (value) {
        window.sessionStorage.setItem(storageKey, value);
      } else {
        window.sessionStorage.removeItem(storageKey);
      }
    } catch (e) {
      // Storage may be off in a third-party frame: the grant then lasts as long as the page.
    }
  }

  function headers(extra) {
    var h = { Accept: "application/json", "Penny-Button-Site": site };
    if (grant) {
      h.Authorization = "PennyButton " + grant;
    }
    Object.keys(extra || {}).forEach(function (k) { h[k] = extra[k]; });
    return h;
  }

  function unlocked() {
    unlock.hidden = true;
    read.hidden = false;
    say("Unlocked. Thank you!");
    if (window.parent !== window && site !== "null") {
      window.parent.postMessage(
        { type: "penny:unlocked", content: body.getAttribute("data-content") }, site);
    }
  }

  function key() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return "k" + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  function connect(then) {
    waiting = then;
    var popup = window.open(base + "/connect?site=" + encodeURIComponent(site),
      "penny-button-connect", "width=520,height=680");
    if (!popup) {
      waiting = null;
      say("Allow pop-ups for this page to sign in to Penny.");
      return;
    }
    say("Sign in to Penny in the window that opened, then allow the button.");
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== window.location.origin || !event.data
        || event.data.type !== "penny-button-grant" || typeof event.data.grant !== "string") {
      return;
    }
    remember(event.data.grant);
    var then = waiting;
    waiting = null;
    if (then) {
      then();
    }
  });

  function buy(path, form, idempotencyKey, done) {
    if (!grant) {
      connect(function () { buy(path, form, idempotencyKey, done); });
      return;
    }
    say("Paying…");
    fetch(base + "/" + path, {
      method: "POST",
      headers: headers({
        "Idempotency-Key": idempotencyKey,
        "Content-Type": "application/x-www-form-urlencoded"
      }),
      body: form
    }).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, json: json }; });
    }).then(function (answer) {
      if (answer.status === 401) {
        // The grant ran out: a new one needs a click (a pop-up opened now would be blocked).
        remember(null);
        say("Your permission for this button ran out: click again to sign in to Penny.");
      } else if (answer.status === 201 || answer.status === 200) {
        // 200: the same click answered again (Idempotent-Replayed): bought once.
        done(answer.json);
      } else if (answer.json.code === "already_owned") {
        unlocked();
      } else {
        say(answer.json.detail || answer.json.title || "Penny refused the payment.");
      }
    }).catch(function () {
      say("Penny could not be reached. Try again: the same click is never charged twice.");
    });
  }

  unlock.addEventListener("click", function () {
    // The price shown is sent: a price changed since is refused, never charged.
    buy("unlock", "price=" + encodeURIComponent(unlock.getAttribute("data-price")), key(),
      function () { unlocked(); });
  });

  Array.prototype.forEach.call(document.querySelectorAll("[data-amount]"), function (button) {
    button.addEventListener("click", function () {
      var amount = button.getAttribute("data-amount");
      buy("tip", "amount=" + encodeURIComponent(amount), key(), function (receipt) {
        say("Thank you for the tip of " + receipt.amountText + ".");
      });
    });
  });

  fetch(base + "/state", { headers: headers() }).then(function (response) {
    return response.json();
  }).then(function (state) {
    if (grant && !state.connected) {
      remember(null);
    }
    if (state.owned) {
      unlocked();
    }
  }).catch(function () {
    // The button still works: the first click connects.
  });
  resize();
  window.addEventListener("resize", resize);
})();
