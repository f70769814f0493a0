/** What every plain servlet of the storefront shares: the methods it answers and says it does. */
package dev.penny.storefront.servlet;
