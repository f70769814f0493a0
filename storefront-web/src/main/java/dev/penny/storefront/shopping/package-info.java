/**
 * The shopper's cart on the store pages: the cart cookie, the cart's form actions and the cart
 * page. Actions answer with a redirect to the cart page (post, redirect, get), carrying a notice or
 * a problem code, never text from the request.
 */
package dev.penny.storefront.shopping;
