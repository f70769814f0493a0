package dev.penny.storefront.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A call a shopper's client makes with a spending key ({@code Authorization: Bearer sks_...}), not
 * with a store's API key: the API-key filter leaves its {@code Authorization} to the resource,
 * which answers {@code spending_key_required} or {@code invalid_spending_key}, never {@code
 * invalid_api_key}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpendingKeyCall {}
