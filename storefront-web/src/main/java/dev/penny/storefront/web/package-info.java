/** Store pages: request routing and tenant binding, Faces backing beans, the response cache. */
package dev.penny.storefront.web;
