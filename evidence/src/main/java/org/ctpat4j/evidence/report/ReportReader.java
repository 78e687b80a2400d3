package org.ctpat4j.evidence.report;

import java.io.InputStream;
import java.util.Objects;
import org.ctpat4j.core.CtpatException;
import org.ctpat4j.evidence.ComplianceReport;
import org.ctpat4j.evidence.internal.json.ReportJsonReader;

/**
 * Reads the JSON form of a report ({@code ctpat4j-report/1}, as {@link ReportRenderer#json()} writes it) back into a
 * {@link ComplianceReport}, for test suites and tools that consume reports; it is the library's one parser of report
 * JSON. Fields ctpat4j does not know are ignored; missing required fields, a duplicate key and content after the
 * report are errors.
 *
 * <pre>{@code
 * ComplianceReport lastMonth = ReportReader.read(Files.readString(Path.of("report-2026-10.json")));
 * }</pre>
 */
public final class ReportReader {

  private ReportReader() {}

  /**
   * Reads a report.
   *
   * @param json the JSON text; never null
   * @return the report; never null
   * @throws CtpatException if the text is not a {@code ctpat4j-report/1} document
   */
  public static ComplianceReport read(String json) {
    return ReportJsonReader.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a report from a stream, which is not closed.
   *
   * @param in the stream (UTF-8); never null
   * @return the report; never null
   * @throws CtpatException if the text is not a {@code ctpat4j-report/1} document
   */
  public static ComplianceReport read(InputStream in) {
    return ReportJsonReader.read(Objects.requireNonNull(in, "in"));
  }
}
