#!/usr/bin/env python3
"""Orders placed and paid per second through Penny's checkout path, on loopback.

Each simulated shopper, over its own keep-alive connection, buys the demo eBook (digital: no
shipping, captured at once): add to cart, place the order, open the payment step (the zone opens
the payment), post the 4242 test card to the checkout zone on its own host, open the order page
(the store confirms with the zone, server to server, and marks the order paid). An order counts
only when its page says Paid.

Usage: checkout_load.py BASE_URL PORT ORDERS WORKERS
"""
import http.client
import re
import statistics
import sys
import threading
import time
import urllib.parse

BASE, PORT, ORDERS, WORKERS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
HOST = urllib.parse.urlparse(BASE).hostname


def request(conn, method, path, body=None, headers=None, host=None):
    h = {"Host": host or f"localhost:{PORT}"}
    if body is not None:
        h["Content-Type"] = "application/x-www-form-urlencoded"
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")


def ebook_variant():
    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
    _, _, home = request(conn, "GET", "/s/demo-books/c/fiction")
    for product in sorted(set(re.findall(r'href="/s/demo-books/p/(\d+)', home))) + [str(i) for i in range(1, 40)]:
        _, _, page = request(conn, "GET", f"/s/demo-books/p/{product}")
        match = re.search(r'value="(\d+)" data-sku="BK-E400"', page)
        if match:
            return match.group(1)
    raise SystemExit("the demo eBook (BK-E400) was not found")


def one_order(store, zone, variant):
    _, headers, _ = request(store, "POST", "/s/demo-books/cart/add", f"variant={variant}&quantity=1")
    cookie = re.search(r"(penny_cart=[^;]+)", headers.get("Set-Cookie", "")).group(1)
    # The checkout places the cart its page showed: its total and cart fingerprint are sent back.
    _, _, checkout = request(store, "GET", "/s/demo-books/checkout", headers={"Cookie": cookie})
    total = re.search(r'name="expected-total" value="(\d+)"', checkout).group(1)
    seen = re.search(r'name="expected-cart" value="([0-9a-f]{32})"', checkout).group(1)
    status, headers, _ = request(store, "POST", "/s/demo-books/checkout/place",
                                 f"email=bench%40example.com&expected-total={total}&expected-cart={seen}",
                                 {"Cookie": cookie})
    pay = headers["Location"]
    _, _, page = request(store, "GET", pay, headers={"Cookie": cookie})
    frame = re.search(r'src="http://pay\.localhost:\d+(/checkout/card\?[^"]+)"', page).group(1).replace("&amp;", "&")
    query = urllib.parse.parse_qs(urllib.parse.urlparse(frame).query)
    form = urllib.parse.urlencode({"payment": query["payment"][0], "secret": query["secret"][0],
                                   "card-number": "4242 4242 4242 4242", "card-expiry": "12/30",
                                   "card-cvc": "123"})
    request(zone, "POST", "/checkout/card", form, host=f"pay.localhost:{PORT}")
    _, _, order = request(store, "GET", pay.replace("/pay?", "?"), headers={"Cookie": cookie})
    return 'data-testid="order-status">Paid<' in order


def main():
    variant = ebook_variant()
    latencies, failures, lock = [], [0], threading.Lock()
    per_worker = ORDERS // WORKERS

    def work():
        store = http.client.HTTPConnection(HOST, PORT, timeout=30)
        zone = http.client.HTTPConnection(HOST, PORT, timeout=30)
        for _ in range(per_worker):
            started = time.perf_counter()
            try:
                ok = one_order(store, zone, variant)
            except Exception:  # a broken connection counts as a failed order
                ok = False
                store = http.client.HTTPConnection(HOST, PORT, timeout=30)
                zone = http.client.HTTPConnection(HOST, PORT, timeout=30)
            elapsed = time.perf_counter() - started
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    failures[0] += 1

    threads = [threading.Thread(target=work) for _ in range(WORKERS)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    if not latencies:
        raise SystemExit(f"no order was paid ({failures[0]} failed)")
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"orders paid: {len(latencies)}, failed: {failures[0]}, in {wall:.1f} s")
    print(f"orders placed and paid per second: {len(latencies) / wall:.1f}")
    print(f"one order (5 requests): p50 {p(0.50):.0f} ms, p99 {p(0.99):.0f} ms, mean {statistics.mean(latencies) * 1000:.0f} ms")


main()
