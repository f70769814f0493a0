/** One command that runs Penny: embedded database, Payara Micro, demo stores. */
package dev.penny.launcher;
