/** The store's webhook endpoints and deliveries in the tenant admin. */
package dev.penny.admin.webhook;
