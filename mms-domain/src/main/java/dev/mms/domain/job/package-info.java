/**
 * Migration jobs: scope and config exactly as MMS describes them, stop/start, and the job status,
 * which is always derived from the job's tasks and never stored on its own.
 */
package dev.mms.domain.job;
