/** JSON-P support shared by the modules. */
package dev.penny.platform.json;
