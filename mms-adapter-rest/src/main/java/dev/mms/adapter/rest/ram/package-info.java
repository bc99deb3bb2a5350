/**
 * Authorization as RAM does it: a policy document per AccessKey (Allow and Deny statements over
 * {@code odps:<Operation>} actions and {@code acs:odps:<region>:<account>:mmsdatasource/<id>}
 * resources, with {@code *} and {@code ?} wildcards); an explicit Deny wins and nothing is allowed
 * by default.
 */
package dev.mms.adapter.rest.ram;
