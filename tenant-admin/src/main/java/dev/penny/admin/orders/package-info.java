/** The merchant's orders and coupons: lists, an order's detail with fulfil, cancel and refund. */
package dev.penny.admin.orders;
