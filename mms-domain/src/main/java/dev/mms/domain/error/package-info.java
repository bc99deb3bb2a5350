/**
 * The one closed set of expected failures: every refusal of the domain and the use cases is a
 * {@link dev.mms.domain.error.DomainError} record named as a fact, never an exception.
 */
package dev.mms.domain.error;
