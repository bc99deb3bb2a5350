/**
 * The scanned-catalog operations (ListMmsDbs, GetMmsDb, UpdateMmsDb, ListMmsTables, GetMmsTable,
 * UpdateMmsTable, UpdateMmsTables, ListMmsPartitions, GetMmsPartition): their DTOs, mapper and
 * controller.
 */
package dev.mms.adapter.rest.catalog;
