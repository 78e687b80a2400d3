package org.ctpat4j.tabular.internal;

import java.util.List;

/**
 * A table as read from a CSV file or a workbook sheet, before any conversion: the header cells and the rows.
 *
 * @param file the file as the caller named it
 * @param sheet the sheet name, {@code ""} for a CSV file
 * @param headerRow the 1-based row of the header (1 in a CSV file)
 * @param header the header cells
 * @param rows the data rows, blank ones included
 */
public record RawTable(String file, String sheet, int headerRow, List<String> header, List<Row> rows) {

  /**
   * One data row.
   *
   * @param number the 1-based row number as a spreadsheet shows it (the header is row 1)
   * @param cells the cell texts, {@code ""} for an empty cell
   * @param numeric which cells hold a number in a workbook (a date column reads them as day serials), or {@code null}
   *     for a CSV row
   */
  public record Row(int number, String[] cells, boolean[] numeric) {

    /**
     * Returns whether every cell is empty or white space.
     *
     * @return {@code true} for a blank row
     */
    public boolean blank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns a cell.
     *
     * @param index the 0-based column index
     * @return the text, {@code ""} beyond the last cell
     */
    public String cell(int index) {
      return index < cells.length ? cells[index] : "";
    }

    /**
     * Returns whether a cell holds a workbook number.
     *
     * @param index the 0-based column index
     * @return {@code true} for a numeric workbook cell
     */
    public boolean isNumeric(int index) {
      return numeric != null && index < numeric.length && numeric[index];
    }
  }
}
