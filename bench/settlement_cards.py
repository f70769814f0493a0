"""Saves a sandbox test card for each benchmark shopper at the checkout zone (sandbox only) and
prints the SQL rows of bench_card (shopper, token) for bench/settlement-seed.sql.

Usage: python3 bench/settlement_cards.py <base url> <zone secret> <shoppers> > cards.sql
"""
import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, secret, shoppers = sys.argv[1], sys.argv[2], int(sys.argv[3])


def save(n):
    shopper = f"settle-shopper-{n}"
    body = json.dumps({"shopper": shopper, "number": "4242424242424242", "expiry": "12/39"})
    request = urllib.request.Request(
        base + "/checkout/api/v1/sandbox/saved-cards",
        data=body.encode(),
        headers={"Authorization": "Bearer " + secret, "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return shopper, json.load(response)["token"]


with ThreadPoolExecutor(8) as pool:
    rows = list(pool.map(save, range(1, shoppers + 1)))

print("CREATE TEMPORARY TABLE bench_card (shopper VARCHAR(255) PRIMARY KEY, token VARCHAR(64));")
for start in range(0, len(rows), 1000):
    chunk = rows[start : start + 1000]
    print(
        "INSERT INTO bench_card VALUES "
        + ",".join(f"('{shopper}','{token}')" for shopper, token in chunk)
        + ";"
    )
