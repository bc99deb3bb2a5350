/**
 * The MMS OpenAPI (2022-01-04) over HTTP: a Javalin server that routes the 36 operations of the
 * wire reference, checks ACS3-HMAC-SHA256 signatures and RAM-style policies, answers in the {@code
 * {"requestId","data"}} envelope and maps every refusal to an MMS-style JSON error. The composition
 * root needs only {@link dev.mms.adapter.rest.RestServer}, {@link
 * dev.mms.adapter.rest.RestSettings} and {@link dev.mms.adapter.rest.UseCases}; sub-packages hold
 * the concepts: routes, wire formats, errors, authentication, authorization, and one controller per
 * group of operations (data sources, metadata scans, catalog, jobs, tasks, timers).
 */
package dev.mms.adapter.rest;
