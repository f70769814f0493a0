/** The clock that domain code reads time from. */
package dev.penny.platform.time;
