/** The store's settlements in the tenant admin: the list, the run's progress, the CSV. */
package dev.penny.admin.settlement;
