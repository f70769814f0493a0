/** What stores sell: categories, products with variants and images, and paid content items. */
package dev.penny.platform.catalog;
