package dev.penny.cart.pricing;

import dev.penny.money.Money;

/**
 * What a cart costs. {@code total = subtotal - discount + shipping + tax}, exactly: every amount is
 * in micro-units and only the tax is rounded (once, to a micro-unit).
 */
public record CartTotals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {}
