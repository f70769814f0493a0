/** The public REST API under /api/v1 and its problem+json mapping. */
package dev.penny.storefront.api;
