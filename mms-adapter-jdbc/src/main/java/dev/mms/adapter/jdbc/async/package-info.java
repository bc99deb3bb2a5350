/** Async tasks (job creation, stop, scans, connection tests). */
package dev.mms.adapter.jdbc.async;
