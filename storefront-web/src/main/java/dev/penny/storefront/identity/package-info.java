/** Sign-in through Keycloak (OpenID Connect): configuration, sign-in, callback and sign-out. */
package dev.penny.storefront.identity;
