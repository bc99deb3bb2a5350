/** JSON text of the values the store keeps in one column (job configs, table schemas, data-source configs). */
package dev.mms.adapter.jdbc.json;
