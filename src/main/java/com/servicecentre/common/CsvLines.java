package com.servicecentre.common;

import java.util.List;

/**
 * CSV as Excel reads it: comma separated, CRLF line ends, quoted where needed. A cell that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) gets a leading single quote (OWASP CSV injection
 * advice), so -50 reads '-50.
 */
public final class CsvLines {

  private CsvLines() {}

  public static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
        cell = "'" + cell;
      }
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        cell = '"' + cell.replace("\"", "\"\"") + '"';
      }
      csv.append(cell);
    }
    csv.append("\r\n");
  }
}
