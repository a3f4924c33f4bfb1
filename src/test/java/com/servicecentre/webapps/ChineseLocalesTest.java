package com.servicecentre.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale files against the English ones of the Camunda webjar on the classpath: every key Camunda has
 * is translated (a Camunda upgrade that adds keys fails here, naming them), with the same placeholders, and the
 * configuration we put in place of Camunda's config.js keeps English available and what Camunda's file set.
 */
class ChineseLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasItsChineseText(String webapp) throws IOException {
    JsonNode english = read(camundasOwn(webapp + "/locales/en.json"));
    JsonNode chinese = read(ours(webapp + "/locales/zh.json"));

    Set<String> missing = new TreeSet<>(fieldNames(english.get("labels")));
    missing.removeAll(fieldNames(chinese.get("labels")));
    assertThat(missing).as(webapp + ": keys of Camunda's en.json without a Chinese text in our zh.json").isEmpty();
    if (english.has("dateLocales")) {
      assertThat(fieldNames(chinese.get("dateLocales"))).as(webapp + ": dateLocales")
          .isEqualTo(fieldNames(english.get("dateLocales")));
    }

    List<String> wrong = new ArrayList<>();
    english.get("labels").fields().forEachRemaining(label -> {
      String text = chinese.get("labels").get(label.getKey()).asText();
      if (!placeholders(label.getValue().asText()).equals(placeholders(text))) {
        wrong.add(label.getKey() + ": " + text);
      }
      if (!label.getValue().asText().isEmpty() && text.isBlank()
          && !label.getValue().asText().matches("[a-z]")) {
        wrong.add(label.getKey() + " is empty");
      }
    });
    assertThat(wrong).as(webapp + ": Chinese texts that lose or add a {{placeholder}}").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseFirstEnglishKept(String webapp) throws IOException {
    String config = text(ours(webapp + "/scripts/config.js"));
    assertThat(config).contains("from '../../service-centre/webapps-config.js';");
    assertThat(text(ours("service-centre/webapps-config.js"))).contains("availableLocales: ['zh', 'en']")
        .contains("fallbackLocale: 'zh'").contains("customScripts: ['../service-centre/chinese-display']");
    // Whatever Camunda's own config.js sets (Tasklist's shortcuts), ours sets too.
    String camundas = text(camundasOwn(webapp + "/scripts/config.js"));
    Matcher key = Pattern.compile("^\\s+key: '([^']+)'", Pattern.MULTILINE).matcher(camundas);
    while (key.find()) {
      assertThat(config).as(webapp + " keeps Camunda's shortcut " + key.group(1))
          .contains("key: '" + key.group(1) + "'");
    }
    assertThat(text(ours(webapp + "/styles/user-styles.css"))).contains(".ce-eol-banner { display: none");
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    Collections.sort(found);
    return found;
  }

  /** The file in Camunda's webjar, not ours of the same name. */
  private static URL camundasOwn(String path) throws IOException {
    for (URL url : Collections.list(ChineseLocalesTest.class.getClassLoader().getResources(APP + path))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("Camunda's webjar has no " + path);
  }

  private static URL ours(String path) throws IOException {
    for (URL url : Collections.list(ChineseLocalesTest.class.getClassLoader().getResources(APP + path))) {
      if (!url.toString().contains(".jar!")) {
        return url;
      }
    }
    throw new AssertionError("src/main/resources/" + APP + path + " is missing");
  }

  private static JsonNode read(URL url) throws IOException {
    return JSON.readTree(text(url).replace("\uFEFF", ""));
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
