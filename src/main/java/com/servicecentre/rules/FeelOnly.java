package com.servicecentre.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * Decision tables hold FEEL only. JUEL reaches any Java class by reflection and a script language is code, so a
 * DMN file in which the definitions or any element declares another expression language is refused, whoever
 * deploys it. Only the file is read here; nothing is parsed into an engine that could evaluate it.
 */
public final class FeelOnly {

  static final String REFUSAL = "决策表只能使用 FEEL 表达式：";

  /** The FEEL namespaces of DMN 1.1 to 1.5; Camunda also takes "feel" in any case. Absent means FEEL too. */
  private static final Set<String> FEEL = Set.of(
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

  private static final int MAX_LISTED = 20;

  private static final Map<String, String> PARENTS = Map.of("input", "输入列", "output", "输出列", "rule", "规则");

  private FeelOnly() {}

  /** Exactly what Camunda evaluates as FEEL; anything else (even " feel") would reach JUEL or a script engine. */
  public static boolean isFeel(String expressionLanguage) {
    return expressionLanguage == null || FEEL.contains(expressionLanguage)
        || expressionLanguage.toLowerCase(Locale.ROOT).equals(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE);
  }

  /** Resource names the engine deploys as DMN (its suffixes "dmn" and "dmn11.xml"), in any case. */
  public static boolean isDmnResource(String resourceName) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    return name.endsWith("dmn") || name.endsWith("dmn11.xml");
  }

  /**
   * Refuses the file unless every expressionLanguage in it is FEEL. A file that cannot be read as plain XML (or
   * that declares a DOCTYPE, whose entities could hide an attribute) is refused too: what is not read is not
   * checked.
   */
  public static void check(String resourceName, byte[] dmn) {
    List<String> found = new ArrayList<>();
    // The JDK's own StAX parser, whatever else is on the class path; no DTD, no external entities.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader xml = null;
    int line = 0;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(dmn == null ? new byte[0] : dmn));
      // The open elements, innermost first, each as it is named in a message.
      Deque<String[]> open = new ArrayDeque<>();
      while (xml.hasNext()) {
        int event = xml.next();
        line = xml.getLocation().getLineNumber();
        if (event == XMLStreamConstants.DTD) {
          throw new CodeInDecisionTable(resourceName + " 不是可用的 DMN：不得含 DOCTYPE 声明");
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          open.poll();
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = xml.getLocalName();
        String id = attribute(xml, "id");
        String label = attribute(xml, "name") != null ? attribute(xml, "name") : attribute(xml, "label");
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          // Any namespace and any case: a variant the engine ignores costs nothing to refuse.
          if (xml.getAttributeLocalName(i).equalsIgnoreCase("expressionLanguage") && !isFeel(xml.getAttributeValue(i))) {
            found.add(named(element, id, label) + "（" + context(open) + "第 " + line + " 行）声明了 "
                + shortened(xml.getAttributeValue(i)));
          }
        }
        open.push(new String[] {element, id, label});
      }
    } catch (XMLStreamException e) {
      int at = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
      throw new CodeInDecisionTable(resourceName + " 不是可用的 DMN：XML 第 " + at + " 行有误");
    } finally {
      close(xml);
    }
    if (!found.isEmpty()) {
      List<String> listed = found.size() > MAX_LISTED ? found.subList(0, MAX_LISTED) : found;
      throw new CodeInDecisionTable(REFUSAL + resourceName + " 中 " + String.join("；", listed)
          + (found.size() > MAX_LISTED ? "；等共 " + found.size() + " 处" : "")
          + "。请删去这些 expressionLanguage，只用 FEEL。");
    }
  }

  /** Where the element sits, as Modeler shows it: the decision, and the column or rule it belongs to. */
  private static String context(Deque<String[]> open) {
    StringBuilder where = new StringBuilder();
    String[] parent = open.peek();
    for (String[] element : open) {
      if (element[0].equals("decision")) {
        where.append(named("决策", element[1], element[2])).append("，");
        break;
      }
    }
    if (parent != null && PARENTS.containsKey(parent[0])) {
      where.append(named(PARENTS.get(parent[0]), parent[1], parent[2])).append("，");
    }
    return where.toString();
  }

  private static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private static String named(String element, String id, String label) {
    return element + (id == null ? "（无 id）" : " " + shortened(id))
        + (label == null || label.isBlank() ? "" : "「" + shortened(label) + "」");
  }

  /** The values come from the uploaded file: keep what is echoed short. */
  private static String shortened(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // nothing left to read
      }
    }
  }
}
