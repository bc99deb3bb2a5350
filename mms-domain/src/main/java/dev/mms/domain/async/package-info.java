/**
 * Async tasks: long operations the API answers at once with an id to poll (job creation, stop,
 * metadata scans, connection tests), with progress and a result.
 */
package dev.mms.domain.async;
