/** Metadata scans (read a source's catalog, merge it into the stored one) and async task lookups. */
package dev.mms.application.service.metadata;
