/**
 * The data-source operations (CreateMmsDataSource, ListMmsDataSources, GetMmsDataSource,
 * UpdateMmsDataSource, DeleteMmsDataSource, ListMmsDataSourceConfigItems): their request and
 * response DTOs with the exact JSON names of the wire reference, the mapper from the domain and the
 * controller.
 */
package dev.mms.adapter.rest.datasource;
