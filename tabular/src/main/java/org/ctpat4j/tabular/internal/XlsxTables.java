package org.ctpat4j.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctpat4j.core.dossier.ProblemCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads and writes the XLSX workbook of a tabular dossier with fastexcel. Thread-safe. */
public final class XlsxTables {

  private XlsxTables() {}

  /** The sheets of a workbook and its date system. */
  public record Book(Map<String, RawTable> sheets, boolean date1904) {}

  /**
   * Reads every sheet of a workbook. A sheet's first row is its header. Numbers are kept as plain decimals (marked
   * numeric, so that a date column reads them as day serials), booleans as {@code true}/{@code false}, formulas as
   * their cached results; a cell holding an error value is a problem.
   *
   * @param in the workbook; read to its end, not closed
   * @param name the file as the caller named it
   * @param problems where problems go
   * @return the sheets by name, or {@code null} when the file is not a workbook (a problem says why)
   */
  public static Book read(InputStream in, String name, Problems problems) {
    Map<String, RawTable> out = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
        List<Row> rows = sheet.read();
        RawTable empty = new RawTable(name, sheet.getName(), 1, List.of(), List.of());
        if (rows.isEmpty()) {
          out.put(sheet.getName(), empty);
          continue;
        }
        Row first = rows.get(0);
        List<String> header = new ArrayList<>();
        for (String cell : cells(first, empty, problems, null)) {
          header.add(cell);
        }
        List<RawTable.Row> data = new ArrayList<>(rows.size());
        for (int r = 1; r < rows.size(); r++) {
          Row row = rows.get(r);
          boolean[] numeric = new boolean[row.getCellCount()];
          String[] cells = cells(row, empty, problems, numeric);
          data.add(new RawTable.Row(row.getRowNum(), cells, numeric));
        }
        out.put(sheet.getName(), new RawTable(name, sheet.getName(), first.getRowNum(), header, data));
      }
      return new Book(out, wb.isDate1904());
    } catch (IOException | RuntimeException e) {
      problems.file(
          null, name, ProblemCode.MALFORMED,
          "not a readable XLSX workbook (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "); save it as \"Excel Workbook (.xlsx)\"");
      return null;
    }
  }

  private static String[] cells(Row row, RawTable sheet, Problems problems, boolean[] numeric) {
    String[] cells = new String[row.getCellCount()];
    for (int i = 0; i < cells.length; i++) {
      Cell cell = row.getCell(i);
      cells[i] = "";
      if (cell == null || cell.getType() == CellType.EMPTY) {
        continue;
      }
      CellType type = cell.getType();
      String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
      if (type == CellType.ERROR) {
        problems.cell(
            sheet, row.getRowNum(), Assembler.columnLetter(i), ProblemCode.INVALID_VALUE,
            "the cell holds the error " + raw, "");
      } else if (type == CellType.NUMBER || type == CellType.FORMULA && isNumber(raw)) {
        cells[i] = isNumber(raw) ? new BigDecimal(raw).stripTrailingZeros().toPlainString() : raw;
        if (numeric != null) {
          numeric[i] = isNumber(raw);
        }
      } else if (type == CellType.BOOLEAN) {
        cells[i] = "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
      } else if (type == CellType.FORMULA) {
        cells[i] = raw;
      } else {
        cells[i] = cell.getText() == null ? "" : cell.getText();
      }
    }
    return cells;
  }

  private static boolean isNumber(String raw) {
    try {
      new BigDecimal(raw);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** One sheet to write. */
  public record SheetData(String name, List<Layout.Column> columns, List<String[]> rows) {}

  /**
   * Writes a workbook: one sheet per table, a bold frozen header row, numbers and booleans as typed cells, dates as
   * date cells shown {@code yyyy-mm-dd}, everything else (codes, ids, lists) as text.
   *
   * @param sheets the sheets
   * @param out the stream; flushed, not closed
   */
  public static void write(List<SheetData> sheets, OutputStream out) {
    try {
      Workbook wb = new Workbook(new NonClosing(out), "ctpat4j", "1.0");
      for (SheetData s : sheets) {
        Worksheet ws = wb.newWorksheet(s.name());
        for (int c = 0; c < s.columns().size(); c++) {
          ws.value(0, c, s.columns().get(c).name());
          ws.style(0, c).bold().set();
          ws.width(c, Math.max(10, Math.min(50, s.columns().get(c).name().length() + 4)));
        }
        ws.freezePane(0, 1);
        for (int r = 0; r < s.rows().size(); r++) {
          String[] row = s.rows().get(r);
          for (int c = 0; c < row.length; c++) {
            write(ws, r + 1, c, s.columns().get(c), row[c]);
          }
        }
        ws.finish();
      }
      wb.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook", e);
    }
  }

  private static void write(Worksheet ws, int r, int c, Layout.Column column, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!column.list()) {
      switch (column.kind()) {
        case NUMBER:
        case INTEGER:
          ws.value(r, c, new BigDecimal(text));
          return;
        case BOOLEAN:
          ws.value(r, c, Boolean.valueOf(text));
          return;
        case DATE:
          ws.value(r, c, LocalDate.parse(text));
          ws.style(r, c).format("yyyy-mm-dd").set();
          return;
        default:
          break;
      }
    }
    ws.value(r, c, text);
  }

  /** Keeps fastexcel from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
