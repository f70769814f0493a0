/** Schema migration and persistence wiring shared by every module. */
package dev.penny.platform.persistence;
