// Pays for a Penny resource with x402's own client (@x402/fetch), as a machine client would:
// the client reads the 402's PAYMENT-REQUIRED, picks the requirement of a scheme registered for
// its network ("exact" on "penny:*", Penny's scheme as its README describes it), sends
// PAYMENT-SIGNATURE and reads PAYMENT-RESPONSE.
//
//   node x402-pay.mjs <url> <spending key id> <spending key secret>
//
// Prints one JSON object: the answer's status and body, the requirements the client was given,
// the PAYMENT-SIGNATURE it sent and the PAYMENT-RESPONSE it decoded.
import { decodePaymentResponseHeader, wrapFetchWithPayment, x402Client } from "@x402/fetch";
import { createHmac, randomUUID } from "node:crypto";

const [url, keyId, secret] = process.argv.slice(2);

/** Penny's "exact" scheme: an HMAC over the requirement and a payment id, keyed with the secret. */
class PennyExactScheme {
  scheme = "exact";

  async createPaymentPayload(x402Version, requirement, context) {
    const paymentId = "pay_" + randomUUID().replaceAll("-", "");
    const signed = [
      "penny-402-v1",
      requirement.extra.resource,
      requirement.network,
      requirement.asset,
      requirement.amount,
      requirement.payTo,
      requirement.extra.nonce,
      paymentId,
    ].join("\n");
    const signature = createHmac("sha256", secret).update(signed).digest("base64url");
    // x402's payment-identifier extension: echoed as advertised, with the client's id added.
    const extensions = structuredClone(context?.extensions ?? {});
    if (extensions["payment-identifier"]) {
      extensions["payment-identifier"].info = { ...extensions["payment-identifier"].info, id: paymentId };
    }
    return { x402Version, payload: { keyId, signature }, extensions };
  }
}

const seen = { paymentRequired: null, paymentSignature: null };
const recordingFetch = async (request) => {
  if (request.headers.has("PAYMENT-SIGNATURE")) {
    seen.paymentSignature = request.headers.get("PAYMENT-SIGNATURE");
  }
  const response = await fetch(request);
  if (response.status === 402 && !seen.paymentRequired) {
    seen.paymentRequired = JSON.parse(
      Buffer.from(response.headers.get("PAYMENT-REQUIRED"), "base64").toString("utf8"));
  }
  return response;
};

const client = new x402Client()
  .register("penny:*", new PennyExactScheme())
  // Penny's asset is an ISO currency code, not a token x402's client knows: allowed explicitly.
  .setSpendControls({ allowedAssets: true });

const response = await wrapFetchWithPayment(recordingFetch, client)(url, {
  headers: { Accept: "application/json" },
});
const header = response.headers.get("PAYMENT-RESPONSE");
console.log(JSON.stringify({
  status: response.status,
  body: await response.text(),
  paymentRequired: seen.paymentRequired,
  paymentSignature: seen.paymentSignature,
  paymentResponse: header ? decodePaymentResponseHeader(header) : null,
}));
