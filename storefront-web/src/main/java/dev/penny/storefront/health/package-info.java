/** MicroProfile Health checks. */
package dev.penny.storefront.health;
