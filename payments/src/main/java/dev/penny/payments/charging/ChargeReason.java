package dev.penny.payments.charging;

/** Why a tab was charged. */
public enum ChargeReason {
  THRESHOLD,
  AGE,
  IDLE,
  PAY_NOW
}
