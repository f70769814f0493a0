/**
 * Which store a request or job works for: routing from host and path, the request-scoped context,
 * and the Hibernate hook that makes every tenant-owned query carry the store's id.
 */
package dev.penny.platform.tenancy;
