package com.servicecentre.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decision tables carrying code, as an attacker would write them: JUEL that creates a file when evaluated. */
final class CodeInTables {

  private CodeInTables() {}

  static String designerAssignment() throws IOException {
    return Files.readString(Path.of("decisions/designer-assignment.dmn"));
  }

  /** JUEL reaching java.io.File by reflection; evaluating it creates {@code file}. */
  static String fileCreatingJuel(Path file) {
    return "${\"\".getClass().forName(\"java.io.File\").getDeclaredConstructor(\"\".getClass()).newInstance(\""
        + file + "\").createNewFile()}";
  }

  /** designer-assignment whose small-order output (amounts up to 30000) is that JUEL. */
  static String smallOrderOutputInJuel(Path file) throws IOException {
    String table = designerAssignment();
    String feel = "<outputEntry id=\"size-small\"><text>\"small\"</text></outputEntry>";
    if (!table.contains(feel)) {
      throw new IllegalStateException("designer-assignment.dmn changed: " + feel + " not found");
    }
    return table.replace(feel,
        "<outputEntry id=\"size-small\" expressionLanguage=\"juel\"><text>" + fileCreatingJuel(file) + "</text></outputEntry>");
  }
}
