package dev.mms.domain.job;

/** What a job covers, with the MMS wire names: a database, listed tables, or listed partitions. */
public enum JobScope {
  Database,
  Tables,
  Partitions
}
