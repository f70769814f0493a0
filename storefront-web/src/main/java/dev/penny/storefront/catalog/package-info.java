/** The catalog as the storefront reads it: immutable views, their loader and caches. */
package dev.penny.storefront.catalog;
