// Pays for a Penny resource with the IETF "Payment" HTTP authentication scheme as mppx (the
// scheme's reference implementation) reads and writes it: the challenge parsed from
// WWW-Authenticate, a credential for Penny's "penny" method sent as Authorization: Payment, the
// Payment-Receipt read back.
//
//   node ietf-pay.mjs <url> <spending key id> <spending key secret>
//
// Prints one JSON object: the challenge, the answer's status, body, PAYMENT-RESPONSE and the
// receipt as mppx reads it.
import { createHmac, randomUUID } from "node:crypto";
// mppx's package entry also loads its EVM methods (viem); the scheme's own modules suffice here.
import * as Challenge from "./node_modules/mppx/dist/Challenge.js";
import * as Credential from "./node_modules/mppx/dist/Credential.js";
import * as Receipt from "./node_modules/mppx/dist/Receipt.js";

const [url, keyId, secret] = process.argv.slice(2);

const first = await fetch(url, { headers: { Accept: "application/json" } });
if (first.status !== 402) {
  console.log(JSON.stringify({ status: first.status, body: await first.text() }));
  process.exit(0);
}
const challenge = Challenge.fromResponse(first);
const paymentId = "pay_" + randomUUID().replaceAll("-", "");
const request = challenge.request;
const signed = [
  "penny-402-v1",
  request.methodDetails.resource,
  challenge.realm,
  request.currency.toUpperCase(),
  request.amount,
  request.recipient,
  challenge.id,
  paymentId,
].join("\n");
const signature = createHmac("sha256", secret).update(signed).digest("base64url");
const credential = Credential.from({ challenge, payload: { keyId, paymentId, signature } });

// Only the credential: the scheme says a machine asks (no Accept header).
const paid = await fetch(url, { headers: { Authorization: Credential.serialize(credential) } });
const paymentResponse = paid.headers.get("PAYMENT-RESPONSE");
console.log(JSON.stringify({
  challenge,
  status: paid.status,
  body: await paid.text(),
  paymentResponse: paymentResponse
    ? JSON.parse(Buffer.from(paymentResponse, "base64").toString("utf8"))
    : null,
  receipt: paid.status === 200 ? Receipt.fromResponse(paid) : null,
}));
