/** Use cases of data sources: register, list, read (config masked), update, delete, config items. */
package dev.mms.application.port.in.datasource;
