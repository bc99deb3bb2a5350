/**
 * The services that implement the inbound ports, one per concept, and {@link
 * dev.mms.application.service.Inputs}, the one place where raw command inputs become typed values.
 */
package dev.mms.application.service;
