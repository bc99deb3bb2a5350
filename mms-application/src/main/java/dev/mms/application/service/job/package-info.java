/** The job use cases: validated creation through the planner, listing, start, stop, retry, delete. */
package dev.mms.application.service.job;
