#!/usr/bin/env python3
"""Buys on the harness shoppers' tabs while settlement runs charge them: metered calls of 0.0123
USD paid with each shopper's spending key, spread over every server given, by a few threads, for
a number of seconds (or until sent SIGTERM). Writes the id of every purchase a server acknowledged (answered 201) to OUT,
one per line, and prints how many were acknowledged, refused and unanswered.

Usage: tab_buyers.py PAYMENTS_KEY SHOPPERS SECONDS OUT BASE [BASE ...]
"""
import base64
import hashlib
import hmac
import itertools
import json
import random
import signal
import sys
import threading
import time
import urllib.error
import urllib.request

key = base64.b64decode(sys.argv[1].strip())
shoppers, seconds, out = int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
bases = sys.argv[5:]


def secret(n):
    hexid = format(n, "024x")
    mac = hmac.new(key, ("spending-key\nspk_" + hexid).encode(), hashlib.sha256).digest()
    return "sks_" + hexid + "_" + base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


secrets = {n: secret(n) for n in range(1, shoppers + 1)}
acknowledged, counts, lock = [], {"refused": 0, "unanswered": 0}, threading.Lock()
serial = itertools.count()
stop_at = time.time() + seconds


def stop(signum, frame):
    global stop_at
    stop_at = 0


signal.signal(signal.SIGTERM, stop)


def buy(worker):
    rng = random.Random(worker)
    while time.time() < stop_at:
        n = rng.randint(1, shoppers)
        number = next(serial)
        base = bases[number % len(bases)]
        request = urllib.request.Request(
            base + "/api/v1/stores/settle-001/metered",
            data=json.dumps({"meter": "harness", "amount": "0.0123"}).encode(),
            headers={
                "Authorization": "Bearer " + secrets[n],
                "Idempotency-Key": f"buyer-{worker}-{number}-{time.time_ns()}",
                "Content-Type": "application/json",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                body = json.load(response)
                with lock:
                    acknowledged.append(body["id"])
        except urllib.error.HTTPError:
            with lock:
                counts["refused"] += 1
        except (OSError, ValueError):
            with lock:
                counts["unanswered"] += 1
            time.sleep(0.2)


threads = [threading.Thread(target=buy, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(out, "w") as f:
    f.write("\n".join(acknowledged) + ("\n" if acknowledged else ""))
print(f"acknowledged {len(acknowledged)}, refused {counts['refused']}, unanswered {counts['unanswered']}")
