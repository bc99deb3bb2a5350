/**
 * The one paging, filtering and sorting model shared by every list use case and every
 * repository query, so that no list operation re-invents it.
 */
package dev.mms.application.port.query;
