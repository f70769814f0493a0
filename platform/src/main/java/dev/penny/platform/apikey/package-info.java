/**
 * API keys of a store: a secret shown once, kept only as a hash, that scopes every API call to the
 * store that made it.
 */
package dev.penny.platform.apikey;
