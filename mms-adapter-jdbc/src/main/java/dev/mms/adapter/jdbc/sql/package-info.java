/**
 * What every repository of the store shares: the thread-bound transaction ({@code Db}), the
 * dialects, paging and filter building, instants as stored, and the one exception type that
 * database failures leave the adapter as.
 */
package dev.mms.adapter.jdbc.sql;
