/**
 * The migration-job operations (CreateMmsJob, ListMmsJobs, GetMmsJob, DeleteMmsJob, StartMmsJob,
 * StopMmsJob, RetryMmsJob) and the dry run: their DTOs, with the job {@code config} object and all
 * its keys, the mapper and the controller.
 */
package dev.mms.adapter.rest.job;
