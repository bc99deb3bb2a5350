/**
 * Planning: the pure function from a job config, a catalog snapshot and the live tasks to the
 * tables and partitions a job migrates, the task groups they form and what is skipped and why.
 */
package dev.mms.domain.plan;
