/**
 * Tabular dossiers: {@link org.ctpat4j.tabular.TabularDossierReader} reads a folder of CSV files or an XLSX workbook
 * into a {@link org.ctpat4j.core.dossier.Dossier}, {@link org.ctpat4j.tabular.TabularDossierWriter} writes one, and
 * {@link org.ctpat4j.tabular.ColumnMapping} maps the headers and formats of other exports onto the tables.
 *
 * <p>Every problem names the file, the sheet (for a workbook), the row and the column ({@link
 * org.ctpat4j.tabular.CellProblem}). Nothing in this package accepts or returns {@code null} unless its documentation
 * says so; all public types are immutable and thread-safe.
 */
package org.ctpat4j.tabular;
