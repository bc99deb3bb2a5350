/**
 * The route table of the API: the 36 MMS operations of the wire reference (name, method, path) plus
 * the dry run of CreateMmsJob, how a request finds its operation, and the endpoint contract that
 * controllers implement. The same table names the RAM action of every request.
 */
package dev.mms.adapter.rest.route;
