package com.servicecentre.audit;

import com.servicecentre.common.CsvLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON audit trail as one CSV table: a row per entry, the first column naming the section (case,
 * activities, tasks, variableChanges, decisions, operations), then every field that occurs in any section.
 * A list inside an entry (candidate groups, decision inputs and outputs) becomes one cell: items separated by
 * "; ", the fields of an item as "name=value" separated by ", ". Cells are escaped as {@link CsvLines} says.
 */
public final class AuditCsv {

  private AuditCsv() {}

  public static String of(CaseAuditTrail trail, ObjectMapper json) {
    JsonNode tree = json.valueToTree(trail);
    List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> sections = tree.fields(); sections.hasNext();) {
      Map.Entry<String, JsonNode> section = sections.next();
      Iterable<JsonNode> entries = section.getValue().isArray()
          ? section.getValue() : json.createArrayNode().add(section.getValue());
      for (JsonNode entry : entries) {
        entry.fieldNames().forEachRemaining(columns::add);
        rows.add(Map.entry(section.getKey(), entry));
      }
    }
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("section"));
    header.addAll(columns);
    line(csv, header);
    for (Map.Entry<String, JsonNode> row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.getKey()));
      for (String column : columns) {
        cells.add(cell(row.getValue().get(column)));
      }
      line(csv, cells);
    }
    return csv.toString();
  }

  static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      ((ArrayNode) value).forEach(item -> items.add(cell(item)));
      return String.join("; ", items);
    }
    if (value.isObject()) {
      List<String> fields = new ArrayList<>();
      value.fields().forEachRemaining(f -> fields.add(f.getKey() + "=" + cell(f.getValue())));
      return String.join(", ", fields);
    }
    return value.asText();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    CsvLines.line(csv, cells);
  }
}
