/**
 * Data sources: their type, their configuration (checked against the config items of the type)
 * and the STARTED/STOPPED lifecycle of the MMS data-source instance.
 */
package dev.mms.domain.source;
