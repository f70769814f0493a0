package dev.penny.payments.purchase;

/** Where a purchase was made: a store page, the API, an HTTP 402 payment, the embedded button. */
public enum Channel {
  PAGE,
  API,
  HTTP402,
  BUTTON
}
