/** Domain refusals with stable codes, and their RFC 9457 problem+json form. */
package dev.penny.platform.problem;
