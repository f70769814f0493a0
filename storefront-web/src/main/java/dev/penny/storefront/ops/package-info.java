/** Operator endpoints: ping and SQL statistics for the benchmark. */
package dev.penny.storefront.ops;
