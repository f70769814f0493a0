/**
 * The store's settlements in the tenant admin: the list and the run's progress (the CSV is served
 * by the admin's gate).
 */
package dev.penny.admin.settlement;
