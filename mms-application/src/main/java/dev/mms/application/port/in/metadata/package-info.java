/** Use cases of metadata scans and of the async tasks every long operation is polled through. */
package dev.mms.application.port.in.metadata;
