package com.servicecentre.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The FEEL-only check of a DMN file, read as XML before any engine sees it. */
class FeelOnlyTest {

  @Test
  void everyTableOfTheReleaseIsFeelOnly() throws Exception {
    try (var files = Files.list(Path.of("decisions"))) {
      for (Path file : files.toList()) {
        assertThatCode(() -> FeelOnly.check(file.getFileName().toString(), Files.readAllBytes(file)))
            .as(file.toString()).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void feelInEachOfItsSpellingsPasses() {
    for (String feel : new String[] {"feel", "FEEL", "http://www.omg.org/spec/FEEL/20140401",
        "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
        "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/"}) {
      assertThatCode(() -> check(table("expressionLanguage=\"" + feel + "\"", ""))).as(feel)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void anyOtherLanguageAnywhereIsRefusedNamingTheElement() {
    assertThatThrownBy(() -> check(table("expressionLanguage=\"juel\"", "")))
        .isInstanceOf(CodeInDecisionTable.class)
        .hasMessageStartingWith("决策表只能使用 FEEL 表达式：t.dmn 中 definitions defs「定义」")
        .hasMessageContaining("juel");
    assertThatThrownBy(() -> check(table("", "expressionLanguage=\"groovy\"")))
        .hasMessageContaining("outputEntry out-1（决策 d「决策一」，规则 r，第 ").hasMessageContaining("groovy");
    // Near misses of FEEL are not FEEL to the engine either.
    for (String notFeel : new String[] {"", " feel", "feel ", "javascript", "JUEL", "python", "ecmascript",
        "https://www.omg.org/spec/DMN/20191111/FEEL", "http://www.omg.org/spec/FEEL/20140401/"}) {
      assertThatThrownBy(() -> check(table("", "expressionLanguage=\"" + notFeel + "\""))).as(notFeel)
          .isInstanceOf(CodeInDecisionTable.class);
    }
    // A prefixed attribute or an element the engine does not evaluate is refused all the same.
    assertThatThrownBy(() -> check(table("xmlns:x=\"urn:x\" x:expressionLanguage=\"juel\"", "")))
        .hasMessageContaining("juel");
  }

  @Test
  void everyOffendingElementIsListed() {
    String twice = table("", "expressionLanguage=\"juel\"")
        .replace("<inputEntry id=\"in-1\">", "<inputEntry id=\"in-1\" expressionLanguage=\"javascript\">");
    assertThatThrownBy(() -> check(twice)).hasMessageContaining("inputEntry in-1").hasMessageContaining("javascript")
        .hasMessageContaining("outputEntry out-1").hasMessageContaining("juel");
  }

  @Test
  void fileThatCannotBeReadAsPlainXmlIsRefused() {
    assertThatThrownBy(() -> check("<definitions>half a table")).isInstanceOf(CodeInDecisionTable.class)
        .hasMessageContaining("不是可用的 DMN");
    // An entity could hide the language from a reader that does not expand it.
    String hidden = "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY l \"juel\">]>"
        + table("expressionLanguage=\"&l;\"", "").replaceFirst("<\\?xml[^>]*\\?>", "");
    assertThatThrownBy(() -> check(hidden)).isInstanceOf(CodeInDecisionTable.class).hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> FeelOnly.check("t.dmn", new byte[0])).isInstanceOf(CodeInDecisionTable.class);
  }

  @Test
  void dmnResourcesAreThoseTheEngineDeploysAsDmn() {
    assertThat(FeelOnly.isDmnResource("decisions/a.dmn")).isTrue();
    assertThat(FeelOnly.isDmnResource("A.DMN")).isTrue();
    assertThat(FeelOnly.isDmnResource("a.dmn11.xml")).isTrue();
    assertThat(FeelOnly.isDmnResource("a.bpmn")).isFalse();
    assertThat(FeelOnly.isDmnResource("a.form")).isFalse();
  }

  private static void check(String dmn) {
    FeelOnly.check("t.dmn", dmn.getBytes(StandardCharsets.UTF_8));
  }

  private static String table(String onDefinitions, String onOutputEntry) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs" name="定义" %s
            namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="d" name="决策一">
            <decisionTable id="t">
              <input id="i" label="x"><inputExpression id="ie" typeRef="integer"><text>x</text></inputExpression></input>
              <output id="o" name="y" typeRef="string" />
              <rule id="r"><inputEntry id="in-1"><text>-</text></inputEntry>
                <outputEntry id="out-1" %s><text>"ok"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(onDefinitions, onOutputEntry);
  }
}
