package com.servicecentre.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Who may change which decision table (deploy it from Modeler, try it with what-if), besides administrators: the
 * design manager and the office manager every table; finance only the price list of paid repairs it keeps. The
 * grant CREATE on DEPLOYMENT cannot tell one table from another, so {@link DecisionDeploymentGuard} asks here.
 */
public final class RuleOwners {

  /** Groups that may change every table. */
  static final List<String> ALL_TABLES = List.of("design-manager", "office-manager");

  /** Groups that may change only the tables they keep. */
  static final Map<String, Set<String>> OWN_TABLES = Map.of("finance", Set.of("repair-price-list"));

  private RuleOwners() {}

  /** Every group that may change some table: who may use what-if at all. */
  static List<String> anyTable() {
    List<String> groups = new ArrayList<>(ALL_TABLES);
    groups.addAll(OWN_TABLES.keySet().stream().sorted().toList());
    return groups;
  }

  /** Whether a person in these groups may change the decision. */
  static boolean mayChange(Collection<String> groups, String decisionKey) {
    if (groups.stream().anyMatch(ALL_TABLES::contains)) {
      return true;
    }
    return groups.stream().anyMatch(g -> OWN_TABLES.getOrDefault(g, Set.of()).contains(decisionKey));
  }

  /** The ids of the decisions a DMN file defines (read with no DTD and no external entities). */
  static List<String> decisionsIn(byte[] dmn) {
    List<String> ids = new ArrayList<>();
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(dmn == null ? new byte[0] : dmn));
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "decision".equals(xml.getLocalName())) {
            String id = xml.getAttributeValue(null, "id");
            ids.add(id == null ? "" : id);
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      // FeelOnly refuses a file that is not XML, naming the line.
    }
    return ids;
  }
}
