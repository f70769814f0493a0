/**
 * The embeddable button: a grant that lets the button's frame, on Penny's origin inside another
 * site's page, buy for a signed-in shopper in one store without the shopper's session cookie (which
 * browsers do not send to a frame on another site).
 */
package dev.penny.payments.button;
