/**
 * What travels on the wire: the one Jackson mapper, the success envelope and page, request ids, the
 * JSON body decoder and the parsers for the query-string quirks of the MMS SDKs.
 */
package dev.mms.adapter.rest.wire;
