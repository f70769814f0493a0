/** The demo stores seeded by the launcher. */
package dev.penny.storefront.demo;
