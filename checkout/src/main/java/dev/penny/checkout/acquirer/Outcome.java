package dev.penny.checkout.acquirer;

/** What an acquirer said about a request. */
public enum Outcome {
  APPROVED,
  DECLINED,
  /** The issuer wants the cardholder to authenticate (3-D Secure) before it decides. */
  CHALLENGE_REQUIRED,
  /** No answer (a timeout): the request may or may not have been done; ask its status. */
  UNKNOWN,
  /** The acquirer has no request with that id. */
  NOT_FOUND
}
