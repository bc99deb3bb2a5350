/** Use cases of migration jobs: create (or plan without creating), list, read, start, stop, retry, delete. */
package dev.mms.application.port.in.job;
