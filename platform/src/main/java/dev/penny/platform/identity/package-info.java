/** Who a signed-in user is to a store: memberships and roles from the identity provider. */
package dev.penny.platform.identity;
