/**
 * The metadata-scan and async-task operations (CreateMmsFetchMetadataJob, GetMmsFetchMetadataJob,
 * GetMmsAsyncTask): their DTOs, mapper and controller.
 */
package dev.mms.adapter.rest.metadata;
