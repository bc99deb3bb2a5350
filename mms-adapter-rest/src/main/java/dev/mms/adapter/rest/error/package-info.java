/**
 * Every refusal the API sends: {@link dev.mms.adapter.rest.error.Problem} (status, MMS-style code,
 * message, optional details) and the single mapping of domain errors onto it. Nothing here produces
 * HTML or a stack trace.
 */
package dev.mms.adapter.rest.error;
