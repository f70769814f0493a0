#!/usr/bin/env python3
"""Writes the wrk script of the micro-charges benchmark: the 1,001 seeded spending keys' secrets
(derived from the platform's payments key as Penny derives them: sks_<hex>_<base64url HMAC-SHA256
of "spending-key\\n" + key id>), and a request() that pays a metered call of 0.000001 USD with a
new Idempotency-Key each time, one call in four by the hot shopper (bench-0).

Usage: micro_secrets.py PAYMENTS_KEY_BASE64 OUT.lua [naive]
"""
import base64
import hashlib
import hmac
import sys

key = base64.b64decode(sys.argv[1].strip())
out = sys.argv[2]
naive = len(sys.argv) > 3 and sys.argv[3] == "naive"

secrets = []
for seq in range(1001):
    hexid = format(seq, "024x")
    public_id = "spk_" + hexid
    mac = hmac.new(key, ("spending-key\n" + public_id).encode(), hashlib.sha256).digest()
    secrets.append("sks_" + hexid + "_" + base64.urlsafe_b64encode(mac).rstrip(b"=").decode())

with open(out, "w") as lua:
    lua.write("local secrets = {\n")
    for s in secrets:
        lua.write(f'  "{s}",\n')
    lua.write("}\n")
    lua.write(f"local naive = {'true' if naive else 'false'}\n")
    lua.write('''
local threads = {}
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local counter = 0
refused = 0
function init(args)
  math.randomseed(os.time() + id * 7919)
  prefix = "b" .. id .. "-" .. os.time() .. "-" .. math.random(1, 1000000000)
end

function request()
  counter = counter + 1
  local i = 1
  if counter % 4 ~= 0 then
    i = math.random(2, #secrets)
  end
  local headers = {
    ["Authorization"] = "Bearer " .. secrets[i],
    ["Idempotency-Key"] = prefix .. "-" .. counter,
    ["Content-Type"] = "application/json",
  }
  if naive then
    headers["Penny-Bench-Ledger"] = "naive"
  end
  return wrk.format("POST", "/api/v1/stores/demo-books/metered", headers,
    '{"meter":"bench","amount":"0.000001"}')
end

function response(status, headers, body)
  if status ~= 201 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + (t:get("refused") or 0)
  end
  io.write(string.format("not 201: %d of %d\\n", total, summary.requests))
end
''')
