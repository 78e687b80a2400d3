/**
 * The implementation of tabular dossiers: the table layout derived from the dossier model, CSV and XLSX sources and
 * sinks, and the assembly of rows into the JSON tree that the core reader checks. Not API.
 */
package org.ctpat4j.tabular.internal;
